"""A list's order, chosen by `?sort=`: a filter whose `filter()` orders the rows."""

from dataclasses import dataclass

import django_filters
from django.utils.translation import gettext_lazy as _

from ..search import ranked_matches
from ..search.query_language import ranked_first

RELEVANCE = "relevance"


@dataclass(frozen=True)
class Sort:
    label: str
    ordering: tuple

    def __deepcopy__(self, memo):
        # Immutable: every FilterSet deep-copies its filters, and may share their sorts.
        return self


def dated_sorts(newest: tuple, oldest: tuple) -> dict[str, Sort]:
    """The two orders by date every dated list offers."""
    return {"newest": Sort(_("Newest first"), newest), "oldest": Sort(_("Oldest first"), oldest)}


class SortFilter(django_filters.ChoiceFilter):
    """Orders the rows by the chosen sort, or by `default` when none is chosen.

    `sorts` maps each value `sort` takes to its label and ordering, in the order the sort menu
    lists them. A `ranked` list also offers "relevance" ("Best match", first in the menu),
    which is what it means without a chosen sort while there is a text query (`q`): the records
    matching the query (the FilterSet leaves `q` to it), the best first, by the search index's
    rank (those written in the query's or the interface's French or Spanish first among
    equals: records.search.query_language), ties in the default order; without a query, the
    default order.

    Not django-filter's OrderingFilter, which takes a comma-separated list of orderings (a
    `sort` here is one value, anything else a 400), maps each value to one field name or
    its "-" reverse (a sort here is several keys, with expressions such as `Lower("name")`
    and `nulls_last`), and leaves the rows unsorted without a value (here the default, or
    relevance, whose rank the search index computes for the text of another filter).
    """

    def __init__(
        self, sorts: dict[str, Sort], *, default: str, explained: str, ranked=False, **kwargs
    ):
        self.sorts = sorts
        self.default = default
        # The default order in words, which the list's page states ("the latest year first").
        self.explained = explained
        self.ranked = ranked
        choices = [(RELEVANCE, _("Best match"))] if ranked else []
        choices += [(value, sort.label) for value, sort in sorts.items()]
        super().__init__(choices=choices, label=_("Sort by"), **kwargs)

    @property
    def choices(self) -> list[tuple[str, str]]:
        return self.extra["choices"]

    def chosen(self, value: str) -> str:
        """The sort the rows are in: `value`, else relevance or the default."""
        if value:
            return value
        return RELEVANCE if self.ranked and self.parent.value("q") else self.default

    def filter(self, qs, value):
        key = self.chosen(value)
        if key != RELEVANCE:
            return qs.order_by(*self.sorts[key].ordering)
        fallback = self.sorts[self.default].ordering
        query = self.parent.value("q")
        if not query:
            return qs.order_by(*fallback)
        ranked = ranked_matches(qs, query, ranked_first(query))
        return ranked.order_by("-search_rank", *fallback)
