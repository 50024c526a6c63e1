"""The public lists' filters: one FilterSet per list, shared by the HTML page, the CSV/JSON
downloads and the API, so a filter means the same thing everywhere."""

from .blogs import BlogFilter
from .facet_counts import FacetCounts, FacetOption
from .facets import Facet, FacetedFilterSet
from .insights import InsightFilter
from .partners import PartnerFilter
from .plans import PLAN_FACETS, PlanFilter
from .search import SearchFilter
from .sorting import Sort, SortFilter
from .values import MAX_VALUES

__all__ = [
    "MAX_VALUES",
    "PLAN_FACETS",
    "BlogFilter",
    "Facet",
    "FacetCounts",
    "FacetOption",
    "FacetedFilterSet",
    "InsightFilter",
    "PartnerFilter",
    "PlanFilter",
    "SearchFilter",
    "Sort",
    "SortFilter",
]
