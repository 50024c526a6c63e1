"""Text search of a queryset of plans, insights, partners or blogs, on either database.

`matching(queryset, query)` keeps the records that match; `ranked(queryset, query)` adds
`search_rank` (larger is better) to order them by; `first_keys` takes the best of them and
their number. All read the index (records.models.SearchEntry) through the backend of the
queryset's database.
"""

from django.db.models import Case, Count, FloatField, Q, Value, When, Window

from ..search_index import SearchEntry
from .entries import backend
from .expression import LANGUAGE_BOOST, RECORD_LANGUAGE, expand
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


def _language_boost(condition):
    """LANGUAGE_BOOST for the rows `condition` (a Q or a lookup) holds for, 1 for the others."""
    written = When(condition, then=Value(LANGUAGE_BOOST))
    return Case(written, default=Value(1.0), output_field=FloatField())


def _records_boost(model, language: str | None):
    """`_language_boost` for the records of `model` written in `language`; None without a
    language, or for a kind of record written in none."""
    field = RECORD_LANGUAGE.get(SearchEntry.kind_of(model))
    return _language_boost(Q(**{field: language})) if language and field else None


def ranked(queryset, text_or_query, every: bool = True, language: str | None = None):
    """`queryset` with `search_rank`, the relevance of each record to the query (0 for all
    when the query has no word), LANGUAGE_BOOST times for a record written in `language`."""
    query = as_query(text_or_query)
    expression = expand(query, every)
    if expression is None:
        return queryset.annotate(search_rank=Value(0.0, output_field=FloatField()))
    boost = _records_boost(queryset.model, language)
    return backend(queryset.db).ranked(queryset, expression, expand(query, every, False), boost)


def ranked_matches(queryset, text_or_query, language: str | None = None):
    """The records of `queryset` that match, with their `search_rank` (`ranked`): `matching`
    then `ranked`, or on SQLite `ranked` alone, whose join to the rows its bm25 reads keeps the
    records that match (matching them again in a subquery costs more than the ranking)."""
    query = as_query(text_or_query)
    expression = expand(query)
    if expression is None:  # no record, ranked as `ranked` ranks a query without a word
        return ranked(queryset.none(), query)
    engine = backend(queryset.db)
    if not engine.RANKED_MATCH:
        queryset = matching(queryset, query)
    boost = _records_boost(queryset.model, language)
    return engine.ranked(queryset, expression, expand(query, True, False), boost)


def matching_entries(text_or_query, using="default"):
    """The index entries that match the query (of any record, public or not)."""
    expression = expand(as_query(text_or_query))
    if expression is None:
        return SearchEntry.objects.none()
    return backend(using).matching_entries(expression, using)


def ranked_entries(text_or_query, visible, every: bool = True, using="default", language=None):
    """The index entries that match the query, with their `search_rank` (LANGUAGE_BOOST times
    for those of records written in `language`), among `visible` (a Q over SearchEntry: the
    entries of the records a visitor may see)."""
    query = as_query(text_or_query)
    expression = expand(query, every)
    if expression is None:
        return SearchEntry.objects.none()
    engine = backend(using)
    boost = _language_boost(engine.written_in(language)) if language else None
    typed = expand(query, every, False)
    return engine.ranked_entries(expression, typed, using, boost).filter(visible)


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
