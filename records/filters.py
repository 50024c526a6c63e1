"""The public lists' filters: one FilterSet per list, shared by the HTML page, the CSV/JSON
downloads and the API, so a filter means the same thing everywhere.

Query parameters repeat to OR their values (`?sdg=5&sdg=8`); different parameters AND.
A malformed value (`sdg=abc`, `year=abc`, a sort we do not offer) makes the form invalid and
`.qs` empty; a well-formed value nothing has (`country=ZZZ`) simply matches nothing.

Each FilterSet also counts its facets: for every facet, the values it can take with the number
of records each would give under the OTHER active filters, in one query per facet.
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace

import django_filters
from django import forms
from django.contrib.postgres.search import SearchQuery, SearchRank, SearchVectorField
from django.core.exceptions import ValidationError
from django.db import connections
from django.db.models import Count, Expression, F, OuterRef, Subquery
from django.db.models.functions import Coalesce, Lower

from .enums import BlogKind, Sector, Stage
from .models import Blog, Insight, LearningPlan, Partner, Partnership

# More values than anyone ticks by hand; a longer list is refused, not run as a huge query.
MAX_VALUES = 50


def uses_full_text_search(queryset) -> bool:
    return connections[queryset.db].vendor == "postgresql"


# -- fields and filters ------------------------------------------------------------------------


class MultipleValueField(forms.Field):
    """Every value of a repeated query parameter, each cleaned by `child`; blank ones ignored."""

    widget = forms.MultipleHiddenInput

    def __init__(self, *, child: forms.Field, **kwargs):
        self.child = child
        super().__init__(**kwargs)

    def to_python(self, value):
        if value in (None, ""):
            return []
        values = [value] if isinstance(value, str) else list(value)
        values = [v.strip() for v in values if v.strip()]
        if len(values) > MAX_VALUES:
            raise ValidationError(f"At most {MAX_VALUES} values.", code="max_values")
        return list(dict.fromkeys(self.child.clean(v) for v in values))


class MultipleValueFilter(django_filters.Filter):
    """Keeps the rows whose `field_name` is any of the given values.

    A path through a many-valued relation (a plan's countries) is matched in a subquery, so a
    row matching two values is not returned twice and no DISTINCT is needed. `within` holds
    conditions for the same join, e.g. that a partner's plan is published.
    """

    field_class = MultipleValueField

    def __init__(self, field_name, *, many=False, within=None, **kwargs):
        self.many = many
        self.within = within or {}
        super().__init__(field_name, **kwargs)

    def filter(self, qs, value):
        if not value:
            return qs
        condition = {f"{self.field_name}__in": value, **self.within}
        if not self.many:
            return qs.filter(**condition)
        return qs.filter(pk__in=qs.model.objects.filter(**condition).values("pk"))


class SearchFilter(django_filters.CharFilter):
    """Free text. PostgreSQL: full-text search on the indexed `search_vector` column of
    migration 0003 (the english to_tsvector of `field_name`); SQLite: a case-insensitive
    substring match on `field_name` itself."""

    def filter(self, qs, value):
        if not value:
            return qs
        if not uses_full_text_search(qs):
            return qs.filter(**{f"{self.field_name}__icontains": value})
        return qs.alias(search=SearchVectorColumn()).filter(search=search_query(value))


class SearchVectorColumn(Expression):
    """The stored `search_vector` column that migration 0003 adds to each searchable table on
    PostgreSQL, read from the query's own table. Django has no field for it."""

    output_field = SearchVectorField()

    def as_sql(self, compiler, connection):
        table = compiler.quote_name_unless_alias(compiler.query.get_initial_alias())
        return f"{table}.search_vector", []


def search_query(text: str) -> SearchQuery:
    return SearchQuery(text, config="english", search_type="websearch")


class SortFilter(django_filters.ChoiceFilter):
    """Chooses the order; FacetedFilterSet applies it after every other filter."""

    def filter(self, qs, value):
        return qs


def country_code(value: str) -> str:
    if len(value) != 3 or not value.isascii() or not value.isalpha():
        raise ValidationError("A country is its ISO 3166 alpha-3 code, e.g. AZE.", "code")
    return value.upper()


class CountryCodeField(forms.CharField):
    def clean(self, value):
        return country_code(super().clean(value))


def slug_field():
    return forms.SlugField(max_length=100, allow_unicode=True)


def sdg_field():
    return forms.IntegerField(min_value=1, max_value=17)


def year_field():
    return forms.IntegerField(min_value=1900, max_value=2100)


# -- facets ------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Facet:
    """A filter whose values are counted: `value` and `label` are paths from the counted rows
    (see FacetedFilterSet.facet_rows) to the value the parameter takes and its display name;
    no `label` means the filter's choices name the values."""

    name: str
    title: str
    value: str
    label: str = ""
    by_count: bool = True  # most frequent first; else in the order of the values
    descending: bool = False  # values in reverse order, e.g. the latest year first
    numbered: bool = False  # labels read "5. Gender equality"

    def via(self, relation: str) -> Facet:
        """The same facet counted from rows that reach it through `relation` (e.g. "plan")."""
        label = f"{relation}__{self.label}" if self.label else ""
        return replace(self, value=f"{relation}__{self.value}", label=label)


@dataclass
class FacetOption:
    value: str
    label: str
    count: int
    selected: bool


@dataclass
class FacetCounts:
    name: str
    title: str
    options: list[FacetOption] = field(default_factory=list)

    @property
    def selected(self) -> list[FacetOption]:
        return [option for option in self.options if option.selected]


class FacetedFilterSet(django_filters.FilterSet):
    """A FilterSet over a public queryset, with a `sort` and facet counts.

    `FilterSet(data=request.GET, queryset=None, request=request)`: `queryset=None` means every
    public record of the list. `.qs` is the filtered, sorted queryset, empty when a parameter
    is malformed (see `.errors`).
    """

    facets: tuple[Facet, ...] = ()
    # sort value → ordering; "relevance" ranks text matches on PostgreSQL.
    orderings: dict[str, tuple[str, ...]] = {}
    default_sort = ""

    def __init__(self, data=None, queryset=None, *, request=None, prefix=None):
        if queryset is None:
            queryset = self.public_queryset()
        super().__init__(data, queryset, request=request, prefix=prefix)

    @classmethod
    def public_queryset(cls):
        raise NotImplementedError

    @property
    def qs(self):
        if not hasattr(self, "_qs"):
            if self.is_bound and not self.is_valid():
                self._qs = self.queryset.none()
            else:
                self._qs = self.sort(self.filter_queryset(self.queryset.all()))
        return self._qs

    def filter_queryset(self, queryset, *, skip=""):
        if not self.is_bound:
            return queryset
        for name, value in self.form.cleaned_data.items():
            if name == "q" and value:
                queryset = queryset.filter(pk__in=self.text_matches())
            elif name != skip:
                queryset = self.filters[name].filter(queryset, value)
        return queryset

    def text_matches(self) -> list:
        """The keys of the records matching `q`, found once per request.

        The page, its count and every facet all filter on the text; a text match scans every
        document on SQLite, so it runs once and the other queries take its keys.
        """
        if not hasattr(self, "_text_matches"):
            matches = self.filters["q"].filter(self.queryset.order_by(), self.value("q"))
            self._text_matches = list(matches.values_list("pk", flat=True))
        return self._text_matches

    def value(self, name):
        """The cleaned value of a parameter: [] (or "") when absent or the form is invalid."""
        if not self.is_bound or not self.is_valid():
            return self.filters[name].field.to_python(None)
        return self.form.cleaned_data.get(name)

    def sort_key(self) -> str:
        chosen = self.value("sort")
        if chosen:
            return chosen
        ranked = isinstance(self.filters["q"], SearchFilter) and self.value("q")
        return "relevance" if ranked else self.default_sort

    def sort(self, queryset):
        key = self.sort_key()
        if key == "relevance":
            query = self.value("q")
            if not query or not uses_full_text_search(queryset):
                return queryset.order_by(*self.orderings[self.default_sort])
            rank = SearchRank(SearchVectorColumn(), search_query(query))
            return queryset.annotate(rank=rank).order_by(
                "-rank", *self.orderings[self.default_sort]
            )
        return queryset.order_by(*self.orderings[key])

    # -- facet counts ---------------------------------------------------------------------

    def facet_rows(self, queryset):
        """The rows a facet counts, those of `queryset`, and the field identifying what is
        counted; a list whose facets go through another model (partners through their plans)
        overrides this.

        The rows are selected by key in a subquery, and `pk + 0` keeps SQLite from fetching
        them one by one by key: it then reads the facet's column from a narrow index instead
        of from rows where it sits after the large text columns (a blog's country).
        """
        rows = queryset.model.objects.alias(row_key=F("pk") + 0)
        return rows.filter(row_key__in=queryset.values("pk")), "pk"

    def facet_counts(self, names=None) -> list[FacetCounts]:
        """Each facet's values with counts under the other active filters: one query each.

        A selected value nothing matches is still listed (count 0) so it can be unticked.
        """
        invalid = self.is_bound and not self.is_valid()
        results = []
        for facet in self.facets:
            if names is not None and facet.name not in names:
                continue
            selected = [str(v) for v in self.value(facet.name)]
            counts = FacetCounts(facet.name, facet.title)
            if not invalid:
                others = self.filter_queryset(self.queryset, skip=facet.name)
                rows, counted = self.facet_rows(others)
                paths = [facet.value] + ([facet.label] if facet.label else [])
                rows = rows.order_by().values_list(*paths).annotate(n=Count(counted, distinct=True))
                choices = self.choice_labels(facet.name)
                for row in rows:
                    if row[0] is None:  # rows without this relation, e.g. a plan without SDG
                        continue
                    value = str(row[0])
                    label = row[1] if facet.label else choices.get(value, value)
                    if facet.numbered:
                        label = f"{value}. {label}"
                    counts.options.append(FacetOption(value, label, row[-1], value in selected))
            listed = {option.value for option in counts.options}
            counts.options += [FacetOption(v, v, 0, True) for v in selected if v not in listed]
            if facet.by_count:  # the ticked values first, then the most frequent
                counts.options.sort(key=lambda o: (not o.selected, -o.count, o.label.casefold()))
            else:
                counts.options.sort(key=lambda o: sortable(o.value), reverse=facet.descending)
            results.append(counts)
        return results

    def choice_labels(self, name) -> dict[str, str]:
        child = getattr(self.filters[name].field, "child", None)
        return {str(k): str(v) for k, v in getattr(child, "choices", [])}


def sortable(value: str):
    return (0, int(value), "") if value.isdigit() else (1, 0, value)


# -- the four lists ----------------------------------------------------------------------------

# The orders of a dated list with text search; each list adds its own alphabetical one.
DATED_SORTS = [("relevance", "Best match"), ("newest", "Newest first"), ("oldest", "Oldest first")]

PLAN_FACETS = (
    Facet("stage", "Stage", "stage", by_count=False),
    Facet("country", "Country", "countries__code", "countries__name"),
    Facet("region", "Region", "countries__region__slug", "countries__region__name"),
    Facet("sdg", "SDG", "sdgs__number", "sdgs__name", by_count=False, numbered=True),
    Facet("theme", "Theme", "thematic_areas__slug", "thematic_areas__name"),
    Facet("method", "Method", "methods__slug", "methods__name"),
    Facet("data_source", "Data source", "data_sources__slug", "data_sources__name"),
    Facet("year", "Year", "year", by_count=False, descending=True),
)


class PlanFilter(FacetedFilterSet):
    q = SearchFilter("search_document", label="Search", max_length=200)
    country = MultipleValueFilter("countries__code", many=True, child=CountryCodeField())
    region = MultipleValueFilter("countries__region__slug", many=True, child=slug_field())
    sdg = MultipleValueFilter("sdgs__number", many=True, label="SDG", child=sdg_field())
    theme = MultipleValueFilter("thematic_areas__slug", many=True, child=slug_field())
    method = MultipleValueFilter("methods__slug", many=True, child=slug_field())
    data_source = MultipleValueFilter("data_sources__slug", many=True, child=slug_field())
    year = MultipleValueFilter("year", child=year_field())
    stage = MultipleValueFilter("stage", child=forms.ChoiceField(choices=Stage.choices))
    sort = SortFilter(label="Sort by", choices=[*DATED_SORTS, ("title", "Title A–Z")])

    facets = PLAN_FACETS
    orderings = {
        "newest": ("-year", "title", "pk"),
        "oldest": ("year", "title", "pk"),
        "title": ("title", "pk"),
    }
    default_sort = "newest"

    class Meta:
        model = LearningPlan
        fields = []

    @classmethod
    def public_queryset(cls):
        return LearningPlan.objects.published()


class InsightFilter(FacetedFilterSet):
    q = SearchFilter("text", label="Search", max_length=200)
    country = MultipleValueFilter("plan__countries__code", many=True, child=CountryCodeField())
    region = MultipleValueFilter("plan__countries__region__slug", many=True, child=slug_field())
    sdg = MultipleValueFilter("plan__sdgs__number", many=True, label="SDG", child=sdg_field())
    theme = MultipleValueFilter("plan__thematic_areas__slug", many=True, child=slug_field())
    method = MultipleValueFilter("plan__methods__slug", many=True, child=slug_field())
    data_source = MultipleValueFilter("plan__data_sources__slug", many=True, child=slug_field())
    year = MultipleValueFilter("plan__year", child=year_field())
    sort = SortFilter(label="Sort by", choices=[*DATED_SORTS, ("plan", "Plan title A–Z")])

    facets = tuple(facet.via("plan") for facet in PLAN_FACETS if facet.name != "stage")
    orderings = {
        "newest": ("-plan__year", "plan__title", "plan_id", "position", "pk"),
        "oldest": ("plan__year", "plan__title", "plan_id", "position", "pk"),
        "plan": ("plan__title", "plan_id", "position", "pk"),
    }
    default_sort = "newest"

    class Meta:
        model = Insight
        fields = []

    @classmethod
    def public_queryset(cls):
        return Insight.objects.published()


# A partner's country, SDG or theme is that of one of its published plans.
THROUGH_PUBLISHED_PLAN = {"many": True, "within": {"partnerships__plan__is_published": True}}


class PartnerFilter(FacetedFilterSet):
    q = django_filters.CharFilter("name", "icontains", label="Search", max_length=200)
    sector = MultipleValueFilter("sector", child=forms.ChoiceField(choices=Sector.choices))
    country = MultipleValueFilter(
        "partnerships__plan__countries__code", **THROUGH_PUBLISHED_PLAN, child=CountryCodeField()
    )
    region = MultipleValueFilter(
        "partnerships__plan__countries__region__slug", **THROUGH_PUBLISHED_PLAN, child=slug_field()
    )
    sdg = MultipleValueFilter(
        "partnerships__plan__sdgs__number", label="SDG", **THROUGH_PUBLISHED_PLAN, child=sdg_field()
    )
    theme = MultipleValueFilter(
        "partnerships__plan__thematic_areas__slug", **THROUGH_PUBLISHED_PLAN, child=slug_field()
    )
    sort = SortFilter(
        label="Sort by", choices=[("name", "Name A–Z"), ("plans", "Most plans first")]
    )

    # Counted over partnerships (see facet_rows): a partner's places and goals are its plans'.
    facets = (
        Facet("sector", "Sector", "partner__sector"),
        *(f.via("plan") for f in PLAN_FACETS if f.name in ("country", "region", "sdg", "theme")),
    )
    orderings = {"name": (Lower("name"), "pk"), "plans": ("-plan_count", Lower("name"), "pk")}
    default_sort = "name"

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

    def facet_rows(self, queryset):
        rows = (
            Partnership.objects.published()
            .alias(row_key=F("partner_id") + 0)
            .filter(row_key__in=queryset.values("pk"))
        )
        return rows, "partner"


class BlogFilter(FacetedFilterSet):
    q = SearchFilter("search_document", label="Search", max_length=200)
    kind = MultipleValueFilter("kind", child=forms.ChoiceField(choices=BlogKind.choices))
    country = MultipleValueFilter("country__code", child=CountryCodeField())
    region = MultipleValueFilter("country__region__slug", child=slug_field())
    year = MultipleValueFilter("year", child=year_field())
    sort = SortFilter(label="Sort by", choices=[*DATED_SORTS, ("title", "Title A–Z")])

    facets = (
        Facet("kind", "Kind", "kind", by_count=False),
        Facet("country", "Country", "country__code", "country__name"),
        Facet("region", "Region", "country__region__slug", "country__region__name"),
        Facet("year", "Year", "year", by_count=False, descending=True),
    )
    orderings = {
        "newest": (F("published_on").desc(nulls_last=True), "-year", "title", "pk"),
        "oldest": (F("published_on").asc(nulls_last=True), "year", "title", "pk"),
        "title": ("title", "pk"),
    }
    default_sort = "newest"

    class Meta:
        model = Blog
        fields = []

    @classmethod
    def public_queryset(cls):
        return Blog.objects.published()
