"""The public pages around the lists: home, a plan, a partner, a blog, and robots.txt.

A page fetches what it shows in a fixed number of queries, whatever the number of rows.
"""

from itertools import groupby

from django.core.paginator import Paginator
from django.db.models import Count, Q
from django.http import HttpResponse
from django.shortcuts import get_object_or_404, render
from django.urls import reverse
from django.views.decorators.http import require_safe

from .. import queries
from ..enums import Stage
from ..lists import BLOGS, PARTNERS, PLANS
from ..models import Blog, Insight, LearningPlan, Partner

HOME_LATEST = 5
HOME_THEMES = 24
# A plan page shows its answers and its insights this many at a time (`?answers=2`,
# `?insights=2` for the next ones): the import's limits (records.importing.limits) keep a plan
# within one page of each, so only a plan grown by hand has more; its page stays bounded.
ANSWERS_PER_PAGE = 200
INSIGHTS_PER_PAGE = 50


@require_safe
def home(request):
    plans = LearningPlan.objects.published()
    counts = plans.aggregate(
        plans=Count("pk", filter=Q(stage=Stage.PLAN)),
        closing_reports=Count("pk", filter=Q(stage=Stage.CLOSING)),
        countries=Count("countries", distinct=True),
    )
    counts["insights"] = Insight.objects.published().count()
    counts["partners"] = Partner.objects.published().count()
    counts["blogs"] = Blog.objects.published().count()
    entry_points = {
        facet.name: facet
        for facet in PLANS.filterset_class().facet_counts(names=("sdg", "region", "theme"))
    }
    latest_blogs = queries.blog_cards(Blog.objects.published())[:HOME_LATEST]
    closing = plans.filter(stage=Stage.CLOSING).order_by("-created_at", "-pk")
    latest_closing = queries.plan_cards(queries.first_rows(closing, HOME_LATEST))
    return render(
        request,
        "records/home.html",
        {
            "counts": counts,
            "sdgs": entry_points["sdg"].options,
            "regions": entry_points["region"].options,
            "themes": entry_points["theme"].options[:HOME_THEMES],
            "theme_total": len(entry_points["theme"].options),
            "latest_blogs": latest_blogs,
            "latest_closing": latest_closing,
        },
    )


def answer_sections(answers):
    """The answers grouped by their section, in the plan's order."""
    return [(section, list(items)) for section, items in groupby(answers, lambda a: a.section)]


def shown_answers(plan):
    """The plan's non-empty answers, in the plan's order.

    Left out are the answers the page shows in a section of its own: the raw insights once
    split into insights, and the blog URLs once they are links (only the public ones show,
    so an unpublished blog's URL must not show in the raw answer either).
    """
    own_section = set()
    if plan.insights.all():
        own_section.add("insights")
    if plan.has_blog_links:
        own_section.add("blog_links")
    return [a for a in plan.answers.all() if a.text.strip() and a.key not in own_section]


def part_page(request, param, rows, per_page):
    """The page of `rows` the query parameter `param` asks for, with the URLs of the pages
    before and after it (`previous_url`, `next_url`, "" at either end). A value that is no
    page number, or past the end, gives the first or the last page (Paginator.get_page)."""
    page = Paginator(rows, per_page).get_page(request.GET.get(param))

    def url(number):
        query = request.GET.copy()
        query[param] = number
        return f"?{query.urlencode()}"

    page.previous_url = url(page.previous_page_number()) if page.has_previous() else ""
    page.next_url = url(page.next_page_number()) if page.has_next() else ""
    return page


@require_safe
def plan_detail(request, slug):
    plan = get_object_or_404(queries.plan_pages(LearningPlan.objects.published()), slug=slug)
    regions = list({c.region.slug: c.region for c in plan.countries.all()}.values())
    answers = part_page(request, "answers", shown_answers(plan), ANSWERS_PER_PAGE)
    insights = part_page(request, "insights", plan.insights.all(), INSIGHTS_PER_PAGE)
    return render(
        request,
        "records/plan_detail.html",
        {
            "plan": plan,
            "section": PLANS.section,
            "sections": answer_sections(answers),
            "answers": answers,
            "insights": insights,
            "regions": regions,
            "related": queries.related_plans(plan),
        },
    )


@require_safe
def partner_detail(request, slug):
    partner = get_object_or_404(Partner.objects.published(), slug=slug)
    return render(
        request,
        "records/partner_detail.html",
        {
            "partner": partner,
            "section": PARTNERS.section,
            "partnerships": queries.partner_plans(partner),
        },
    )


@require_safe
def blog_detail(request, slug):
    blog = get_object_or_404(queries.blog_pages(Blog.objects.published()), slug=slug)
    return render(
        request,
        "records/blog_detail.html",
        {"blog": blog, "section": BLOGS.section, "plans": queries.plans_linking_to(blog)},
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
