"""The partner list's filters. A partner's places, goals and themes are those of its published
plans, read from its published partnerships: the plan filters keep the partners with at least
one published plan matching them all (a plan in Serbia about waste, not a plan in Serbia and
another about waste), and a plan facet's value counts the partners with such a plan that has
the value. The sector and the text query are the partner's own."""

from functools import cached_property

from django.db.models import Count, F, OuterRef, Q, Subquery
from django.db.models.constants import LOOKUP_SEP
from django.db.models.functions import Coalesce, Lower
from django.utils.translation import gettext_lazy as _

from ..enums import Sector
from ..models import LearningPlan, Partner, Partnership
from .by_plan import fetch, through_hop
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
# How a plan facet's path starts from a partnership.
PLAN_PATH = f"plan{LOOKUP_SEP}"


class PartnerFilter(FacetedFilterSet):
    q = SearchFilter()
    sort = SortFilter(
        {
            "name": Sort(_("Name A–Z"), (Lower("name"), "pk")),
            "plans": Sort(_("Most plans first"), ("-plan_count", Lower("name"), "pk")),
        },
        default="name",
        explained=_("A–Z by name"),
        ranked=True,
    )
    facets = (
        Facet("sector", _("Sector"), "partner__sector", field=choice_field(Sector)),
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

    @cached_property
    def partnerships(self):
        """The published partnerships, built once: every facet count starts from them."""
        return self.facet_rows()[0]

    def text_matches(self):
        """The keys of the partners matching `q`, built once: every facet count reads them.
        Of any partner: the list and the partnerships keep the public ones."""
        if not hasattr(self, "_text_matches"):
            partners = Partner.objects.order_by()
            self._text_matches = self.filters["q"].filter(partners, self.value("q")).values("pk")
        return self._text_matches

    def filter_queryset(self, queryset, *, skip=()):
        """The partner's own filters, then the plan filters through one partnership."""
        partners = super().filter_queryset(queryset, skip=(*skip, *PLAN_FILTERS))
        plans = self.matching_plans(skip)
        if plans is None:
            return partners
        return partners.filter(pk__in=self.partnerships.filter(plan__in=plans).values("partner"))

    def card_rows(self, cards):
        """The cards mark the countries that matched: those of the plans matching the plan
        filters, and of these only the filtered countries and regions' ones."""
        plans = self.matching_plans()
        if plans is None:
            return cards(self.queryset)
        matched = Q(plan__in=plans)
        if self.value("country"):
            matched &= Q(country_code__in=self.value("country"))
        if self.value("region"):
            matched &= Q(plan__countries__region__slug__in=self.value("region"))
        return cards(self.queryset, matched)

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

    def count_groups(self, groups, querysets) -> list[list[list[tuple]]]:
        """One query a facet: a plan facet's rows depend on the other filters
        (partner_rows_to_count)."""
        return [
            [
                self.value_counts(facet, *self.partner_rows_to_count(facet, queryset))
                for facet in group
            ]
            for group, queryset in zip(groups, querysets, strict=True)
        ]

    def partner_rows_to_count(self, facet, queryset):
        """The rows that count `facet`. The sector: the partners matching every other filter,
        `queryset`. A plan facet: the partnerships whose plan matches the other plan
        filters, of the partners matching the other filters of their own (sector, `q`).

        Without a filter of the partner's own, the partnerships need no partner at all. With
        one, they are looked up by partner and only checked against the plans (`+ 0`):
        SQLite would otherwise try every (plan, partner) pair of the two lists on the
        partnerships' unique index.
        """
        if not facet.path.startswith(PLAN_PATH):
            return queryset, "pk", [facet.path.partition(LOOKUP_SEP)[2]]
        skip = (facet.name, "sort")
        rows, counted = self.partnerships, "partner"
        plans = self.matching_plans(skip)
        if any(self.value(name) for name in OWN_FILTERS if name not in skip):
            # Any partner: the rows are published partnerships already.
            partners = super().filter_queryset(Partner.objects.all(), skip=(*skip, *PLAN_FILTERS))
            rows = rows.filter(partner__in=partners.values("pk"))
            if plans is not None:
                rows = rows.alias(plan_key=F("plan") + 0).filter(plan_key__in=plans)
        elif plans is not None:
            rows = rows.filter(plan__in=plans)
        return rows, counted, [facet.path] + ([facet.label] if facet.label else [])

    @staticmethod
    def value_counts(facet, rows, counted, paths):
        """(value, [label,] count) of each value of `facet` among `rows`, in one query: a
        plan facet counted through the plan's own rows of that facet."""
        if facet.path.startswith(PLAN_PATH):
            return counts_through_plan(rows, counted, paths)
        return rows.order_by().values_list(*paths).annotate(n=Count(counted, distinct=True))


def counts_through_plan(rows, counted: str, paths: list[str]) -> list[tuple]:
    """(value, label, count) of each value of a plan facet among partnerships `rows`: the
    distinct `counted` (partners) of the rows whose plan has it. One query.

    `paths` lead from a row through its plan and one of the plan's many-to-many fields (its
    countries, its themes) to the value and its name. The rows of that field are joined to
    `rows` on the plan's key and grouped by the key of the model named, whose value and name
    are joined to the groups after: neither the plans' own rows (wide, they hold the whole
    text) nor every (row, value, name) are read.
    """
    relation, field, *rest = paths[0].split(LOOKUP_SEP)
    plans = rows.model._meta.get_field(relation).related_model
    through, source, target = through_hop(plans, field)
    named_path = LOOKUP_SEP.join([target, *rest[:-1]])  # country, country__region
    named = through
    for name in named_path.split(LOOKUP_SEP):
        named = named._meta.get_field(name).related_model
    pairs = through.objects.order_by().values(plan_key=F(source), key=F(named_path))
    items = rows.order_by().values(plan_key=F(relation), item=F(counted))
    value, label = (named._meta.get_field(p.rpartition(LOOKUP_SEP)[2]).column for p in paths)

    def sql(quote, pairs_sql, items_sql):
        key = quote("key")
        return (
            f"SELECT named.{quote(value)}, named.{quote(label)}, grouped.n FROM ("
            f"SELECT pairs.{key} AS {key}, COUNT(DISTINCT counted.item) AS n"
            f" FROM ({pairs_sql}) pairs INNER JOIN ({items_sql}) counted"
            f" ON pairs.plan_key = counted.plan_key GROUP BY pairs.{key}"
            f") grouped INNER JOIN {quote(named._meta.db_table)} named"
            f" ON named.{quote(named._meta.pk.column)} = grouped.{key}"
        )

    return fetch(rows.db, sql, pairs, items)
