"""The insight list's filters: an insight's facets are those of its plan, and its SDGs,
themes, methods and data sources those of its whole learning cycle: the closing report's own
and the plan's it closes (`/insights/?sdg=13` lists what every cycle tagged 13 learned)."""

from django.utils.translation import gettext_lazy as _

from ..models import Insight
from .by_plan import counts_by_plan
from .facets import FacetedFilterSet
from .plans import plan_facets
from .search import SearchFilter
from .sorting import Sort, SortFilter, dated_sorts

CYCLE_FACETS = ("sdg", "theme", "method", "data_source")
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
            "plan": Sort(_("Plan title A–Z"), ("plan__title", *IN_PLAN_ORDER)),
        },
        default="newest",
        explained=_("their plan's latest year first, then by plan title"),
        ranked=True,
    )
    facets = plan_facets(
        "country",
        "region",
        "sdg",
        "theme",
        "method",
        "data_source",
        "year",
        "language",
        via="plan",
        cycle=CYCLE_FACETS,
    )

    class Meta:
        model = Insight
        fields = []

    def count_groups(self, groups, querysets):
        """Counted per plan, every facet of a group in one query: each is read through the
        insight's plan."""
        return counts_by_plan(list(zip(groups, querysets, strict=True)), "plan")
