"""Facets: the filters of a list whose values are counted, each declared once.

A `Facet` names a parameter, its title, the path from the rows a list counts to the value the
parameter takes, and the path to that value's display name. A FacetedFilterSet turns each of
its `facets` into the filter of that parameter and counts each facet's values under the other
active filters: one query for the facets not filtered on, one for each filtered one.

Query parameters repeat to OR their values (`?sdg=5&sdg=8`); different parameters AND.
A malformed value (`sdg=abc`, `year=abc`, a sort we do not offer) makes the form invalid and
`.qs` empty; a well-formed value nothing has (`country=ZZZ`) simply matches nothing.
"""

from __future__ import annotations

import copy
from collections.abc import Callable
from dataclasses import dataclass, replace
from functools import cache

import django_filters
from django import forms
from django.db.models import Q
from django.db.models.constants import LOOKUP_SEP
from django_filters.filterset import FilterSetMetaclass

from .facet_counts import FacetCounting
from .sorting import RELEVANCE
from .values import MultipleValueField, slug_field


@dataclass(frozen=True)
class Facet:
    """A counted filter. `path` and `label` lead from the rows the list counts (see
    FacetedFilterSet.facet_rows) to the value the parameter takes and to its display name; no
    `label` means the choices of `field` name the values. `field` makes the form field that
    cleans one value."""

    name: str
    title: str
    path: str
    label: str = ""
    field: Callable[[], forms.Field] = slug_field
    by_count: bool = True  # most frequent first; else in the order of the values
    descending: bool = False  # values in reverse order, e.g. the latest year first
    numbered: bool = False  # labels read "5. Gender equality"
    # (path, label) to the same values through the plan a closing report closes: its
    # insights take that plan's tags as well as the report's own (see `through_cycle`).
    closed_plan_path: tuple[str, str] | None = None

    def __deepcopy__(self, memo):
        # Immutable: every FilterSet deep-copies its filters, and may share their facets.
        return self

    def via(self, relation: str) -> Facet:
        """The same facet read from rows that reach it through `relation` (e.g. "plan")."""
        label = f"{relation}{LOOKUP_SEP}{self.label}" if self.label else ""
        return replace(self, path=f"{relation}{LOOKUP_SEP}{self.path}", label=label)

    def through_cycle(self, relation: str = "") -> Facet:
        """The facet read through `relation` to a plan (none: of the plans listed) and,
        besides, through that plan's `closes` to the plan whose cycle it closes: the values
        of the whole learning cycle."""
        own = self.via(relation) if relation else self
        closed = self.via(f"{relation}{LOOKUP_SEP}closes" if relation else "closes")
        return replace(own, closed_plan_path=(closed.path, closed.label))


@cache
def is_many_valued(model, path: str) -> bool:
    """Whether `path` from `model` crosses a relation with several rows per record."""
    for name in path.split(LOOKUP_SEP):
        relation = model._meta.get_field(name)
        if relation.many_to_many or relation.one_to_many:
            return True
        if not relation.is_relation:
            return False
        model = relation.related_model
    return False


class FacetFilter(django_filters.Filter):
    """Keeps the records one of whose facet rows has one of the values at the facet's path.

    A field of the listed records themselves is matched directly. A path through a
    many-valued relation (a plan's countries), or through rows of another model (a partner's
    partnerships), is matched in a subquery, so a record matching two values is not returned
    twice and no DISTINCT is needed.
    """

    field_class = MultipleValueField

    def __init__(self, facet: Facet):
        self.facet = facet
        super().__init__(facet.path, label=facet.title, child=facet.field())

    def __deepcopy__(self, memo):
        # Every FilterSet deep-copies its class's filters, then sets its own `model` and
        # `parent` on its copies: a shallow copy takes those as well, and shares the form
        # field that cleans one value (`extra`), which no request changes and whose deep
        # copy is most of the cost of making a FilterSet.
        return copy.copy(self)

    def filter(self, qs, value):
        if not value:
            return qs
        rows, key = self.parent.facet_rows()
        own_path = self.own_path(key)
        if own_path and not self.facet.closed_plan_path and not is_many_valued(qs.model, own_path):
            return qs.filter(**{f"{own_path}__in": value})
        if self.facet.closed_plan_path:
            return qs.filter(self.either_end(qs.model, value))
        return qs.filter(pk__in=rows.filter(**{f"{self.field_name}__in": value}).values(key))

    def either_end(self, model, value) -> Q:
        """Records whose plan (or which, a plan, itself), or the published plan it closes
        (Facet.through_cycle), has one of the values: the plans having it are found by the
        value's index, rather than every record's rows joined to both ends of its cycle and
        tested."""
        own = self.field_name.split(LOOKUP_SEP)  # ["plan", "sdgs", "number"]
        closed = self.facet.closed_plan_path[0].split(LOOKUP_SEP)  # ["plan", "closes", …]
        at = next(i for i, (a, b) in enumerate(zip(own, closed, strict=False)) if a != b)
        to_plan = LOOKUP_SEP.join(own[:at])  # "plan", or "" for the plans themselves
        plans = model._meta.get_field(to_plan).related_model if to_plan else model
        having = plans.objects.filter(**{f"{LOOKUP_SEP.join(own[at:])}__in": value})
        hop = LOOKUP_SEP.join(closed[: at + 1])  # "plan__closes"
        return Q(**{f"{to_plan}__in" if to_plan else "pk__in": having.values("pk")}) | Q(
            **{f"{hop}__in": having.filter(is_published=True).values("pk")}
        )

    def own_path(self, key: str) -> str:
        """The facet's path from the listed records themselves, given the field `key` of a
        facet row that names its record; "" when the path leads elsewhere from the row."""
        if key == "pk":
            return self.field_name
        prefix = f"{key}{LOOKUP_SEP}"
        return self.field_name.removeprefix(prefix) if self.field_name.startswith(prefix) else ""


class FacetedFilterSetMetaclass(FilterSetMetaclass):
    """Declares the filter of each facet in the class's `facets`."""

    def __new__(mcs, name, bases, attrs):
        for facet in attrs.get("facets", ()):
            attrs[facet.name] = FacetFilter(facet)
        return super().__new__(mcs, name, bases, attrs)


class FacetedFilterSet(
    FacetCounting, django_filters.FilterSet, metaclass=FacetedFilterSetMetaclass
):
    """A FilterSet over a public queryset: a text query `q`, a `sort` filter and `facets`.

    `FilterSet(data=request.GET, queryset=None, request=request)`: `queryset=None` means every
    public record of the list. `.qs` is the filtered, sorted queryset, empty when a parameter
    is malformed (see `.errors`).
    """

    facets: tuple[Facet, ...] = ()

    def __init__(self, data=None, queryset=None, *, request=None, prefix=None):
        # Only the whole public list's counts are shared between requests (see facet_counts).
        self.is_public = queryset is None
        if queryset is None:
            queryset = self.public_queryset()
        super().__init__(data, queryset, request=request, prefix=prefix)

    @classmethod
    def public_queryset(cls):
        """Every public record of the list."""
        return cls._meta.model.objects.published()

    @classmethod
    def facet_rows(cls):
        """The rows the facets read, and the field of a row that is the listed record's key:
        the records themselves, unless a list reads its facets through another model."""
        return cls._meta.model.objects.all(), "pk"

    @property
    def qs(self):
        if not hasattr(self, "_qs"):
            if self.is_bound and not self.is_valid():
                self._qs = self.queryset.none()
            else:
                self._qs = self.filter_queryset(self.queryset.all())
        return self._qs

    def filter_queryset(self, queryset, *, skip=()):
        values = self.values()
        # A sort by relevance keeps the records matching `q` itself, as it ranks them.
        ranks = "sort" not in skip and self.sort_key() == RELEVANCE
        for name, filter_ in self.filters.items():
            if name in skip:
                continue
            if name == "q":
                if values[name] and not ranks:
                    queryset = queryset.filter(pk__in=self.text_matches())
            else:
                queryset = filter_.filter(queryset, values[name])
        return queryset

    def text_matches(self):
        """The keys of the records matching `q`, as a subquery: the page, its count and every
        facet filter on it, and the search index (records.search) finds them in each."""
        return self.filters["q"].filter(self.queryset.order_by(), self.value("q")).values("pk")

    def values(self) -> dict:
        """Every parameter's cleaned value: [] (or "") when absent or the form is invalid."""
        if not hasattr(self, "_values"):
            valid = self.is_bound and self.is_valid()
            cleaned = self.form.cleaned_data if valid else {}
            self._values = {
                name: cleaned[name] if name in cleaned else filter_.field.to_python(None)
                for name, filter_ in self.filters.items()
            }
        return self._values

    def value(self, name):
        return self.values()[name]

    def card_rows(self, cards):
        """Every public record with what its card shows: `cards` (PublicList.cards) of the
        public queryset, built once per list and `cards` (a page filters a copy of it)."""
        if not self.is_public:
            return cards(self.queryset)
        return public_cards(type(self), cards)

    def sort_key(self) -> str:
        """The sort the rows are in, chosen or not."""
        return self.filters["sort"].chosen(self.value("sort"))


@cache
def public_cards(filterset_class, cards):
    """`cards` of every public record of the list of `filterset_class`: the annotations of a
    card (a plan's quoted text: three subqueries) resolved once, not on every page."""
    return cards(filterset_class.public_queryset())
