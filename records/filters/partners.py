"""The partner list's filters: a partner's places, goals and themes are those of its
published plans, so its facets are read from its published partnerships."""

from django.db.models import Count, OuterRef, Subquery
from django.db.models.functions import Coalesce, Lower

from ..enums import Sector
from ..models import Partner, Partnership
from .facets import Facet, FacetedFilterSet
from .plans import plan_facets
from .search import SearchFilter
from .sorting import Sort, SortFilter
from .values import choice_field


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
        *plan_facets("country", "region", "sdg", "theme", via="plan"),
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
