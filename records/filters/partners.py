"""The partner list's filters. A partner's places, goals and themes are those of its published
plans, read from its published partnerships: the plan filters keep the partners with at least
one published plan matching them all (a plan in Serbia about waste, not a plan in Serbia and
another about waste), and a plan facet's value counts the partners with such a plan that has
the value. The sector and the text query are the partner's own."""

from django.db.models import Count, OuterRef, Subquery
from django.db.models.functions import Coalesce, Lower

from ..enums import Sector
from ..models import Partner, Partnership
from .facets import Facet, FacetedFilterSet
from .plans import plan_facets
from .search import SearchFilter
from .sorting import Sort, SortFilter
from .values import choice_field

# The facets of a partner's plans: one plan has to match all of them.
PLAN_FILTERS = ("country", "region", "sdg", "theme")


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
        partnerships = self.matching_partnerships(skip)
        if partnerships is None:
            return partners
        return partners.filter(pk__in=partnerships.values("partner"))

    def matching_partnerships(self, skip=()):
        """The published partnerships whose plan matches every active plan filter not in
        `skip`; None when none is active."""
        active = [name for name in PLAN_FILTERS if name not in skip and self.value(name)]
        if not active:
            return None
        rows = self.facet_rows()[0]
        for name in active:
            # A condition apiece: a plan with a country in one and a theme in the other.
            rows = rows.filter(self.filters[name].matching(self.value(name)))
        return rows

    def counting(self, facet, queryset):
        """The partnerships a facet counts: those of the partners of `queryset` whose plan
        matches the other plan filters, so a value counts the partners with one plan that
        matches them and has the value."""
        rows, counted, paths = super().counting(facet, queryset)
        partnerships = self.matching_partnerships(skip=(facet.name,))
        if partnerships is not None:
            rows = rows.filter(pk__in=partnerships.values("pk"))
        return rows, counted, paths
