"""Text search of a queryset of plans, insights, partners or blogs, on either database.

`matching(queryset, query)` keeps the records that match; `ranked(queryset, query)` adds
`search_rank` (larger is better) to order them by; `first_keys` takes the best of them and
their number. All read the index (records.models.SearchEntry) through the backend of the
queryset's database.
"""

from django.db.models import Count, FloatField, Value, Window

from ..search_index import SearchEntry
from .entries import backend
from .expression import expand
from .query import Query, parse


def as_query(text_or_query) -> Query:
    return text_or_query if isinstance(text_or_query, Query) else parse(text_or_query)


def matching(queryset, text_or_query, every: bool = True):
    """The records of `queryset` that match (with `every` False: that match any of the
    query's word groups); none when the query has no word to find."""
    expression = expand(as_query(text_or_query), every)
    if expression is None:
        return queryset.none()
    kind = SearchEntry.kind_of(queryset.model)
    entries = backend(queryset.db).matching_entries(expression, queryset.db, (kind,))
    return queryset.filter(pk__in=entries.values("record_id"))


def ranked(queryset, text_or_query, every: bool = True):
    """`queryset` with `search_rank`, the relevance of each record to the query (0 for all
    when the query has no word)."""
    query = as_query(text_or_query)
    expression = expand(query, every)
    if expression is None:
        return queryset.annotate(search_rank=Value(0.0, output_field=FloatField()))
    return backend(queryset.db).ranked(queryset, expression, expand(query, every, False))


def ranked_matches(queryset, text_or_query):
    """The records of `queryset` that match, with their `search_rank`: `matching` then
    `ranked`, or on SQLite `ranked` alone, whose join to the rows its bm25 reads keeps the
    records that match (matching them again in a subquery costs more than the ranking)."""
    query = as_query(text_or_query)
    expression = expand(query)
    if expression is None:  # no record, ranked as `ranked` ranks a query without a word
        return ranked(queryset.none(), query)
    engine = backend(queryset.db)
    if not engine.RANKED_MATCH:
        queryset = matching(queryset, query)
    return engine.ranked(queryset, expression, expand(query, True, False))


def matching_entries(text_or_query, using="default"):
    """The index entries that match the query (of any record, public or not)."""
    expression = expand(as_query(text_or_query))
    if expression is None:
        return SearchEntry.objects.none()
    return backend(using).matching_entries(expression, using)


def ranked_entries(text_or_query, visible, every: bool = True, using="default"):
    """The index entries that match the query, with their `search_rank`, among `visible`
    (a Q over SearchEntry: the entries of the records a visitor may see)."""
    query = as_query(text_or_query)
    expression = expand(query, every)
    if expression is None:
        return SearchEntry.objects.none()
    typed = expand(query, every, False)
    return backend(using).ranked_entries(expression, typed, using).filter(visible)


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
