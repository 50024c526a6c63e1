"""Text search of a queryset of plans, insights, partners or blogs, on either database.

`matching(queryset, query)` keeps the records that match; `ranked(queryset, query)` adds
`search_rank` (larger is better) to order them by; `first_keys` takes the best of them and
their number. All read the index of records.search.entries through the backend of the
queryset's database.
"""

from django.db.models import Count, FloatField, Value, Window
from django.db.models.expressions import RawSQL

from .entries import KIND, KINDS, TABLE, backend
from .query import Query, parse


def as_query(text_or_query) -> Query:
    return text_or_query if isinstance(text_or_query, Query) else parse(text_or_query)


def matching(queryset, text_or_query):
    """The records of `queryset` that match; none when the query has no word to find."""
    query = as_query(text_or_query)
    if not query:
        return queryset.none()
    kind = KIND[queryset.model]
    sql, params = backend(queryset.db).matching_keys_sql(query, kind, KINDS)
    return queryset.filter(pk__in=RawSQL(sql, params))


def ranked(queryset, text_or_query):
    """`queryset` with `search_rank`, the relevance of each record to the query (0 for all
    when the query has no word)."""
    query = as_query(text_or_query)
    if not query:
        return queryset.annotate(search_rank=Value(0.0, output_field=FloatField()))
    meta = queryset.model._meta
    pk_sql = f'"{meta.db_table}"."{meta.pk.column}"'
    rank, rank_params, where, where_params = backend(queryset.db).rank_join(
        query, pk_sql, KIND[queryset.model], KINDS
    )
    # A join Django's ORM cannot express (the index is no model): extra() adds it.
    return queryset.extra(
        select={"search_rank": rank},
        select_params=rank_params,
        tables=[TABLE],
        where=[where],
        params=where_params,
    )


def first_keys(queryset, unsorted, limit: int) -> tuple[list, int]:
    """The primary keys of the first `limit` rows of `queryset` (matched and sorted by rank)
    and the number of its rows. `unsorted` is the same rows without the rank: SQLite counts
    them apart, as its bm25 cannot be read in a query with a window function; PostgreSQL
    counts them in a window over the ranked rows, matching the text once for both."""
    if backend(queryset.db).COUNT_IN_WINDOW:
        rows = queryset.annotate(total=Window(Count("*"))).values_list("pk", "total")[:limit]
        rows = list(rows)
        return [key for key, _ in rows], rows[0][1] if rows else 0
    count = unsorted.count()
    return (list(queryset.values_list("pk", flat=True)[:limit]) if count else []), count
