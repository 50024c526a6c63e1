"""The plan list's filters, and the plan facets the insight and partner lists read through
the plan."""

from django.utils.translation import gettext_lazy as _

from ..enums import Stage, TextLanguage
from ..models import LearningPlan
from .by_plan import counts_by_plan
from .facets import Facet, FacetedFilterSet
from .search import SearchFilter
from .sorting import Sort, SortFilter, dated_sorts
from .values import CountryCodeField, choice_field, sdg_field, year_field

PLAN_FACETS = (
    Facet("stage", _("Stage"), "stage", field=choice_field(Stage), by_count=False),
    Facet("country", _("Country"), "countries__code", "countries__name", field=CountryCodeField),
    Facet("region", _("Region"), "countries__region__slug", "countries__region__name"),
    Facet(
        "sdg",
        _("SDG"),
        "sdgs__number",
        "sdgs__name",
        field=sdg_field,
        by_count=False,
        numbered=True,
    ),
    Facet("theme", _("Theme"), "thematic_areas__slug", "thematic_areas__name"),
    Facet("method", _("Method"), "methods__slug", "methods__name"),
    Facet("data_source", _("Data source"), "data_sources__slug", "data_sources__name"),
    Facet("year", _("Year"), "year", field=year_field, by_count=False, descending=True),
    Facet("language", _("Language"), "language", field=choice_field(TextLanguage), by_count=False),
)


def plan_facets(*names: str, via: str, cycle: tuple[str, ...] = ()) -> tuple[Facet, ...]:
    """The plan facets called `names`, read through the relation `via` to the plan; those
    also in `cycle` read the whole learning cycle (Facet.through_cycle)."""
    return tuple(
        facet.through_cycle(via) if facet.name in cycle else facet.via(via)
        for facet in PLAN_FACETS
        if facet.name in names
    )


# A closing report is listed, filtered and counted under the SDGs and themes of the plan it
# closes as well as its own (Facet.through_cycle).
PLAN_CYCLE_FACETS = ("sdg", "theme")


class PlanFilter(FacetedFilterSet):
    q = SearchFilter()
    sort = SortFilter(
        {
            **dated_sorts(("-year", "title", "pk"), ("year", "title", "pk")),
            "title": Sort(_("Title A–Z"), ("title", "pk")),
        },
        default="newest",
        explained=_("the latest year first, then A–Z by title"),
        ranked=True,
    )
    facets = tuple(
        facet.through_cycle() if facet.name in PLAN_CYCLE_FACETS else facet for facet in PLAN_FACETS
    )

    class Meta:
        model = LearningPlan
        fields = []

    def count_groups(self, groups, querysets):
        """Counted per plan, every facet of a group in one query, a closing report under
        its cycle's SDGs and themes (records.filters.by_plan)."""
        return counts_by_plan(list(zip(groups, querysets, strict=True)))
