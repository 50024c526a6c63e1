"""The insight list's filters: an insight's facets are those of its plan."""

from ..models import Insight
from .facets import FacetedFilterSet
from .plans import plan_facets
from .search import SearchFilter
from .sorting import Sort, SortFilter, dated_sorts

# A plan's insights stay together, in the plan's order.
IN_PLAN_ORDER = ("plan_id", "position", "pk")


class InsightFilter(FacetedFilterSet):
    q = SearchFilter()
    sort = SortFilter(
        {
            **dated_sorts(
                ("-plan__year", "plan__title", *IN_PLAN_ORDER),
                ("plan__year", "plan__title", *IN_PLAN_ORDER),
            ),
            "plan": Sort("Plan title A–Z", ("plan__title", *IN_PLAN_ORDER)),
        },
        default="newest",
        ranked=True,
    )
    facets = plan_facets(
        "country", "region", "sdg", "theme", "method", "data_source", "year", via="plan"
    )

    class Meta:
        model = Insight
        fields = []
