"""Reference data and vocabularies: countries (with the spellings the importer matches),
regions, SDGs, and the tag models of the three facets, whose spellings staff can merge."""

from django import forms
from django.contrib import admin
from django.db.models import Count
from django.utils.translation import gettext_lazy as _
from taggit.models import Tag

from ..models import SDG, Country, DataSource, Method, Region, ThematicArea
from .actions import merge_selected_tags
from .clean_text import CleanTextForm
from .columns import PlanCountColumn
from .edits import StableSlugAdmin

# taggit's own Tag model is unused: each facet has its tag model, registered below.
admin.site.unregister(Tag)


class TagAdmin(PlanCountColumn, StableSlugAdmin):
    plan_count_path = "tagged"
    list_display = ["name", "slug", "plan_count"]
    search_fields = ["name", "slug"]
    ordering = ["name"]
    actions = [merge_selected_tags]


admin.site.register([ThematicArea, Method, DataSource], TagAdmin)


class CountryForm(CleanTextForm):
    aliases = forms.CharField(
        required=False,
        widget=forms.Textarea(attrs={"rows": 3}),
        help_text=_(
            "Other spellings the archive uses for this country, one a line; the importer "
            "matches them."
        ),
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
