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

from django.contrib.postgres.lookups import Unaccent
from django.contrib.postgres.search import SearchConfig, SearchQuery, SearchRank, SearchVector
from django.db.models import BooleanField, F, Func, Value

from ..search_index import SearchEntry
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


class Matches(Func):
    """Whether an entry's tsvector matches the to_tsquery text `text`, parsed in the entry's own
    configuration: one branch per configuration, so that a GIN index of each serves it (with
    the kind the caller filters on). Written as one expression, not a Q of SearchQuery
    lookups: a list compiles it into several queries, and those nested expressions cost more
    to resolve each time than the query takes to run."""

    output_field = BooleanField()

    def __init__(self, text: str):
        super().__init__(F("config"), F("vector"), Value(text))

    def as_sql(self, compiler, connection, **extra_context):
        (config, _), (vector, _), (text, text_params) = map(
            compiler.compile, self.get_source_expressions()
        )
        tsquery = f"to_tsquery(%s::regconfig, unaccent({text}))"
        branch = f"({config} = %s::regconfig AND {vector} @@ {tsquery})"
        params = [p for name in CONFIGS.values() for p in (name, name, *text_params)]
        return "(" + " OR ".join([branch] * len(CONFIGS)) + ")", params


def matching_entries(query: Query, using="default"):
    """The entries that match `query`."""
    return SearchEntry.objects.using(using).filter(Matches(compile_query(query)))


def ranked(queryset, query: Query):
    """`queryset` with the `search_rank` of each record's entry (larger is better), the query
    parsed in the entry's own configuration."""
    tsquery = SearchQuery(
        Unaccent(Value(compile_query(query))),
        config=F("search_entries__config"),
        search_type="raw",
    )
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
