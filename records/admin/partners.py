"""Partners: the names the importer recognises for each, the plans naming it, and merging two
spellings of one organisation, with the merges the rules of records.partner_names suggest."""

from django.contrib import admin
from django.contrib.admin import helpers
from django.core.exceptions import PermissionDenied
from django.core.paginator import Paginator
from django.template.response import TemplateResponse
from django.urls import path
from django.utils.translation import get_language, gettext
from django.utils.translation import gettext_lazy as _

from ..merge_suggestions import merge_suggestions
from ..models import Partner, PartnerAlias, PartnerRedirect, Partnership
from ..page_cache import cached
from .actions import merge_selected_partners
from .clean_text import CleanTextForm
from .columns import PlanCountColumn
from .edits import StableSlugAdmin
from .ranking import TitleMatchFirst

SUGGESTIONS_PER_PAGE = 50


class PartnerAliasInline(admin.TabularInline):
    model = PartnerAlias
    form = CleanTextForm
    extra = 0
    verbose_name = _("name the importer recognises")
    verbose_name_plural = _("names the importer recognises")


class PartnerRedirectInline(admin.TabularInline):
    """Addresses of partners merged into this one: /partners/<slug>/ redirects here."""

    model = PartnerRedirect
    form = CleanTextForm
    extra = 0
    verbose_name = _("old address redirecting here")
    verbose_name_plural = _("old addresses redirecting here (partners merged into this one)")


class PartnerPlansInline(admin.TabularInline):
    """The plans that name this partner; their descriptions are edited on the plan."""

    model = Partnership
    form = CleanTextForm
    extra = 0
    max_num = 0
    can_delete = False
    fields = ["plan", "description"]
    readonly_fields = fields
    verbose_name = _("plan naming this partner")
    verbose_name_plural = _("plans naming this partner")

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
    inlines = [PartnerAliasInline, PartnerRedirectInline, PartnerPlansInline]
    actions = [merge_selected_partners]

    def get_urls(self):
        return [
            path(
                "merge-suggestions/",
                self.admin_site.admin_view(self.merge_suggestions_view),
                name="records_partner_merge_suggestions",
            ),
            *super().get_urls(),
        ]

    def can_merge(self, request) -> bool:
        return self.has_change_permission(request) and self.has_delete_permission(request)

    def changelist_view(self, request, extra_context=None):
        extra_context = {**(extra_context or {}), "can_merge": self.can_merge(request)}
        return super().changelist_view(request, extra_context)

    def merge_suggestions_view(self, request):
        """Groups of partners that probably name one organisation; each posts the merge action
        for the partners left ticked, which asks for confirmation first."""
        if not self.can_merge(request):
            raise PermissionDenied
        # Computed once per data version and language (the reasons are translated), as the
        # rules compare every partner's name: paging through them costs nothing more, and a
        # merge or an import brings fresh ones.
        suggestions = Paginator(
            cached(("merge_suggestions", get_language()), merge_suggestions),
            SUGGESTIONS_PER_PAGE,
        )
        context = {
            **self.admin_site.each_context(request),
            "title": gettext("Merge suggestions"),
            "opts": self.model._meta,
            "page_obj": suggestions.get_page(request.GET.get("page")),
            "action": merge_selected_partners.__name__,
            "action_checkbox_name": helpers.ACTION_CHECKBOX_NAME,
        }
        request.current_app = self.admin_site.name
        return TemplateResponse(request, "admin/records/partner/merge_suggestions.html", context)


@admin.register(PartnerAlias)
class PartnerAliasAdmin(admin.ModelAdmin):
    form = CleanTextForm
    list_display = ["key", "partner"]
    list_select_related = ["partner"]
    list_filter = ["partner__sector"]
    search_fields = ["key", "partner__name"]
    autocomplete_fields = ["partner"]


@admin.register(PartnerRedirect)
class PartnerRedirectAdmin(admin.ModelAdmin):
    form = CleanTextForm
    list_display = ["slug", "partner"]
    list_select_related = ["partner"]
    search_fields = ["slug", "partner__name"]
    autocomplete_fields = ["partner"]
