"""The partner list's filters. A partner's places, goals and themes are those of its published
plans, read from its published partnerships: the plan filters keep the partners with at least
one published plan matching them all (a plan in Serbia about waste, not a plan in Serbia and
another about waste), and a plan facet's value counts the partners with such a plan that has
the value. The sector and the text query are the partner's own."""

from django.db.models import Count, F, OuterRef, Subquery
from django.db.models.constants import LOOKUP_SEP
from django.db.models.functions import Coalesce, Lower

from ..enums import Sector
from ..models import LearningPlan, Partner, Partnership
from .by_plan import fetch
from .counting import through_hop
from .facets import Facet, FacetedFilterSet
from .plans import PLAN_FACETS, plan_facets
from .search import SearchFilter
from .sorting import Sort, SortFilter
from .values import choice_field

# The facets of a partner's plans: one plan has to match all of them.
PLAN_FILTERS = ("country", "region", "sdg", "theme")
# Their paths from the plan.
ON_PLAN = {facet.name: facet.path for facet in PLAN_FACETS if facet.name in PLAN_FILTERS}
# The filters of the partner itself.
OWN_FILTERS = ("q", "sector")


class PartnerFilter(FacetedFilterSet):
    q = SearchFilter()
    sort = SortFilter(
        {
            "name": Sort("Name A–Z", (Lower("name"), "pk")),
            "plans": Sort("Most plans first", ("-plan_count", Lower("name"), "pk")),
        },
        default="name",
        ranked=True,
    )
    facets = (
        Facet("sector", "Sector", "partner__sector", field=choice_field(Sector)),
        *plan_facets(*PLAN_FILTERS, via="plan"),
    )

    class Meta:
        model = Partner
        fields = []

    @classmethod
    def public_queryset(cls):
        plan_count = (
            Partnership.objects.published()
            .filter(partner=OuterRef("pk"))
            .order_by()
            .values("partner")
            .annotate(n=Count("pk"))
            .values("n")
        )
        return Partner.objects.published().annotate(plan_count=Coalesce(Subquery(plan_count), 0))

    @classmethod
    def facet_rows(cls):
        return Partnership.objects.published(), "partner"

    def filter_queryset(self, queryset, *, skip=()):
        """The partner's own filters, then the plan filters through one partnership."""
        partners = super().filter_queryset(queryset, skip=(*skip, *PLAN_FILTERS))
        plans = self.matching_plans(skip)
        if plans is None:
            return partners
        partnerships = self.facet_rows()[0].filter(plan__in=plans)
        return partners.filter(pk__in=partnerships.values("partner"))

    def matching_plans(self, skip=()):
        """The keys of the plans matching every active plan filter not in `skip`; None when
        none is active."""
        active = [name for name in PLAN_FILTERS if name not in skip and self.value(name)]
        if not active:
            return None
        plans = LearningPlan.objects.all()
        for name in active:
            # A condition apiece: a plan with a country in one and a theme in the other.
            plans = plans.filter(**{f"{ON_PLAN[name]}__in": self.value(name)})
        return plans.values("pk")

    def counting(self, facet, queryset):
        """The partnerships that count `facet`: those whose plan matches the other plan
        filters, of the partners matching the other filters of their own (sector, `q`).

        `queryset`, the partners matching every other filter, is not read: its plan filters
        are on the partnerships already, and without a filter of the partner's own the
        partnerships need no partner at all.
        """
        skip = (facet.name, "sort")
        if any(self.value(name) for name in OWN_FILTERS if name not in skip):
            partners = super().filter_queryset(self.queryset, skip=(*skip, *PLAN_FILTERS))
            rows, counted = self.counted_rows(partners)
        else:
            rows, counted = self.facet_rows()
        plans = self.matching_plans(skip)
        if plans is not None:
            rows = rows.filter(plan__in=plans)
        return rows, counted, [facet.path] + ([facet.label] if facet.label else [])

    @staticmethod
    def value_counts(facet, rows, counted, paths):
        """The partner's sector counted over the partners of `rows`; a plan facet through
        the plan's own rows of that facet (counts_through_plan)."""
        if facet.path.startswith(f"partner{LOOKUP_SEP}"):
            partners = Partner.objects.filter(pk__in=rows.values(counted)).order_by()
            return partners.values_list(facet.path.partition(LOOKUP_SEP)[2]).annotate(n=Count("pk"))
        return counts_through_plan(rows, counted, paths)


def counts_through_plan(rows, counted: str, paths: list[str]) -> list[tuple]:
    """(value, label, count) of each value of a plan facet among partnerships `rows`: the
    distinct `counted` (partners) of the rows whose plan has it. One query.

    `paths` lead from a row through its plan and one of the plan's many-to-many fields (its
    countries, its themes) to the value and its name. The rows of that field are joined to
    `rows` on the plan's key and grouped by the key of the model named, whose value and name
    are joined to the groups after: neither the plans' own rows (wide, they hold the whole
    text) nor every (row, value, name) are read, a third of the time at 20,000 records.
    """
    relation, field, *rest = paths[0].split(LOOKUP_SEP)
    plans = rows.model._meta.get_field(relation).related_model
    through, source, target = through_hop(plans, field)
    named_path = LOOKUP_SEP.join([target, *rest[:-1]])  # country, country__region
    named = through
    for name in named_path.split(LOOKUP_SEP):
        named = named._meta.get_field(name).related_model
    pairs = through.objects.order_by().values(plan_key=F(source), key=F(named_path))
    keys = rows.order_by().values(plan_key=F(relation), counted_key=F(counted))
    value, label = (named._meta.get_field(p.rpartition(LOOKUP_SEP)[2]).column for p in paths)

    def sql(quote, pairs_sql, keys_sql):
        key = quote("key")
        return (
            f"SELECT named.{quote(value)}, named.{quote(label)}, grouped.n FROM ("
            f"SELECT pairs.{key} AS {key}, COUNT(DISTINCT keys.counted_key) AS n"
            f" FROM ({pairs_sql}) pairs INNER JOIN ({keys_sql}) keys"
            f" ON pairs.plan_key = keys.plan_key GROUP BY pairs.{key}"
            f") grouped INNER JOIN {quote(named._meta.db_table)} named"
            f" ON named.{quote(named._meta.pk.column)} = grouped.{key}"
        )

    return fetch(rows.db, sql, pairs, keys)
