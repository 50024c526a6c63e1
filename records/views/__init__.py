"""The public site: the lists' pages and the pages around them."""

from .lists import FacetedListView, active_filters, country, region, sdg, theme
from .pages import blog_detail, home, partner_detail, plan_detail, robots_txt
from .search import search

__all__ = [
    "FacetedListView",
    "active_filters",
    "blog_detail",
    "country",
    "home",
    "partner_detail",
    "plan_detail",
    "region",
    "robots_txt",
    "search",
    "sdg",
    "theme",
]
