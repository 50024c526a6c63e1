"""The public site: the lists' pages and the pages around them."""

from .facet_pages import facet_values
from .indexes import countries_index, regions_index, sdgs_index, themes_index
from .lists import country, list_page, region, sdg, theme
from .pages import blog_detail, blog_full_text, home, partner_detail, plan_detail, robots_txt
from .search import search
from .statistics import statistics

__all__ = [
    "blog_detail",
    "blog_full_text",
    "countries_index",
    "country",
    "facet_values",
    "home",
    "list_page",
    "partner_detail",
    "plan_detail",
    "region",
    "regions_index",
    "robots_txt",
    "search",
    "sdg",
    "sdgs_index",
    "statistics",
    "theme",
    "themes_index",
]
