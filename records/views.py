"""The public site: home, the four filtered lists, detail pages and robots.txt.

Every page fetches what it shows in a fixed number of queries, whatever the number of rows:
tests/test_views.py pins each count.
"""

from itertools import groupby

from django.db.models import (
    Case,
    Count,
    IntegerField,
    OuterRef,
    Prefetch,
    Q,
    Subquery,
    Value,
    When,
)
from django.db.models.functions import Coalesce, Substr
from django.http import HttpResponse, HttpResponseBadRequest
from django.shortcuts import get_object_or_404, render
from django.urls import reverse
from django.utils.http import urlencode
from django.views.decorators.http import require_safe
from django_filters.views import FilterView

from . import exports
from .enums import Stage
from .filters import BlogFilter, InsightFilter, PartnerFilter, PlanFilter
from .models import (
    SDG,
    Blog,
    BlogLink,
    Country,
    LearningPlan,
    Partner,
    Partnership,
    PlanAnswer,
    Region,
    TaggedThematicArea,
    ThematicArea,
)

DOWNLOAD_FORMATS = ("csv", "json")
# The answers a plan's card quotes, in order of preference (the first non-empty one shows):
# a plan's challenge, a closing report's insights.
CARD_ANSWER_KEYS = ("challenge_statement", "insights", "tweet_summary")
CARD_ANSWER_PREFERENCE = Case(
    *(When(key=key, then=Value(rank)) for rank, key in enumerate(CARD_ANSWER_KEYS))
)
RELATED_PLANS = 5
HOME_LATEST = 5
# Characters of a blog's body its card reads from the database (bodies run to 50 kB).
BLOG_EXCERPT = 400


# -- what the pages fetch ----------------------------------------------------------------------


def plan_cards(plans):
    """Plans with what a card shows: countries and the answer it quotes."""
    return plans.defer(*LearningPlan.UNSHOWN).prefetch_related(
        "countries",
        Prefetch(
            "answers",
            queryset=PlanAnswer.objects.filter(key__in=CARD_ANSWER_KEYS)
            .exclude(text="")
            .order_by(CARD_ANSWER_PREFERENCE, "position"),
            to_attr="card_answers",
        ),
    )


def insight_cards(insights):
    return insights.select_related("plan").prefetch_related("plan__countries")


def blog_cards(blogs):
    return (
        blogs.defer("body", *Blog.UNSHOWN)
        .annotate(excerpt=Substr("body", 1, BLOG_EXCERPT))
        .select_related("country")
        .prefetch_related("authors")
    )


def related_plans(plan, limit=RELATED_PLANS):
    """Published plans sharing the most SDGs, themes and countries with `plan`: one query.

    Each share is counted in its own subquery so that the three do not multiply each other.
    """
    shared = []
    for through, plan_column, value_column, related in (
        (LearningPlan.sdgs.through, "learningplan", "sdg", plan.sdgs),
        (TaggedThematicArea, "content_object", "tag", plan.thematic_areas),
        (LearningPlan.countries.through, "learningplan", "country", plan.countries),
    ):
        values = [value.pk for value in related.all()]  # prefetched with the plan
        if not values:
            continue
        count = (
            through.objects.filter(**{plan_column: OuterRef("pk"), f"{value_column}__in": values})
            .order_by()
            .values(plan_column)
            .annotate(n=Count("pk"))
            .values("n")
        )
        shared.append(Coalesce(Subquery(count, output_field=IntegerField()), 0))
    if not shared:
        return LearningPlan.objects.none()
    return plan_cards(
        LearningPlan.objects.published()
        .exclude(pk=plan.pk)
        .annotate(score=sum(shared[1:], shared[0]))
        .filter(score__gt=0)
        .order_by("-score", "-year", "title")
    )[:limit]


def answer_sections(plan):
    """The plan's non-empty answers grouped by their section, in the plan's order."""
    answers = [answer for answer in plan.answers.all() if answer.text.strip()]
    return [(section, list(items)) for section, items in groupby(answers, lambda a: a.section)]


# -- lists -------------------------------------------------------------------------------------


class FacetedListView(FilterView):
    """A public list: filters with facet counts, active-filter chips, sort, pagination and
    download links for the same filtered result.

    `preset` = (parameter, value) fixes one filter from the URL (/countries/aze/ is
    /plans/?country=AZE); the other parameters still apply.
    """

    paginate_by = 20
    kind = ""
    section = ""
    list_route = ""
    heading = ""
    intro = ""
    preset = None
    cards = staticmethod(lambda queryset: queryset)

    def filter_data(self):
        data = self.request.GET.copy()
        for name in ("page", "format"):
            data.pop(name, None)
        if self.preset:
            data.setlist(self.preset[0], [self.preset[1]])
        return data

    def get(self, request, *args, **kwargs):
        data = self.filter_data()
        self.filterset = self.filterset_class(data=data, request=request)
        requested_format = request.GET.get("format")
        if requested_format in DOWNLOAD_FORMATS:
            return exports.download(self.kind, self.filterset)
        if requested_format:
            return HttpResponseBadRequest("Unknown format: use format=csv or format=json.")
        self.object_list = self.filterset.qs
        context = self.get_context_data(**self.list_context(data))
        if context["is_paginated"]:
            context["page_range"] = context["paginator"].get_elided_page_range(
                context["page_obj"].number, on_each_side=2, on_ends=1
            )
        status = 400 if self.filterset.errors else 200
        return self.render_to_response(context, status=status)

    def paginate_queryset(self, queryset, page_size):
        """Pages by key: the sorted, filtered keys of one page first, then those rows with
        what their cards show. Sorting whole rows would read every row's large columns."""
        paginator, page, keys, is_paginated = super().paginate_queryset(
            queryset.values_list("pk", flat=True), page_size
        )
        keys = list(keys)
        rows = self.cards(self.filterset.queryset).in_bulk(keys)
        page.object_list = [rows[key] for key in keys if key in rows]
        return paginator, page, page.object_list, is_paginated

    def list_context(self, data):
        list_url = reverse(self.list_route)
        facets = self.filterset.facet_counts()
        query = self.filterset.value("q")
        sort = self.filterset.value("sort")
        return {
            "section": self.section,
            "heading": self.heading,
            "intro": self.intro,
            "list_url": list_url,
            "facets": facets,
            "query": query,
            "sort": sort,
            "current_sort": self.filterset.sort_key(),
            "sort_choices": self.filterset.filters["sort"].extra["choices"],
            # The sort form goes to this same URL, which carries a preset filter itself.
            "hidden_params": [
                (name, value)
                for name, values in self.request.GET.lists()
                if name not in ("sort", "page", "format")
                for value in values
            ],
            "chips": active_filters(list_url, data, facets, query),
            "errors": self.filterset.errors,
            "download_csv": f"{list_url}?{urlencode({**data, 'format': 'csv'}, doseq=True)}",
            "download_json": f"{list_url}?{urlencode({**data, 'format': 'json'}, doseq=True)}",
        }


def active_filters(list_url, data, facets, query):
    """One chip per active filter value, each with the URL of the list without it."""

    def without(name, value):
        remaining = data.copy()
        kept = [v for v in data.getlist(name) if v.strip().casefold() != value.casefold()]
        remaining.setlist(name, kept)
        query = remaining.urlencode()
        return f"{list_url}?{query}" if query else list_url

    chips = []
    if query:
        chips.append({"label": f"Search: {query}", "url": without("q", query)})
    for facet in facets:
        for option in facet.selected:
            label = f"{facet.title}: {option.label}"
            chips.append({"label": label, "url": without(facet.name, option.value)})
    return chips


class PlanListView(FacetedListView):
    filterset_class = PlanFilter
    template_name = "records/plan_list.html"
    kind = section = "plans"
    list_route = "records:plan_list"
    heading = "Learning plans and closing reports"
    cards = staticmethod(plan_cards)


class InsightListView(FacetedListView):
    filterset_class = InsightFilter
    template_name = "records/insight_list.html"
    kind = section = "insights"
    list_route = "records:insight_list"
    heading = "Insights"
    intro = "What labs learned, as they wrote it in their closing reports."
    cards = staticmethod(insight_cards)


class PartnerListView(FacetedListView):
    filterset_class = PartnerFilter
    template_name = "records/partner_list.html"
    kind = section = "partners"
    list_route = "records:partner_list"
    heading = "Partners"
    intro = "Organisations labs worked with, and the plans they worked on."


class BlogListView(FacetedListView):
    filterset_class = BlogFilter
    template_name = "records/blog_list.html"
    kind = section = "blogs"
    list_route = "records:blog_list"
    heading = "Blogs and publications"
    cards = staticmethod(blog_cards)


# -- filtered views with their own URL ---------------------------------------------------------


def preset_plan_list(request, param, value, heading, intro=""):
    view = PlanListView.as_view(preset=(param, value), heading=heading, intro=intro)
    return view(request)


@require_safe
def country(request, code):
    country = get_object_or_404(Country.objects.select_related("region"), code=code.upper())
    intro = f"Plans of the labs in {country.name}, in {country.region.name}."
    return preset_plan_list(request, "country", country.code, f"Plans in {country.name}", intro)


@require_safe
def region(request, slug):
    region = get_object_or_404(Region, slug=slug)
    intro = f"Plans of the labs in the countries of {region.name} ({region.continent})."
    return preset_plan_list(request, "region", region.slug, f"Plans in {region.name}", intro)


@require_safe
def sdg(request, number):
    goal = get_object_or_404(SDG, number=number)
    heading = f"Plans on SDG {goal.number}: {goal.name}"
    return preset_plan_list(request, "sdg", str(goal.number), heading)


@require_safe
def theme(request, slug):
    tag = get_object_or_404(ThematicArea, slug=slug)
    return preset_plan_list(request, "theme", tag.slug, f"Plans on {tag.name}")


# -- home and detail pages ---------------------------------------------------------------------


@require_safe
def home(request):
    plans = LearningPlan.objects.published()
    counts = plans.aggregate(
        plans=Count("pk", filter=Q(stage=Stage.PLAN)),
        closing_reports=Count("pk", filter=Q(stage=Stage.CLOSING)),
        countries=Count("countries", distinct=True),
    )
    counts["insights"] = InsightFilter.public_queryset().count()
    counts["partners"] = Partner.objects.published().count()
    counts["blogs"] = Blog.objects.published().count()
    entry_points = {
        facet.name: facet for facet in PlanFilter().facet_counts(names=("sdg", "region", "theme"))
    }
    latest_blogs = blog_cards(Blog.objects.published())[:HOME_LATEST]
    latest_closing = plan_cards(plans.filter(stage=Stage.CLOSING)).order_by("-created_at", "-pk")[
        :HOME_LATEST
    ]
    return render(
        request,
        "records/home.html",
        {
            "counts": counts,
            "sdgs": entry_points["sdg"].options,
            "regions": entry_points["region"].options,
            "themes": entry_points["theme"].options[:24],
            "theme_total": len(entry_points["theme"].options),
            "latest_blogs": latest_blogs,
            "latest_closing": latest_closing,
        },
    )


@require_safe
def plan_detail(request, slug):
    plan = get_object_or_404(
        LearningPlan.objects.published()
        .defer(*LearningPlan.UNSHOWN)
        .prefetch_related(
            "answers",
            "insights",
            "countries__region",
            "sdgs",
            "thematic_areas",
            "methods",
            "data_sources",
            Prefetch(
                "partnerships",
                queryset=Partnership.objects.select_related("partner").order_by("position"),
            ),
            Prefetch(
                "blog_links",
                queryset=BlogLink.objects.select_related("blog").order_by("position"),
            ),
        ),
        slug=slug,
    )
    regions = list({c.region.slug: c.region for c in plan.countries.all()}.values())
    return render(
        request,
        "records/plan_detail.html",
        {
            "plan": plan,
            "section": "plans",
            "sections": answer_sections(plan),
            "regions": regions,
            "related": related_plans(plan),
        },
    )


@require_safe
def partner_detail(request, slug):
    partner = get_object_or_404(Partner.objects.published(), slug=slug)
    partnerships = (
        partner.partnerships.published()
        .select_related("plan")
        .defer(*(f"plan__{name}" for name in LearningPlan.UNSHOWN))
        .prefetch_related("plan__countries")
        .order_by("-plan__year", "plan__title")
    )
    return render(
        request,
        "records/partner_detail.html",
        {"partner": partner, "section": "partners", "partnerships": partnerships},
    )


@require_safe
def blog_detail(request, slug):
    blog = get_object_or_404(
        Blog.objects.published()
        .select_related("country")
        .defer(*Blog.UNSHOWN)
        .prefetch_related("authors"),
        slug=slug,
    )
    plans = plan_cards(
        LearningPlan.objects.published().filter(blog_links__blog=blog).order_by("-year", "title")
    )
    return render(
        request,
        "records/blog_detail.html",
        {"blog": blog, "section": "blogs", "plans": plans},
    )


@require_safe
def robots_txt(request):
    sitemap = request.build_absolute_uri(reverse("records:sitemap"))
    lines = [
        "User-agent: *",
        "Disallow: /admin/",
        "Disallow: /api/",
        # Downloads repeat the lists; filtered combinations are endless.
        "Disallow: /*?*format=",
        f"Sitemap: {sitemap}",
    ]
    return HttpResponse("\n".join(lines) + "\n", content_type="text/plain; charset=utf-8")
