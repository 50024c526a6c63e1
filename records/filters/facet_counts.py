"""Facet counts: each facet's values with the number of records having each, under the
other active filters of a FacetedFilterSet (records/filters/facets.py); the facets counted
over the same records in one query."""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import cache

from django.core.exceptions import EmptyResultSet
from django.db import connections
from django.db.models import Count, Expression, F, IntegerField
from django.db.models.constants import LOOKUP_SEP

from ..page_cache import cached_facets
from ..place_names import local_name
from .by_plan import named_model, through_hop


@dataclass
class FacetOption:
    value: str
    label: str
    count: int
    selected: bool


# A list page shows a facet's most frequent values and every ticked one; the rest are on the
# facet's own page ("show all"). A facet of a few more than this shows them all.
TOP_VALUES = 10
SHOWN_WHOLE = 12


@dataclass
class FacetCounts:
    name: str
    title: str
    options: list[FacetOption] = field(default_factory=list)

    @property
    def selected(self) -> list[FacetOption]:
        return [option for option in self.options if option.selected]

    @property
    def shown(self) -> list[FacetOption]:
        """The options a list page shows, in the facet's order: all of them when there are
        at most SHOWN_WHOLE, else the TOP_VALUES most frequent and every selected one."""
        if len(self.options) <= SHOWN_WHOLE:
            return self.options
        by_count = sorted(self.options, key=lambda o: (-o.count, o.label.casefold()))
        top = {id(option) for option in by_count[:TOP_VALUES]}
        return [option for option in self.options if option.selected or id(option) in top]

    @property
    def has_more(self) -> bool:
        """Whether some options are only on the facet's own page."""
        return len(self.options) > SHOWN_WHOLE


class FacetCounting:
    """The counting half of FacetedFilterSet."""

    @classmethod
    def counted_rows(cls, keys):
        """The facet rows of the records whose keys `keys` selects, and the field naming
        their record.

        `key + 0` keeps SQLite from fetching the rows one by one by key: it then reads the
        facet's column from a narrow index instead of from rows where it sits after the large
        text columns (a blog's country).
        """
        rows, key = cls.facet_rows()
        rows = rows.alias(row_key=F(key) + 0).filter(row_key__in=keys)
        return rows, key

    @classmethod
    def rows_to_count(cls, facet, keys):
        """The rows that count `facet` over the records whose keys `keys` selects, the field
        naming their record, and the paths from them to the value and its label.

        A facet of the listed records' own many-to-many field (a plan's themes) counts the
        rows of its through table alone: the query neither joins the records nor groups
        every record row.
        """
        relation, _, rest = facet.path.partition(LOOKUP_SEP)
        rows, key = cls.facet_rows()
        hop = through_hop(rows.model, relation) if key == "pk" and rest else None
        paths = [facet.path] + ([facet.label] if facet.label else [])
        if hop is None:
            return *cls.counted_rows(keys), paths
        through, source, target = hop
        rows = through.objects.filter(**{f"{source}__in": keys})
        return rows, source, [f"{target}{LOOKUP_SEP}{p.partition(LOOKUP_SEP)[2]}" for p in paths]

    def facet_counts(self, names=None) -> list[FacetCounts]:
        """Counts under the other active filters, kept in the cache until the next write."""
        return cached_facets(self, names, self.count_facets)

    def count_facets(self, names=None) -> list[FacetCounts]:
        """Each facet's values with counts under the other active filters.

        A selected value nothing matches is still listed (count 0) so it can be unticked.
        """
        invalid = self.is_bound and not self.is_valid()
        facets = [facet for facet in self.facets if names is None or facet.name in names]
        rows = {} if invalid else self.facet_value_rows(facets)
        return [self.count_facet(facet, rows.get(facet.name, []), invalid) for facet in facets]

    def facet_value_rows(self, facets) -> dict[str, list[tuple]]:
        """The (value, label, count) rows of each of `facets` under the other active
        filters. The facets not filtered on are counted over the same records, as one group;
        each filtered one, as a group of its own, over the records of the other filters."""
        idle = [facet for facet in facets if not self.value(facet.name)]
        groups = [[facet] for facet in facets if self.value(facet.name)]
        groups += [idle] if idle else []
        querysets = [
            self.filter_queryset(self.queryset, skip=(group[0].name, "sort")) for group in groups
        ]
        counts = self.count_groups(groups, querysets)
        return {
            facet.name: rows
            for group, group_counts in zip(groups, counts, strict=True)
            for facet, rows in zip(group, group_counts, strict=True)
        }

    def count_groups(self, groups, querysets) -> list[list[list[tuple]]]:
        """The (value, label, count) rows of each facet of each of `groups` over the records
        of the group's queryset in `querysets`, in one query: each group's keys are selected
        once, in a WITH clause of their own that the SQL of its facets' counts (count_sql)
        reads."""
        counts = [[[] for _ in group] for group in groups]
        clauses, parts = [], []
        for number, (group, queryset) in enumerate(zip(groups, querysets, strict=True)):
            try:
                keys = queryset.order_by().values("pk")
                keys_sql, keys_params = keys.query.get_compiler(queryset.db).as_sql()
            except EmptyResultSet:  # a filter Django knows matches nothing
                continue
            name = f"{KEYS}_{number}"
            clauses.append((f"{name} (record_key) AS ({keys_sql})", keys_params))
            for index, facet in enumerate(group):
                parts.append(((number, index), count_sql(type(self), facet, queryset.db, name)))
        if not parts:
            return counts
        sql = f"WITH {', '.join(clause for clause, _ in clauses)} " + " UNION ALL ".join(
            f"SELECT {number}, {index}, counted.* FROM ({part_sql}) counted"
            for (number, index), (part_sql, _) in parts
        )
        params = [param for _, some in clauses for param in some]
        params += [param for _, (_, some) in parts for param in some]
        with connections[self.queryset.db].cursor() as cursor:
            cursor.execute(sql, params)
            for number, index, *row in cursor.fetchall():
                counts[number][index].append(row)
        return counts

    def count_facet(self, facet, rows, invalid: bool) -> FacetCounts:
        selected = [str(v) for v in self.value(facet.name)]
        counts = FacetCounts(facet.name, facet.title)
        choices = self.choice_labels(facet.name)
        model_name = label_model(self.facet_rows()[0].model, facet)
        for row in rows:
            if row[0] is None:  # rows without this relation, e.g. a plan without SDG
                continue
            value = str(row[0])
            label = (
                local_name(model_name, value, row[1]) if facet.label else choices.get(value, value)
            )
            if facet.numbered:
                label = f"{value}. {label}"
            counts.options.append(FacetOption(value, label, row[-1], value in selected))
        listed = {option.value for option in counts.options}
        unmatched = [v for v in selected if v not in listed]
        names = self.value_labels(facet, unmatched) if unmatched and not invalid else {}
        counts.options += [FacetOption(v, names.get(v, v), 0, True) for v in unmatched]
        if facet.by_count:  # the ticked values first, then the most frequent
            counts.options.sort(key=lambda o: (not o.selected, -o.count, o.label.casefold()))
        else:
            counts.options.sort(key=lambda o: sortable(o.value), reverse=facet.descending)
        return counts

    def value_labels(self, facet, values: list[str]) -> dict[str, str]:
        """The display names of selected values nothing matches (one query; none for a
        facet named by its field's choices), so a chip reads "Theme: Gender equality" even
        at zero results. A value that names nothing keeps its own spelling."""
        if not facet.label:
            choices = self.choice_labels(facet.name)
            names = {v: choices.get(v, v) for v in values}
        else:
            relation, _, value_field = facet.path.rpartition(LOOKUP_SEP)
            label_field = facet.label.rpartition(LOOKUP_SEP)[2]
            model = self.facet_rows()[0].model
            for name in relation.split(LOOKUP_SEP) if relation else ():
                model = model._meta.get_field(name).related_model
            rows = model._default_manager.filter(**{f"{value_field}__in": values})
            names = {
                str(v): local_name(model._meta.model_name, str(v), label)
                for v, label in rows.values_list(value_field, label_field)
            }
        if facet.numbered:
            return {v: f"{v}. {label}" for v, label in names.items()}
        return names

    def choice_labels(self, name) -> dict[str, str]:
        child = getattr(self.filters[name].field, "child", None)
        return {str(k): str(v) for k, v in getattr(child, "choices", [])}


def label_model(model, facet) -> str:
    """The name of the model whose records name `facet`'s values, from the rows of `model` a
    list counts ("" when choices name them)."""
    if not facet.label:
        return ""
    return named_model(model, facet.label.rpartition(LOOKUP_SEP)[0])._meta.model_name


# The WITH clauses holding the keys of the records facets are counted over (count_groups)
# are named after this.
KEYS = "facet_keys"


class KeysOf(Expression):
    """The keys a WITH clause of the counting query holds, as a subquery for `pk__in`: the ORM
    writes no WITH clause, so count_groups opens the query with them and the facets' rows,
    built by the ORM, read them by name."""

    output_field = IntegerField()

    def __init__(self, clause: str):
        super().__init__()
        self.clause = clause

    def as_sql(self, compiler, connection):
        return f"SELECT record_key FROM {connection.ops.quote_name(self.clause)}", ()


@cache
def count_sql(filterset_class, facet, db: str, keys: str) -> tuple[str, tuple]:
    """The SQL and parameters of the (value, label, count) rows of `facet` of a list, over
    the records whose keys the WITH clause `keys` holds: made once per list, facet and
    clause name, as neither the filters nor the data change it. Values are read as text, as
    they are shown and compared (and as a UNION of facets of several types needs on
    PostgreSQL).

    A facet named by a related model (a theme, a country) is grouped by that model's key, and
    its value and name are joined to the few groups after, rather than every row grouped by
    the two texts."""
    rows, counted, paths = filterset_class.rows_to_count(facet, KeysOf(keys))
    rows = rows.order_by()
    quote = connections[db].ops.quote_name
    if not facet.label:
        grouped = rows.values(facet_value=F(paths[0])).annotate(n=Count(counted, distinct=True))
        grouped_sql, params = grouped.query.get_compiler(db).as_sql()
        value = f"CAST(grouped.{quote('facet_value')} AS TEXT)"
        return f"SELECT {value}, NULL, grouped.n FROM ({grouped_sql}) grouped", params
    relation = paths[0].rpartition(LOOKUP_SEP)[0]
    model = named_model(rows.model, relation)
    grouped = rows.values(key=F(relation)).annotate(n=Count(counted, distinct=True))
    grouped_sql, params = grouped.query.get_compiler(db).as_sql()
    value, label = (model._meta.get_field(p.rpartition(LOOKUP_SEP)[2]).column for p in paths)
    sql = (
        f"SELECT CAST(named.{quote(value)} AS TEXT), named.{quote(label)}, grouped.n"
        f" FROM ({grouped_sql}) grouped INNER JOIN {quote(model._meta.db_table)} named"
        f" ON named.{quote(model._meta.pk.column)} = grouped.{quote('key')}"
    )
    return sql, params


def sortable(value: str):
    return (0, int(value), "") if value.isdigit() else (1, 0, value)
