"""The four public lists, each described once.

A list's description names everything that differs from one list to the next: the FilterSet
that filters, sorts and counts it (its page, its downloads and the API all filter through
it), what its cards fetch, its records' shape in a download or the API, its page's heading,
its page size, its place in the navigation and its URL names. The list view
(records/views/lists.py), the downloads and the API (records/exports/) and the URLs
(records/urls.py) read them.
"""

from collections.abc import Callable
from dataclasses import dataclass

from django.utils.translation import gettext_lazy as _

from . import queries
from .exports import shapes
from .filters import BlogFilter, InsightFilter, PartnerFilter, PlanFilter
from .filters.facets import FacetedFilterSet


@dataclass(frozen=True)
class PublicList:
    # The path segment of its page (/plans/) and API (/api/plans/), its downloads' file name.
    kind: str
    filterset_class: type[FacetedFilterSet]
    # A queryset of the list's records with what their cards show.
    cards: Callable
    # Its records in a download or the API.
    shape: shapes.Shape
    heading: str
    intro: str = ""
    # Rows per page of the HTML list, and of the API unless `page_size` asks for another.
    page_size: int = 20

    @property
    def section(self) -> str:
        """The entry of the main navigation (base.html) the list's pages mark current."""
        return self.kind

    @property
    def url_name(self) -> str:
        """The name of its page's route, after one of its records (plan_list); its template
        and its API's route are named after it too (records/plan_list.html, api_plans)."""
        return f"{self.kind.removesuffix('s')}_list"

    @property
    def facet_url_name(self) -> str:
        """The route of the page of all values of one of its facets (plan_facet)."""
        return f"{self.kind.removesuffix('s')}_facet"

    @property
    def api_url_name(self) -> str:
        return f"api_{self.kind}"

    @property
    def template_name(self) -> str:
        return f"records/{self.url_name}.html"


# One row per list: kind, FilterSet, cards, shape, heading, intro.

INSIGHTS_INTRO = _("What labs learned, as they wrote it in their closing reports.")
PARTNERS_INTRO = _("Organisations labs worked with, and the plans they worked on.")

PLANS = PublicList(
    "plans", PlanFilter, queries.plan_cards, shapes.PLANS, _("Learning plans and closing reports")
)
INSIGHTS = PublicList(
    "insights", InsightFilter, queries.insight_cards, shapes.INSIGHTS, _("Insights"), INSIGHTS_INTRO
)
PARTNERS = PublicList(
    "partners", PartnerFilter, queries.partner_cards, shapes.PARTNERS, _("Partners"), PARTNERS_INTRO
)
BLOGS = PublicList(
    "blogs", BlogFilter, queries.blog_cards, shapes.BLOGS, _("Blogs and publications")
)

PUBLIC_LISTS = (PLANS, INSIGHTS, PARTNERS, BLOGS)
