"""Search on PostgreSQL: each entry (records.models.SearchEntry) holds its record's text search
configuration (the stemming of its language) and its tsvector: title weighted A, insights B,
body C, each unaccented.

A query is compiled to to_tsquery syntax and parsed in the configuration of each entry it is
matched against, so an English, a French and a Spanish record are each searched with their own
stemming, and a query finds records in any of the languages. Each kind and configuration has
its own GIN index of the tsvectors (migration 0003): a phrase or an exclusion, which PostgreSQL
rechecks in each candidate's whole tsvector, is rechecked on one kind's rows only.
"""

from functools import reduce
from operator import or_

from django.contrib.postgres.lookups import Unaccent
from django.contrib.postgres.search import SearchConfig, SearchQuery, SearchRank, SearchVector
from django.db.models import F, Q, Value

from ..models import SearchEntry
from .query import Query, Term

# A count over the ranked rows in a window (records.search.engine.first_keys).
COUNT_IN_WINDOW = True
CONFIGS = {"en": "english", "fr": "french", "es": "spanish", "other": "simple"}


def _term(term: Term) -> str:
    quoted = [f"'{word}'" for word in term.words]
    if term.prefix:
        quoted[-1] += ":*"
    return " <-> ".join(quoted) if len(quoted) > 1 else quoted[0]


def compile_query(query: Query) -> str:
    """`query` in to_tsquery syntax (words hold letters and digits only: nothing to escape)."""
    groups = ["(" + " | ".join(_term(term) for term in group) + ")" for group in query.groups]
    groups += [f"!({_term(term)})" for term in query.excluded]
    return " & ".join(groups)


def _tsquery(query: Query, config) -> SearchQuery:
    return SearchQuery(Unaccent(Value(compile_query(query))), config=config, search_type="raw")


def matching_entries(query: Query, using="default"):
    """The entries that match `query`: one condition per configuration, so that a GIN index of
    each serves it (with the kind the caller filters on)."""
    return SearchEntry.objects.using(using).filter(
        reduce(
            or_,
            (
                Q(config=SearchConfig(config), vector=_tsquery(query, config))
                for config in CONFIGS.values()
            ),
        )
    )


def ranked(queryset, query: Query):
    """`queryset` with the `search_rank` of each record's entry (larger is better), the query
    parsed in the entry's own configuration."""
    tsquery = _tsquery(query, F("search_entries__config"))
    return queryset.annotate(search_rank=SearchRank(F("search_entries__vector"), tsquery))


def _vector(entry, config: str) -> SearchVector:
    weighted = [
        SearchVector(Unaccent(Value(text)), config=config, weight=weight)
        for text, weight in ((entry.title, "A"), (entry.insights, "B"), (entry.body, "C"))
    ]
    return reduce(lambda left, right: left + right, weighted)


def write(entries, using="default") -> None:
    """Create or replace `entries` (records.search.entries.Entry)."""
    rows = []
    for entry in entries:
        config = CONFIGS[entry.language]
        rows.append(
            SearchEntry(
                kind=entry.kind,
                record_id=entry.record_id,
                config=SearchConfig(config),
                vector=_vector(entry, config),
            )
        )
    SearchEntry.objects.using(using).bulk_create(
        rows,
        update_conflicts=True,
        unique_fields=["record_id", "kind"],
        update_fields=["config", "vector"],
    )


def delete(kind: str, record_ids, using="default") -> None:
    SearchEntry.objects.using(using).filter(kind=kind, record_id__in=record_ids).delete()


def clear(using="default") -> None:
    SearchEntry.objects.using(using).all().delete()
