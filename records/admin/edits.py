"""What staff edits do to imported records.

A save that changes a plan or a blog (or one of its rows, inline or on its own page) marks it
as edited since import, so the next import of a changed file reports a conflict instead of
overwriting the edit. Publishing alone does not: the importer never touches `is_published`.
Slugs are kept once set, and rows with a `position` keep the order staff gave them.
"""

from django import forms
from django.contrib import admin
from django.db import models
from django.utils.html import format_html, format_html_join
from django.utils.translation import gettext_lazy as _

from .actions import publish, unpublish
from .clean_text import CleanTextForm

# Archive URLs are https; a URL typed without a scheme should be too.
HTTPS_URLS = {models.URLField: {"assume_scheme": "https"}}

WIDE_INPUTS = {"title", "source_url"}
REFERENCE_FIELDS = {"countries", "sdgs", "country"}
SOURCE_FIELDS = [
    "source_file",
    "source_key",
    "source_sha256",
    "imported_at",
    "edited_since_import",
    "warnings",
]


def mark_edited(record) -> None:
    """Staff changed this plan or blog: the importer must not overwrite it, and text search
    must see the change (saving it writes its search entries, records.search.entries)."""
    record.edited_since_import = True
    record.search_document = record.build_search_document()
    record.save(update_fields=["edited_since_import", "search_document", "updated_at"])


def renumber(rows) -> None:
    """Positions 0, 1, 2... in the order staff gave, so no two rows tie."""
    changed = []
    for index, row in enumerate(sorted(rows, key=lambda row: (row.position, row.pk))):
        if row.position != index:
            row.position = index
            changed.append(row)
    if changed:
        type(changed[0]).objects.bulk_update(changed, ["position"])


class StableSlugAdmin(admin.ModelAdmin):
    """The slug is filled in from `slug_from` when a record is added, then kept: public URLs
    use it, and the importer finds tags by it."""

    form = CleanTextForm
    slug_from = "name"

    def get_prepopulated_fields(self, request, obj=None):
        return {} if obj else {"slug": [self.slug_from]}

    def get_readonly_fields(self, request, obj=None):
        readonly = list(super().get_readonly_fields(request, obj))
        return [*readonly, "slug"] if obj else readonly


class OrderedInline:
    """An inline of rows with a `position`: a new row goes last unless staff number it."""

    form = CleanTextForm
    extra = 0  # no blank rows: staff add one when they need it
    view_on_site = False  # the parent's "View on site" is the page that shows the row
    textarea_rows: dict[str, int] = {}  # text fields shown small, grown to their text by JS

    def formfield_for_dbfield(self, db_field, request, **kwargs):
        if db_field.name in self.textarea_rows:
            kwargs["widget"] = forms.Textarea(attrs={"rows": self.textarea_rows[db_field.name]})
        return super().formfield_for_dbfield(db_field, request, **kwargs)

    def get_formset(self, request, obj=None, **kwargs):
        formset = super().get_formset(request, obj, **kwargs)
        field = formset.form.base_fields["position"]
        field.widget.attrs["class"] = "position-input"  # styled in admin.css (no inline CSS)
        if obj is not None:
            field.initial = self.model.objects.filter(**{formset.fk.name: obj}).count()
        return formset


class SourceRecordAdmin(StableSlugAdmin):
    """Plans and blogs: imported records whose source is shown, and whose edits are marked."""

    actions = [publish, unpublish]
    readonly_fields = SOURCE_FIELDS
    slug_from = "title"
    # Fields whose change alone does not mark the record edited since import.
    unmarked_fields = frozenset({"is_published"})

    def formfield_for_dbfield(self, db_field, request, **kwargs):
        formfield = super().formfield_for_dbfield(db_field, request, **kwargs)
        if db_field.name in WIDE_INPUTS:
            formfield.widget.attrs["class"] = "vLargeTextField"
        if db_field.name in REFERENCE_FIELDS:
            # Countries and SDGs are reference data: adding one from a plan is a slip.
            formfield.widget.can_add_related = False
        return formfield

    @admin.display(description=_("parser warnings"))
    def warnings(self, obj):
        if not obj.parse_warnings:
            return _("None")
        return format_html(
            '<ul class="parse-warnings">{}</ul>',
            format_html_join("", "<li>{}</li>", ((w,) for w in obj.parse_warnings)),
        )

    def save_formset(self, request, form, formset, change):
        super().save_formset(request, form, formset, change)
        if "position" in formset.form.base_fields:
            renumber(formset.queryset.model.objects.filter(**{formset.fk.name: form.instance}))

    def save_related(self, request, form, formsets, change):
        super().save_related(request, form, formsets, change)
        content_changed = set(form.changed_data) - self.unmarked_fields
        if content_changed or any(formset.has_changed() for formset in formsets):
            mark_edited(form.instance)


class ChildAdmin(admin.ModelAdmin):
    """A row of a plan or a blog edited on its own: its plan or blog counts as edited."""

    form = CleanTextForm
    parent_field = "plan"

    def save_model(self, request, obj, form, change):
        super().save_model(request, obj, form, change)
        if form.has_changed():
            parents = {getattr(obj, self.parent_field)}
            if change and self.parent_field in form.changed_data:
                previous = form.initial.get(self.parent_field)
                parents |= set(self.parent_model().objects.filter(pk=previous))
            for parent in parents:
                mark_edited(parent)

    def parent_model(self):
        return self.model._meta.get_field(self.parent_field).related_model

    def delete_model(self, request, obj):
        parent = getattr(obj, self.parent_field)
        super().delete_model(request, obj)
        mark_edited(parent)

    def delete_queryset(self, request, queryset):
        parents = list(
            self.parent_model().objects.filter(pk__in=queryset.values(f"{self.parent_field}_id"))
        )
        super().delete_queryset(request, queryset)
        for parent in parents:
            mark_edited(parent)
