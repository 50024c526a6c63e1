"""Partners: the names the importer recognises for each, the plans naming it, and merging two
spellings of one organisation."""

from django.contrib import admin

from ..models import Partner, PartnerAlias, Partnership
from .actions import merge_selected_partners
from .clean_text import CleanTextForm
from .columns import PlanCountColumn
from .edits import StableSlugAdmin
from .ranking import TitleMatchFirst


class PartnerAliasInline(admin.TabularInline):
    model = PartnerAlias
    form = CleanTextForm
    extra = 0
    verbose_name = "name the importer recognises"
    verbose_name_plural = "names the importer recognises"


class PartnerPlansInline(admin.TabularInline):
    """The plans that name this partner; their descriptions are edited on the plan."""

    model = Partnership
    form = CleanTextForm
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
class PartnerAdmin(TitleMatchFirst, PlanCountColumn, StableSlugAdmin):
    ranked_field = "name"
    plan_count_path = "partnerships"
    list_display = ["name", "sector", "plan_count", "created_at"]
    list_filter = ["sector", "partnerships__plan__countries__region", "partnerships__plan__year"]
    search_fields = ["name", "aliases__key"]
    date_hierarchy = "created_at"
    inlines = [PartnerAliasInline, PartnerPlansInline]
    actions = [merge_selected_partners]


@admin.register(PartnerAlias)
class PartnerAliasAdmin(admin.ModelAdmin):
    form = CleanTextForm
    list_display = ["key", "partner"]
    list_select_related = ["partner"]
    list_filter = ["partner__sector"]
    search_fields = ["key", "partner__name"]
    autocomplete_fields = ["partner"]
