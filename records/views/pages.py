"""The public pages around the lists: home, a plan, a partner, a blog, and robots.txt.

A page fetches what it shows in a fixed number of queries, whatever the number of rows.
"""

from django.core.paginator import Paginator
from django.db.models import Count, Q
from django.http import HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse
from django.views.decorators.http import require_safe

from .. import queries
from ..blog_plans import related_plans
from ..enums import Stage
from ..lists import BLOGS, PARTNERS, PLANS
from ..models import Blog, Insight, LearningPlan, Partner, PartnerRedirect
from ..prose import text_pages
from ..query_parameters import reads
from ..throttling import budget
from ..world_map import world_map
from .plan_page import part_page, plan_layout

# A blog page shows the opening of a longer body and links to the full text, which is cut
# into pages of at most FULL_TEXT_PAGE_CHARS characters: no page weighs much over 300 KB.
OPENING_CHARS = 6_000
FULL_TEXT_PAGE_CHARS = 100_000
HOME_LATEST = 5
HOME_THEMES = 24
HOME_MAP_TOP = 10
# A blog page links to the plans of its country on at most this many of its themes.
MAX_THEME_LINKS = 5
# A partner page lists the plans it worked on in pages: some partners are in hundreds.
PARTNER_PLANS_PER_PAGE = 20


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
    blogs = Blog.objects.published().order_by(*queries.LATEST_BLOGS)
    latest_blogs = queries.blog_cards(queries.first_rows(blogs, HOME_LATEST))
    closing = plans.filter(stage=Stage.CLOSING).order_by(*queries.LATEST_CLOSING_REPORTS)
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
            "map": world_map(),
            "map_top": HOME_MAP_TOP,
        },
    )


@reads("answers", "insights")
@require_safe
def plan_detail(request, slug):
    plan = get_object_or_404(queries.plan_pages(LearningPlan.objects.published()), slug=slug)
    regions = list({c.region.slug: c.region for c in plan.countries.all()}.values())
    return render(
        request,
        "records/plan_detail.html",
        {
            "plan": plan,
            "section": PLANS.section,
            "regions": regions,
            "related": queries.related_plans(plan),
            **plan_layout(request, plan),
        },
    )


@reads("page")
@require_safe
def partner_detail(request, slug):
    """A partner's page; the address of a partner merged into another redirects to it."""
    partners = Partner.objects.published().prefetch_related(queries.plan_countries())
    partner = partners.filter(slug=slug).first()
    if partner is None:
        moved = get_object_or_404(
            PartnerRedirect.objects.filter(partner__in=Partner.objects.published()).select_related(
                "partner"
            ),
            slug=slug,
        )
        return redirect(moved.partner, permanent=True)
    return render(
        request,
        "records/partner_detail.html",
        {
            "partner": partner,
            "section": PARTNERS.section,
            "partnerships": part_page(
                request, "page", queries.partner_plans(partner), PARTNER_PLANS_PER_PAGE
            ),
            "countries": partner.plan_countries,
        },
    )


@require_safe
def blog_detail(request, slug):
    blog = get_object_or_404(queries.blog_pages(Blog.objects.published()), slug=slug)
    opening = text_pages(blog.body, OPENING_CHARS)
    plans = list(queries.plans_linking_to(blog))
    themes, related = related_plans(blog, plans)
    return render(
        request,
        "records/blog_detail.html",
        {
            "blog": blog,
            "section": BLOGS.section,
            "plans": plans,
            "themes": themes[:MAX_THEME_LINKS],
            "related_plans": related,
            "body": opening[0] if opening else "",
            "has_more": len(opening) > 1,
        },
    )


@reads("page")
@budget("full text")
@require_safe
def blog_full_text(request, slug):
    """A long body in pages of bounded weight: ?page=2 and on."""
    blog = get_object_or_404(queries.blog_pages(Blog.objects.published()), slug=slug)
    pages = text_pages(blog.body, FULL_TEXT_PAGE_CHARS)
    page = Paginator(pages, 1).get_page(request.GET.get("page"))
    return render(
        request,
        "records/blog_full_text.html",
        {
            "blog": blog,
            "section": BLOGS.section,
            "page_obj": page,
            "text": page.object_list[0] if pages else "",
        },
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
