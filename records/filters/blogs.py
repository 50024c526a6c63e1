"""The blog list's filters."""

from django.db.models import F
from django.utils.translation import gettext_lazy as _

from ..enums import BlogKind, TextLanguage
from ..models import Blog
from .facets import Facet, FacetedFilterSet
from .search import SearchFilter
from .sorting import Sort, SortFilter, dated_sorts
from .values import CountryCodeField, choice_field, year_field


class BlogFilter(FacetedFilterSet):
    q = SearchFilter()
    sort = SortFilter(
        {
            **dated_sorts(
                (F("published_on").desc(nulls_last=True), "-year", "title", "pk"),
                (F("published_on").asc(nulls_last=True), "year", "title", "pk"),
            ),
            "title": Sort(_("Title A–Z"), ("title", "pk")),
        },
        default="newest",
        explained=_("the latest first (by date, else year), then A–Z by title"),
        ranked=True,
    )
    facets = (
        Facet("kind", _("Kind"), "kind", field=choice_field(BlogKind), by_count=False),
        Facet("country", _("Country"), "country__code", "country__name", field=CountryCodeField),
        Facet("region", _("Region"), "country__region__slug", "country__region__name"),
        Facet("year", _("Year"), "year", field=year_field, by_count=False, descending=True),
        Facet(
            "language", _("Language"), "language", field=choice_field(TextLanguage), by_count=False
        ),
    )

    class Meta:
        model = Blog
        fields = []
