"""The staff admin: every model of the knowledge base, the import page and the merge actions.

A save here that changes a plan or a blog (or one of its inline rows) marks it as edited since
import, so the next import of a changed file reports a conflict instead of overwriting the
edit. Publishing alone does not: the importer never touches `is_published`.
"""

from django import forms
from django.contrib import admin
from django.db import models
from django.db.models import Count
from django.urls import path
from django.utils.html import format_html, format_html_join
from taggit.models import Tag

from ..models import (
    SDG,
    Blog,
    BlogAuthor,
    BlogLink,
    Country,
    DataSource,
    Insight,
    LearningPlan,
    Method,
    Partner,
    PartnerAlias,
    Partnership,
    PlanAnswer,
    Region,
    ThematicArea,
)
from .actions import merge_selected_partners, merge_selected_tags, publish, unpublish
from .uploads import can_import, import_view

admin.site.site_header = "Lab Knowledge"
admin.site.site_title = "Lab Knowledge admin"
admin.site.index_title = "Knowledge base administration"
# taggit's own Tag model is unused: each facet has its tag model, registered below.
admin.site.unregister(Tag)

# Archive URLs are https; a URL typed without a scheme should be too.
HTTPS_URLS = {models.URLField: {"assume_scheme": "https"}}

WIDE_INPUTS = {"title", "source_url", "thematic_areas", "methods", "data_sources"}
REFERENCE_DATA = {"countries", "sdgs", "country"}
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
    must see the change."""
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


def short(text, length=90):
    return text if len(text) <= length else text[: length - 1].rstrip() + "…"


class StableSlugAdmin(admin.ModelAdmin):
    """The slug is filled in from `slug_from` when a record is added, then kept: public URLs
    use it, and the importer finds tags by it."""

    slug_from = "name"

    def get_prepopulated_fields(self, request, obj=None):
        return {} if obj else {"slug": [self.slug_from]}

    def get_readonly_fields(self, request, obj=None):
        readonly = list(super().get_readonly_fields(request, obj))
        return [*readonly, "slug"] if obj else readonly


# -- inlines -----------------------------------------------------------------------------------


class OrderedInline:
    """An inline of rows with a `position`: a new row goes last unless staff number it."""

    view_on_site = False  # the parent's "View on site" is the page that shows the row
    textarea_rows: dict[str, int] = {}  # text fields shown small, grown to their text by JS

    def formfield_for_dbfield(self, db_field, request, **kwargs):
        if db_field.name in self.textarea_rows:
            kwargs["widget"] = forms.Textarea(attrs={"rows": self.textarea_rows[db_field.name]})
        return super().formfield_for_dbfield(db_field, request, **kwargs)

    def get_formset(self, request, obj=None, **kwargs):
        formset = super().get_formset(request, obj, **kwargs)
        field = formset.form.base_fields["position"]
        field.widget.attrs["style"] = "width: 4em"
        if obj is not None:
            field.initial = self.model.objects.filter(**{formset.fk.name: obj}).count()
        return formset


class PlanAnswerInline(OrderedInline, admin.StackedInline):
    model = PlanAnswer
    extra = 0
    fields = ["prompt", "text", ("position", "section", "key")]
    classes = ["answers"]
    verbose_name = "answer"
    textarea_rows = {"prompt": 2, "text": 4}

    def formfield_for_dbfield(self, db_field, request, **kwargs):
        if db_field.name == "key":
            kwargs["help_text"] = ""  # said once per answer, it drowns the answers
        return super().formfield_for_dbfield(db_field, request, **kwargs)


class InsightInline(OrderedInline, admin.TabularInline):
    model = Insight
    extra = 0
    fields = ["position", "text"]
    textarea_rows = {"text": 2}


class PartnershipInline(OrderedInline, admin.TabularInline):
    model = Partnership
    extra = 0
    fields = ["position", "partner", "description"]
    autocomplete_fields = ["partner"]
    textarea_rows = {"description": 2}


class BlogLinkInline(OrderedInline, admin.TabularInline):
    model = BlogLink
    extra = 0
    fields = ["position", "url", "blog"]
    autocomplete_fields = ["blog"]
    # A plain input: the admin's URL widget repeats the link above it.
    formfield_overrides = {models.URLField: {"assume_scheme": "https", "widget": forms.URLInput}}


class BlogAuthorInline(OrderedInline, admin.TabularInline):
    model = BlogAuthor
    extra = 0
    fields = ["position", "name", "role"]


# -- plans and blogs ---------------------------------------------------------------------------


class SourceRecordAdmin(StableSlugAdmin):
    """Plans and blogs: imported records whose source is shown, and whose edits are marked."""

    actions = [publish, unpublish]
    readonly_fields = SOURCE_FIELDS
    slug_from = "title"

    def formfield_for_dbfield(self, db_field, request, **kwargs):
        formfield = super().formfield_for_dbfield(db_field, request, **kwargs)
        if db_field.name in WIDE_INPUTS:
            formfield.widget.attrs["class"] = "vLargeTextField"
        if db_field.name in REFERENCE_DATA:
            # Countries and SDGs are reference data: adding one from a plan is a slip.
            formfield.widget.can_add_related = False
        return formfield

    @admin.display(description="parser warnings")
    def warnings(self, obj):
        if not obj.parse_warnings:
            return "None"
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
        content_changed = set(form.changed_data) - {"is_published"}
        if content_changed or any(formset.has_changed() for formset in formsets):
            mark_edited(form.instance)


@admin.register(LearningPlan)
class LearningPlanAdmin(SourceRecordAdmin):
    list_display = [
        "title",
        "stage",
        "country_names",
        "year",
        "is_published",
        "edited_since_import",
    ]
    list_filter = [
        "stage",
        ("countries", admin.RelatedOnlyFieldListFilter),
        "countries__region",
        "year",
        "sdgs",
        "is_published",
        "edited_since_import",
    ]
    # search_document holds the title, every answer and every insight.
    search_fields = ["title", "search_document", "focal_point", "source_file"]
    search_help_text = "Title, answers, insights, focal point or source file."
    date_hierarchy = "updated_at"
    autocomplete_fields = ["countries"]
    inlines = [InsightInline, PartnershipInline, PlanAnswerInline, BlogLinkInline]
    fieldsets = [
        (None, {"fields": ["title", "slug", ("stage", "year"), "is_published"]}),
        (
            "Where and what",
            {"fields": ["countries", "sdgs", "thematic_areas", "methods", "data_sources"]},
        ),
        ("Staff only", {"fields": ["focal_point"]}),
        ("Source", {"fields": SOURCE_FIELDS}),
    ]

    def get_queryset(self, request):
        return super().get_queryset(request).prefetch_related("countries")

    def formfield_for_manytomany(self, db_field, request, **kwargs):
        if db_field.name == "sdgs":
            kwargs["widget"] = forms.CheckboxSelectMultiple
        return super().formfield_for_manytomany(db_field, request, **kwargs)

    @admin.display(description="countries")
    def country_names(self, obj):
        return ", ".join(c.name for c in obj.countries.all())

    def get_urls(self):
        return [
            path(
                "import/",
                self.admin_site.admin_view(import_view(self)),
                name="records_import",
            ),
            *super().get_urls(),
        ]

    def changelist_view(self, request, extra_context=None):
        extra_context = {**(extra_context or {}), "can_import": can_import(request.user)}
        return super().changelist_view(request, extra_context)


@admin.register(Blog)
class BlogAdmin(SourceRecordAdmin):
    list_display = [
        "title",
        "kind",
        "country",
        "year",
        "published_on",
        "is_published",
        "edited_since_import",
    ]
    list_filter = [
        "kind",
        ("country", admin.RelatedOnlyFieldListFilter),
        "country__region",
        "year",
        "is_published",
        "edited_since_import",
    ]
    list_select_related = ["country"]
    search_fields = ["title", "search_document", "source_url", "authors__name"]
    search_help_text = "Title, text, original URL or author."
    date_hierarchy = "published_on"
    autocomplete_fields = ["country"]
    formfield_overrides = HTTPS_URLS
    inlines = [BlogAuthorInline]
    fieldsets = [
        (None, {"fields": ["title", "slug", "kind", "source_url", "is_published"]}),
        ("Where and when", {"fields": [("published_on", "year"), "country"]}),
        ("Article", {"fields": ["body"]}),
        ("Source", {"fields": SOURCE_FIELDS}),
    ]

    def formfield_for_dbfield(self, db_field, request, **kwargs):
        if db_field.name == "body":
            kwargs["widget"] = forms.Textarea(attrs={"rows": 24, "class": "vLargeTextField"})
        return super().formfield_for_dbfield(db_field, request, **kwargs)


# -- rows that belong to a plan or a blog ------------------------------------------------------


class ChildAdmin(admin.ModelAdmin):
    """A row of a plan or a blog edited on its own: its plan or blog counts as edited."""

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


@admin.register(Insight)
class InsightAdmin(ChildAdmin):
    list_display = ["short_text", "plan", "country_names", "plan_year", "plan_published"]
    list_filter = [
        ("plan__countries", admin.RelatedOnlyFieldListFilter),
        "plan__countries__region",
        "plan__year",
        "plan__sdgs",
        "plan__is_published",
    ]
    search_fields = ["text", "plan__title"]
    autocomplete_fields = ["plan"]
    fields = ["plan", "position", "text"]

    def get_queryset(self, request):
        return (
            super().get_queryset(request).select_related("plan").prefetch_related("plan__countries")
        )

    @admin.display(description="insight", ordering="text")
    def short_text(self, obj):
        return short(obj.text)

    @admin.display(description="countries")
    def country_names(self, obj):
        return ", ".join(c.name for c in obj.plan.countries.all())

    @admin.display(description="year", ordering="plan__year")
    def plan_year(self, obj):
        return obj.plan.year

    @admin.display(description="published", boolean=True, ordering="plan__is_published")
    def plan_published(self, obj):
        return obj.plan.is_published


@admin.register(PlanAnswer)
class PlanAnswerAdmin(ChildAdmin):
    list_display = ["short_prompt", "key", "plan", "short_text"]
    list_filter = ["key", "plan__stage", "plan__year"]
    list_select_related = ["plan"]
    search_fields = ["text", "prompt", "plan__title"]
    autocomplete_fields = ["plan"]
    fields = ["plan", ("position", "section", "key"), "prompt", "text"]

    @admin.display(description="prompt", ordering="prompt")
    def short_prompt(self, obj):
        return short(obj.prompt or obj.section, 60)

    @admin.display(description="answer")
    def short_text(self, obj):
        return short(obj.text)


@admin.register(Partnership)
class PartnershipAdmin(ChildAdmin):
    list_display = ["partner", "sector", "plan", "short_description"]
    list_filter = ["partner__sector", "plan__year", "plan__countries__region"]
    list_select_related = ["partner", "plan"]
    search_fields = ["partner__name", "plan__title", "description"]
    autocomplete_fields = ["plan", "partner"]
    fields = ["plan", "partner", "position", "description"]

    @admin.display(description="sector", ordering="partner__sector")
    def sector(self, obj):
        return obj.partner.get_sector_display()

    @admin.display(description="description")
    def short_description(self, obj):
        return short(obj.description)


@admin.register(BlogLink)
class BlogLinkAdmin(ChildAdmin):
    list_display = ["url", "plan", "blog"]
    list_filter = [("blog", admin.EmptyFieldListFilter), "plan__year"]
    list_select_related = ["plan", "blog"]
    search_fields = ["url", "plan__title", "blog__title"]
    autocomplete_fields = ["plan", "blog"]
    formfield_overrides = HTTPS_URLS


@admin.register(BlogAuthor)
class BlogAuthorAdmin(ChildAdmin):
    parent_field = "blog"
    list_display = ["name", "role", "blog"]
    list_filter = ["blog__kind", "blog__year"]
    list_select_related = ["blog"]
    search_fields = ["name", "role", "blog__title"]
    autocomplete_fields = ["blog"]


# -- partners ----------------------------------------------------------------------------------


class PartnerAliasInline(admin.TabularInline):
    model = PartnerAlias
    extra = 0
    verbose_name = "name the importer recognises"
    verbose_name_plural = "names the importer recognises"


class PartnerPlansInline(admin.TabularInline):
    """The plans that name this partner; their descriptions are edited on the plan."""

    model = Partnership
    extra = 0
    max_num = 0
    can_delete = False
    fields = ["plan", "description"]
    readonly_fields = fields
    verbose_name = "plan naming this partner"
    verbose_name_plural = "plans naming this partner"

    def get_queryset(self, request):
        return super().get_queryset(request).select_related("plan")


@admin.register(Partner)
class PartnerAdmin(StableSlugAdmin):
    list_display = ["name", "sector", "plan_count", "created_at"]
    list_filter = ["sector", "partnerships__plan__countries__region", "partnerships__plan__year"]
    search_fields = ["name", "aliases__key"]
    date_hierarchy = "created_at"
    inlines = [PartnerAliasInline, PartnerPlansInline]
    actions = [merge_selected_partners]

    def get_queryset(self, request):
        return super().get_queryset(request).annotate(plan_count=Count("partnerships"))

    @admin.display(description="plans", ordering="plan_count")
    def plan_count(self, obj):
        return obj.plan_count


@admin.register(PartnerAlias)
class PartnerAliasAdmin(admin.ModelAdmin):
    list_display = ["key", "partner"]
    list_select_related = ["partner"]
    list_filter = ["partner__sector"]
    search_fields = ["key", "partner__name"]
    autocomplete_fields = ["partner"]


# -- tags and reference data -------------------------------------------------------------------


class TagAdmin(StableSlugAdmin):
    list_display = ["name", "slug", "plan_count"]
    search_fields = ["name", "slug"]
    ordering = ["name"]
    actions = [merge_selected_tags]

    def get_queryset(self, request):
        return super().get_queryset(request).annotate(plan_count=Count("tagged"))

    @admin.display(description="plans", ordering="plan_count")
    def plan_count(self, obj):
        return obj.plan_count


admin.site.register([ThematicArea, Method, DataSource], TagAdmin)


class CountryForm(forms.ModelForm):
    aliases = forms.CharField(
        required=False,
        widget=forms.Textarea(attrs={"rows": 3}),
        help_text="Other spellings the archive uses for this country, one a line; the "
        "importer matches them.",
    )

    class Meta:
        model = Country
        fields = ["code", "name", "region", "aliases"]

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        if self.instance.pk:
            self.initial["aliases"] = "\n".join(self.instance.aliases)

    def clean_aliases(self):
        lines = (line.strip() for line in self.cleaned_data["aliases"].splitlines())
        return list(dict.fromkeys(line for line in lines if line))


@admin.register(Country)
class CountryAdmin(admin.ModelAdmin):
    form = CountryForm
    list_display = ["name", "code", "region", "plan_count"]
    list_filter = ["region__continent", "region"]
    list_select_related = ["region"]
    search_fields = ["name", "code", "aliases"]

    def get_queryset(self, request):
        return super().get_queryset(request).annotate(plan_count=Count("plans"))

    def get_readonly_fields(self, request, obj=None):
        # The code is the primary key: plans and blogs point to it.
        return ["code"] if obj else []

    @admin.display(description="plans", ordering="plan_count")
    def plan_count(self, obj):
        return obj.plan_count


@admin.register(Region)
class RegionAdmin(StableSlugAdmin):
    list_display = ["name", "continent", "country_count"]
    list_filter = ["continent"]
    search_fields = ["name", "continent"]

    def get_queryset(self, request):
        return super().get_queryset(request).annotate(country_count=Count("countries"))

    @admin.display(description="countries", ordering="country_count")
    def country_count(self, obj):
        return obj.country_count


@admin.register(SDG)
class SDGAdmin(admin.ModelAdmin):
    list_display = ["number", "name", "plan_count"]
    list_display_links = ["number", "name"]
    search_fields = ["name", "=number"]

    def get_queryset(self, request):
        return super().get_queryset(request).annotate(plan_count=Count("plans"))

    @admin.display(description="plans", ordering="plan_count")
    def plan_count(self, obj):
        return obj.plan_count
