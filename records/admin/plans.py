"""Learning plans and the rows that belong to one: answers, insights, partnerships and blog
links, each editable inline on its plan and on a page of its own."""

from django import forms
from django.contrib import admin
from django.db import models
from django.urls import path
from django.utils.translation import gettext_lazy as _

from ..models import BlogLink, Insight, LearningPlan, Partnership, PlanAnswer
from .columns import country_names, shortened
from .cycles import CYCLE_FIELDS, CYCLE_READONLY, CycleAdminMixin
from .edits import HTTPS_URLS, SOURCE_FIELDS, ChildAdmin, OrderedInline, SourceRecordAdmin
from .imports import can_import, import_job_view, import_view
from .ranking import TitleMatchFirst
from .tag_fields import TagAutocomplete


class TitleToReviewFilter(admin.SimpleListFilter):
    """Records whose title the import made (the file's was missing, a placeholder or a
    fragment) and staff have not edited since."""

    title = _("title to review")
    parameter_name = "title_to_review"

    def lookups(self, request, model_admin):
        return [("yes", _("Yes")), ("no", _("No"))]

    def queryset(self, request, queryset):
        to_review = models.Q(title_from_text=True, edited_since_import=False)
        if self.value() == "yes":
            return queryset.filter(to_review)
        if self.value() == "no":
            return queryset.exclude(to_review)
        return queryset


class PlanAnswerInline(OrderedInline, admin.StackedInline):
    model = PlanAnswer
    fields = ["prompt", "text", ("position", "section", "key", "label")]
    classes = ["answers"]
    verbose_name = _("answer")
    textarea_rows = {"prompt": 2, "text": 4}

    def formfield_for_dbfield(self, db_field, request, **kwargs):
        if db_field.name == "key":
            kwargs["help_text"] = ""  # said once per answer, it drowns the answers
        return super().formfield_for_dbfield(db_field, request, **kwargs)


class InsightInline(OrderedInline, admin.TabularInline):
    model = Insight
    fields = ["position", "text"]
    textarea_rows = {"text": 2}


class PartnershipInline(OrderedInline, admin.TabularInline):
    model = Partnership
    fields = ["position", "partner", "description"]
    autocomplete_fields = ["partner"]
    textarea_rows = {"description": 2}


class BlogLinkInline(OrderedInline, admin.TabularInline):
    model = BlogLink
    fields = ["position", "url", "blog"]
    autocomplete_fields = ["blog"]
    # A plain input: the admin's URL widget repeats the link above it.
    formfield_overrides = {
        models.URLField: {**HTTPS_URLS[models.URLField], "widget": forms.URLInput}
    }


@admin.register(LearningPlan)
class LearningPlanAdmin(CycleAdminMixin, TitleMatchFirst, TagAutocomplete, SourceRecordAdmin):
    list_display = [
        "title",
        "stage",
        "country_names",
        "year",
        "is_published",
        "edited_since_import",
        "title_to_review",
    ]
    list_filter = [
        TitleToReviewFilter,
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
    search_help_text = _("Title, answers, insights, focal point or source file.")
    date_hierarchy = "updated_at"
    autocomplete_fields = ["countries", "closes"]
    readonly_fields = ["title_to_review", *SOURCE_FIELDS, *CYCLE_READONLY]
    # The join has its own keeper (closes_source): changing it alone is no edit of the text.
    unmarked_fields = frozenset({"is_published", "closes"})
    inlines = [InsightInline, PartnershipInline, PlanAnswerInline, BlogLinkInline]
    fieldsets = [
        (
            None,
            {"fields": [("title", "title_to_review"), "slug", ("stage", "year"), "is_published"]},
        ),
        (
            _("Where and what"),
            {"fields": ["countries", "sdgs", "thematic_areas", "methods", "data_sources"]},
        ),
        (_("Learning cycle"), {"fields": CYCLE_FIELDS}),
        (_("Staff only"), {"fields": ["focal_point"]}),
        (_("Source"), {"fields": SOURCE_FIELDS}),
    ]

    def get_queryset(self, request):
        return super().get_queryset(request).prefetch_related("countries")

    def formfield_for_manytomany(self, db_field, request, **kwargs):
        if db_field.name == "sdgs":
            kwargs["widget"] = forms.CheckboxSelectMultiple
        return super().formfield_for_manytomany(db_field, request, **kwargs)

    @admin.display(description=_("countries"))
    def country_names(self, obj):
        return country_names(obj.countries)

    @admin.display(description=_("title to review"), boolean=True)
    def title_to_review(self, obj):
        return obj.title_from_text and not obj.edited_since_import

    def get_urls(self):
        return [
            path(
                "import/",
                self.admin_site.admin_view(import_view(self)),
                name="records_import",
            ),
            path(
                "import/<int:job_id>/",
                self.admin_site.admin_view(import_job_view(self)),
                name="records_import_job",
            ),
            *super().get_urls(),
        ]

    def changelist_view(self, request, extra_context=None):
        extra_context = {**(extra_context or {}), "can_import": can_import(request.user)}
        return super().changelist_view(request, extra_context)


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

    @admin.display(description=_("insight"), ordering="text")
    def short_text(self, obj):
        return shortened(obj.text)

    @admin.display(description=_("countries"))
    def country_names(self, obj):
        return country_names(obj.plan.countries)

    @admin.display(description=_("year"), ordering="plan__year")
    def plan_year(self, obj):
        return obj.plan.year

    @admin.display(description=_("published"), boolean=True, ordering="plan__is_published")
    def plan_published(self, obj):
        return obj.plan.is_published


@admin.register(PlanAnswer)
class PlanAnswerAdmin(ChildAdmin):
    list_display = ["short_prompt", "key", "plan", "short_text"]
    list_filter = ["key", "plan__stage", "plan__year"]
    list_select_related = ["plan"]
    search_fields = ["text", "prompt", "plan__title"]
    autocomplete_fields = ["plan"]
    fields = ["plan", ("position", "section", "key", "label"), "prompt", "text"]

    @admin.display(description=_("prompt"), ordering="prompt")
    def short_prompt(self, obj):
        return shortened(obj.prompt or obj.section, 60)

    @admin.display(description=_("answer"))
    def short_text(self, obj):
        return shortened(obj.text)


@admin.register(Partnership)
class PartnershipAdmin(ChildAdmin):
    list_display = ["partner", "sector", "plan", "short_description"]
    list_filter = ["partner__sector", "plan__year", "plan__countries__region"]
    list_select_related = ["partner", "plan"]
    search_fields = ["partner__name", "plan__title", "description"]
    autocomplete_fields = ["plan", "partner"]
    fields = ["plan", "partner", "position", "description"]

    @admin.display(description=_("sector"), ordering="partner__sector")
    def sector(self, obj):
        return obj.partner.get_sector_display()

    @admin.display(description=_("description"))
    def short_description(self, obj):
        return shortened(obj.description)


@admin.register(BlogLink)
class BlogLinkAdmin(ChildAdmin):
    list_display = ["url", "plan", "blog"]
    list_filter = [("blog", admin.EmptyFieldListFilter), "plan__year"]
    list_select_related = ["plan", "blog"]
    search_fields = ["url", "plan__title", "blog__title"]
    autocomplete_fields = ["plan", "blog"]
    formfield_overrides = HTTPS_URLS
