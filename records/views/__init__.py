"""The public site: the lists' pages and the pages around them."""

from .facet_pages import facet_values
from .lists import FacetedListView, active_filters, country, region, sdg, theme
from .pages import blog_detail, home, partner_detail, plan_detail, robots_txt

__all__ = [
    "FacetedListView",
    "active_filters",
    "blog_detail",
    "country",
    "facet_values",
    "home",
    "partner_detail",
    "plan_detail",
    "region",
    "robots_txt",
    "sdg",
    "theme",
]
