"""Reference data and vocabularies: countries (with the spellings the importer matches),
regions, SDGs, and the tag models of the three facets, whose spellings staff can merge, with
the merges the rules of records.tag_names suggest."""

from django import forms
from django.contrib import admin
from django.contrib.admin import helpers
from django.core.exceptions import PermissionDenied
from django.core.paginator import Paginator
from django.db.models import Count
from django.template.response import TemplateResponse
from django.urls import path
from django.utils.translation import gettext_lazy as _
from taggit.models import Tag

from ..models import SDG, Country, DataSource, Method, Region, ThematicArea
from ..page_cache import cached
from ..tag_suggestions import tag_merge_suggestions
from .actions import merge_selected_tags
from .clean_text import CleanTextForm
from .columns import PlanCountColumn
from .edits import StableSlugAdmin

# taggit's own Tag model is unused: each facet has its tag model, registered below.
admin.site.unregister(Tag)


class AliasLinesForm(CleanTextForm):
    """A form whose `aliases` (a JSON list of spellings) staff edit one a line."""

    aliases = forms.CharField(required=False, widget=forms.Textarea(attrs={"rows": 3}))
    aliases_help = ""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["aliases"].help_text = self.aliases_help
        if self.instance.pk:
            self.initial["aliases"] = "\n".join(self.instance.aliases)

    def clean_aliases(self):
        lines = (self.alias(line.strip()) for line in self.cleaned_data["aliases"].splitlines())
        return list(dict.fromkeys(line for line in lines if line))

    def alias(self, line: str) -> str:
        return line


class CountryForm(AliasLinesForm):
    aliases_help = _(
        "Other spellings the archive uses for this country, one a line; the importer matches them."
    )

    class Meta:
        model = Country
        fields = ["code", "name", "region", "aliases"]


class TagForm(AliasLinesForm):
    aliases_help = _(
        "Other spellings of this tag, one a line, kept as addresses (“Medio ambiente” as "
        "medio-ambiente): the importer maps them to this tag, and a theme's page redirects "
        "from them."
    )

    class Meta:
        fields = ["name", "slug", "aliases"]

    def alias(self, line: str) -> str:
        return self.instance.slugify(line)[:100] if line else ""


SUGGESTIONS_PER_PAGE = 50


class TagAdmin(PlanCountColumn, StableSlugAdmin):
    """A facet's tags, their other spellings (aliases: the importer maps them to the tag and
    their addresses redirect to it) and the merges records.tag_names suggests."""

    form = TagForm
    plan_count_path = "tagged"
    list_display = ["name", "slug", "plan_count", "other_spellings"]
    search_fields = ["name", "slug", "aliases"]
    ordering = ["name"]
    actions = [merge_selected_tags]
    change_list_template = "admin/records/tag_change_list.html"

    @admin.display(description=_("other spellings"))
    def other_spellings(self, obj):
        return ", ".join(obj.aliases)

    def get_urls(self):
        opts = self.model._meta
        return [
            path(
                "merge-suggestions/",
                self.admin_site.admin_view(self.merge_suggestions_view),
                name=f"{opts.app_label}_{opts.model_name}_merge_suggestions",
            ),
            *super().get_urls(),
        ]

    def can_merge(self, request) -> bool:
        return self.has_change_permission(request) and self.has_delete_permission(request)

    def changelist_view(self, request, extra_context=None):
        extra_context = {**(extra_context or {}), "can_merge": self.can_merge(request)}
        return super().changelist_view(request, extra_context)

    def merge_suggestions_view(self, request):
        """Groups of tags that probably name one, each with its reasons; each posts the merge
        action for the tags left ticked, which asks which to keep first."""
        if not self.can_merge(request):
            raise PermissionDenied
        opts = self.model._meta
        # Computed once per data version; a merge or an import brings fresh ones.
        found = cached(
            ("tag_merge_suggestions", opts.model_name), lambda: tag_merge_suggestions(self.model)
        )
        context = {
            **self.admin_site.each_context(request),
            "title": _("Merge suggestions: %(names)s") % {"names": opts.verbose_name_plural},
            "opts": opts,
            "page_obj": Paginator(found, SUGGESTIONS_PER_PAGE).get_page(request.GET.get("page")),
            "action": merge_selected_tags.__name__,
            "action_checkbox_name": helpers.ACTION_CHECKBOX_NAME,
        }
        request.current_app = self.admin_site.name
        return TemplateResponse(request, "admin/records/tag_merge_suggestions.html", context)


admin.site.register([ThematicArea, Method, DataSource], TagAdmin)


@admin.register(Country)
class CountryAdmin(PlanCountColumn, admin.ModelAdmin):
    form = CountryForm
    list_display = ["name", "code", "region", "plan_count"]
    list_filter = ["region__continent", "region"]
    list_select_related = ["region"]
    search_fields = ["name", "code", "aliases"]

    def get_readonly_fields(self, request, obj=None):
        # The code is the primary key: plans and blogs point to it.
        return ["code"] if obj else []


@admin.register(Region)
class RegionAdmin(StableSlugAdmin):
    list_display = ["name", "continent", "country_count"]
    list_filter = ["continent"]
    search_fields = ["name", "continent"]

    def get_queryset(self, request):
        return super().get_queryset(request).annotate(country_count=Count("countries"))

    @admin.display(description=_("countries"), ordering="country_count")
    def country_count(self, obj):
        return obj.country_count


@admin.register(SDG)
class SDGAdmin(PlanCountColumn, admin.ModelAdmin):
    form = CleanTextForm
    list_display = ["number", "name", "plan_count"]
    list_display_links = ["number", "name"]
    search_fields = ["name", "=number"]
