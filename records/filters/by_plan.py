"""Facet counts of records that hang off one plan each (insights), or of plans themselves, in
SQL around the ORM's queries, where the ORM's own GROUP BY is slow.

A record's facet values are those of its plan (and, for a learning-cycle facet, of the
published plan its plan closes), so a value's count is the sum, over the plans having it, of
each plan's records: the records are grouped by plan once, and the values are read per plan
rather than per record, joining and sorting a few thousand (plan, value) rows instead of every
(record, value) row.
"""

from __future__ import annotations

from functools import cache, partial

from django.core.exceptions import EmptyResultSet
from django.db import connections
from django.db.models import Count, F, Value
from django.db.models.constants import LOOKUP_SEP


def counts_by_plan(groups, relation: str = "") -> list[list[list[tuple]]]:
    """For each (facets, rows) of `groups`, and each of its `facets`, whose paths start at
    the plan, the (value, label, count) of each of the facet's values among the `rows`, whose
    field `relation` names their plan ("" when the rows are the plans themselves): the rows
    counted once per value, however many paths reach it; the label is the value itself where
    the facet has none. One query for every group, whose facets share the plans' weights (how
    many of the rows each plan has), read once rather than once a facet.

    Each counted plan's keys of the value (a tag's id, not its slug and name) are read from
    the relation's own table, driven by the plans' weights; a key its `closed_plan_path`
    reaches is added only where the plan's own path does not reach it too (few plans close
    another), so no (plan, value) row of every plan is sorted to drop duplicates. The keys'
    sums are named after, as in facet_counts.count_sql, rather than the (plan, slug, name)
    rows of both paths grouped.
    """
    counts = [[[] for _ in facets] for facets, _ in groups]
    ctes, parts, params = [], [], []
    for number, (facets, rows) in enumerate(groups):
        try:
            sql, group_params = group_sql(number, facets, rows, relation)
        except EmptyResultSet:  # a filter Django knows matches nothing
            continue
        ctes.append(sql[0])
        parts += sql[1]
        params += group_params
    if not parts:
        return counts
    with connections[groups[0][1].db].cursor() as cursor:
        cursor.execute(f"WITH {', '.join(ctes)} {' UNION ALL '.join(parts)}", params)
        for number, index, *row in cursor.fetchall():
            # PostgreSQL sums counts as numeric.
            counts[number][index].append((*row[:-1], int(row[-1])))
    return counts


def group_sql(number: int, facets, rows, relation: str):
    """((the WITH clauses of group `number`, [the SQL of each facet's counts]), params) for
    counts_by_plan; raises EmptyResultSet when a queryset is known to match nothing."""
    if relation:
        plans = rows.model._meta.get_field(relation).related_model
        weights = rows.order_by().values(plan_key=F(f"{relation}_id")).annotate(n=Count("pk"))
    else:  # each plan counts once: no grouping
        plans = rows.model
        weights = rows.order_by().values(plan_key=F("pk")).annotate(n=Value(1))
    closing = closing_sql(plans, tuple(facets), relation, rows.db)
    compiled = [weights.query.get_compiler(rows.db).as_sql()] + ([closing] if closing else [])
    blocks = []
    for facet in facets:
        block_compiled, block_sql = value_keys_sql(plans, facet, relation, rows.db)
        compiled += block_compiled
        blocks.append((len(block_compiled), block_sql))
    connection = connections[rows.db]
    quote = connection.ops.quote_name
    sqls = [sql for sql, _ in compiled]
    names = (f"weights_{number}", f"closed_{number}")
    ctes = f"{names[0]} AS ({sqls.pop(0)})"
    if closing is not None:
        key, closed_key = quote("plan_key"), quote("closed_key")
        ctes += (
            f", {names[1]} AS (SELECT weights.{key}, closing.{closed_key}, weights.n"
            f" FROM {names[0]} weights INNER JOIN ({sqls.pop(0)}) closing"
            f" ON closing.{key} = weights.{key})"
        )
    parts = []
    for index, (used, block_sql) in enumerate(blocks):
        parts.append(block_sql(quote, (number, index), names, *sqls[:used]))
        sqls = sqls[used:]
    return (ctes, parts), [param for _, some in compiled for param in some]


# The rows of closing_plans and plan_value_keys depend on the list and the facet alone, not on
# the filters: their SQL is compiled once per list, facet and database.


@cache
def closing_sql(plans, facets: tuple, relation: str, db: str) -> tuple | None:
    """The (SQL, params) of closing_plans, or None."""
    closing = closing_plans(plans, facets, relation)
    return None if closing is None else closing.query.get_compiler(db).as_sql()


@cache
def value_keys_sql(plans, facet, relation: str, db: str) -> tuple:
    """The (SQL, params) of each queryset of plan_value_keys, and its function making the
    facet's SQL."""
    querysets, block_sql = plan_value_keys(plans, facet, relation)
    return tuple(queryset.query.get_compiler(db).as_sql() for queryset in querysets), block_sql


def closing_plans(plans, facets, relation: str):
    """The (plan_key, closed_key) rows of the plans that name a published plan by the field
    the `closed_plan_path`s of `facets` cross (a closing report, the plan it closes): read
    once for all of them, from that field's index. None when no facet has a
    `closed_plan_path`. A hidden plan lends its values to no record."""
    prefix = f"{relation}{LOOKUP_SEP}" if relation else ""
    (hop,) = {
        facet.closed_plan_path[0].removeprefix(prefix).removesuffix(facet.path.removeprefix(prefix))
        for facet in facets
        if facet.closed_plan_path
    } or {None}
    if hop is None:
        return None
    hop = hop.removesuffix(LOOKUP_SEP)
    closing = plans.objects.order_by().filter(**{f"{hop}__is_published": True})
    return closing.values(plan_key=F("pk"), closed_key=F(hop))


def plan_value_keys(plans, facet, relation: str):
    """The querysets of the (plan_key, value_key) rows that count `facet` (its path from
    `relation`, and its `closed_plan_path`), and the function of summed_by_key making its SQL."""
    labelled = bool(facet.label)

    def key_path(path: str) -> str:
        # A value named by a related model (a theme) is read as that model's key.
        path = path.removeprefix(f"{relation}{LOOKUP_SEP}") if relation else path
        return path.rpartition(LOOKUP_SEP)[0] if labelled else path

    def keys(path: str):
        """(plan_key, value_key) rows: of a many-to-many field's own table where the path
        starts with one (no plan row read), else of the plans."""
        first, _, rest = path.partition(LOOKUP_SEP)
        hop = through_hop(plans, first)
        if hop is None:
            return plans.objects.order_by().values(plan_key=F("pk"), value_key=F(path))
        through, source, target = hop
        target = f"{target}{LOOKUP_SEP}{rest}" if rest else target
        return through.objects.order_by().values(plan_key=F(source), value_key=F(target))

    own_path = key_path(facet.path)
    own = keys(own_path)
    # The other end's keys are its own (closing_plans names it): the same rows.
    querysets = [own] + ([own, own] if facet.closed_plan_path else [])
    # Past a many-valued relation (a plan's countries' region) a plan may reach a value twice.
    distinct = "" if reaches_once(plans, own_path) else "DISTINCT"
    named = named_model(plans, own_path) if labelled else None
    paths = [facet.path, facet.label]
    return querysets, partial(summed_by_key, named=named, paths=paths, distinct=distinct)


def summed_by_key(
    quote, index, names, own_sql, cycle_sql=None, own_again_sql=None, *, named, paths, distinct
):
    """The SQL of one facet of counts_by_plan around its querysets' SQL: the weights of the
    plans having each key, summed by key; named by `named`'s value and label columns, if any;
    each row starting with the facet's `index` (its group's number, its own); `names` are
    those of the group's WITH clauses of weights and of closed plans."""
    plan_key, value_key = quote("plan_key"), quote("value_key")
    index = ", ".join(map(str, index))
    counted = (
        f"SELECT {distinct} own.{plan_key}, own.{value_key} AS {value_key}, weights.n AS n"
        f" FROM {names[0]} weights"
        f" INNER JOIN ({own_sql}) own ON own.{plan_key} = weights.{plan_key}"
    )
    if cycle_sql:
        closed_key = quote("closed_key")
        counted += (
            f" UNION ALL SELECT {distinct} closed.{plan_key}, cycle.{value_key}, closed.n"
            f" FROM {names[1]} closed"
            f" INNER JOIN ({cycle_sql}) cycle ON cycle.{plan_key} = closed.{closed_key}"
            f" WHERE cycle.{value_key} IS NOT NULL AND NOT EXISTS (SELECT 1 FROM"
            f" ({own_again_sql}) again WHERE again.{plan_key} = closed.{plan_key}"
            f" AND again.{value_key} = cycle.{value_key})"
        )
    grouped = (
        f"SELECT counted.{value_key} AS {value_key}, SUM(counted.n) AS n"
        f" FROM ({counted}) counted GROUP BY counted.{value_key}"
    )
    # The facets' values are of several types (a year, a slug): read as text, as they are
    # shown and compared.
    if named is None:
        value = f"CAST(grouped.{value_key} AS TEXT)"
        return f"SELECT {index}, {value}, {value}, grouped.n FROM ({grouped}) grouped"
    value, label = (named._meta.get_field(p.rpartition(LOOKUP_SEP)[2]).column for p in paths)
    return (
        f"SELECT {index}, CAST(named.{quote(value)} AS TEXT), named.{quote(label)}, grouped.n"
        f" FROM ({grouped}) grouped INNER JOIN {quote(named._meta.db_table)} named"
        f" ON named.{quote(named._meta.pk.column)} = grouped.{value_key}"
    )


def reaches_once(model, path: str) -> bool:
    """Whether `path` from `model` reaches each of a record's values once: not when it goes on
    past a many-valued relation (a plan's countries' region: two countries, one region)."""
    many = False
    for name in path.split(LOOKUP_SEP):
        field = model._meta.get_field(name)
        if many and field.is_relation:
            return False
        many = many or field.many_to_many or field.one_to_many
        model = field.related_model
    return True


@cache
def through_hop(model, name: str) -> tuple | None:
    """For a many-to-many field `name` of `model`: (its through model, the through's field
    naming the `model` row, the one naming the related row); None for another field."""
    relation = model._meta.get_field(name)
    if not relation.many_to_many:
        return None
    through = relation.remote_field.through
    fields = {f.related_model: f.name for f in through._meta.fields if f.is_relation}
    return through, fields[model], fields[relation.related_model]


def named_model(model, relation: str):
    """The model at the end of `relation` from `model` (a plan's "countries__region")."""
    for name in relation.split(LOOKUP_SEP):
        model = model._meta.get_field(name).related_model
    return model


def fetch(db: str, sql, *querysets) -> list[tuple]:
    """The rows of the query `sql(quote_name, *compiled querysets)` builds around the
    `querysets`; none, without a query, when one is known to match nothing."""
    try:
        compiled = [queryset.query.sql_with_params() for queryset in querysets]
    except EmptyResultSet:  # a filter Django knows matches nothing
        return []
    connection = connections[db]
    params = [param for _, some in compiled for param in some]
    with connection.cursor() as cursor:
        cursor.execute(sql(connection.ops.quote_name, *(s for s, _ in compiled)), params)
        return cursor.fetchall()
