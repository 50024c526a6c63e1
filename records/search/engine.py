"""Text search of a queryset of plans, insights, partners or blogs, on either database.

`matching(queryset, query)` keeps the records that match; `ranked(queryset, query)` adds
`search_rank` (larger is better) to order them by. Both read the index of
records.search.entries through the backend of the queryset's database.
"""

from django.db.models import FloatField, Value
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
