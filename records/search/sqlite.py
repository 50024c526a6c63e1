"""Search on SQLite: each entry's words (records.models.SearchText) in an FTS5 table whose
rowid is the entry's id, with the columns title, insights and body, ranked by bm25 with the
title and the insights above the body.

The table holds the words as records.search.analysis writes them (folded and stemmed), and a
query is compiled from records.search.expression: each word quoted, so that nothing typed is
read as FTS5's syntax.

FTS5 matches and ranks a whole row, naming its table by the hidden column of the table's own
name: the `match` lookup and `Bm25` read the table's alias in the query off a column of
SearchText (its title).
"""

from django.db import connections
from django.db.models import (
    BooleanField,
    Case,
    F,
    FloatField,
    Func,
    Lookup,
    Q,
    Subquery,
    Value,
    When,
)
from django.db.models.functions import Cast

from ..search_index import SearchEntry, SearchText
from .analysis import stemmed
from .expression import RECORD_LANGUAGE, TITLE_BOOST, TYPED_BOOST, All, Any, Phrase, Without
from .inserts import insert

# bm25 cannot be read in a query with a window function (records.search.engine.first_keys).
COUNT_IN_WINDOW = False
# ranked() joins the rows that match, and those alone (records.search.engine.ranked_matches).
RANKED_MATCH = True
# bm25 weights of the columns title, insights, body.
WEIGHTS = (10.0, 5.0, 1.0)


def compile_query(expression) -> str:
    """The FTS5 MATCH expression of `expression` (records.search.expression)."""
    if isinstance(expression, Phrase):
        quoted = '"' + " ".join(w.replace('"', '""') for w in expression.words) + '"'
        return quoted + "*" if expression.prefix else quoted
    if isinstance(expression, Without):
        compiled = compile_query(expression.kept)
        for part in expression.left_out:
            compiled = f"({compiled}) NOT {compile_query(part)}"
        return compiled
    joiner = " OR " if isinstance(expression, Any) else " AND "
    assert isinstance(expression, Any | All)
    return "(" + joiner.join(map(compile_query, expression.parts)) + ")"


def _table(compiler, column) -> str:
    """The FTS5 table of `column` (a resolved column of SearchText) as its hidden column."""
    alias = compiler.quote_name_unless_alias(column.alias)
    return f"{alias}.{compiler.connection.ops.quote_name(SearchText._meta.db_table)}"


class Match(Lookup):
    """`<column of SearchText>__match=<MATCH expression>`: whether the entry's FTS5 row
    matches. A lookup, not an expression, so that the join to the FTS5 table is an inner one:
    SQLite evaluates MATCH only on a table it reads first."""

    lookup_name = "match"

    def as_sql(self, compiler, connection):
        rhs, params = self.process_rhs(compiler, connection)
        return f"{_table(compiler, self.lhs)} MATCH {rhs}", params


# The row's words, of which the title is one column: queries name the row by it.
WORDS = "text__title"
SearchText._meta.get_field("title").register_lookup(Match)


class Bm25(Func):
    """The bm25 score of the FTS5 row of `column` (smaller is better), weighted by WEIGHTS.
    It must be read in the query that matches the table."""

    output_field = FloatField()

    def as_sql(self, compiler, connection, **extra_context):
        (column,) = self.get_source_expressions()
        weights = ", ".join(map(str, WEIGHTS))
        return f"bm25({_table(compiler, column)}, {weights})", []


def matching_entries(expression, using="default", kinds=None):
    """The entries whose words match `expression` (of `kinds` only, when given)."""
    entries = SearchEntry.objects.using(using).filter(
        **{f"{WORDS}__match": compile_query(expression)}
    )
    return entries.filter(kind__in=kinds) if kinds else entries


def _boost(entry: str, match: str, factor: float):
    """`factor` when the FTS5 row of the entry `entry` matches `match`, else 1: the entries
    that match are found by one MATCH, whose list SQLite keeps for the query (a MATCH per
    row would cost some 300 times more)."""
    found = SearchText.objects.filter(title__match=match).values("entry")
    boost = Case(When(In(F(entry), Subquery(found)), then=Value(factor)), default=1.0)
    return Cast(boost, FloatField())


def _rank(words: str, entry: str, expression, typed, boost=None):
    """-bm25 of the row of `words`, TITLE_BOOST times when the title of the entry `entry`
    matches the whole query, TYPED_BOOST times when its row matches `typed` (the words as
    typed), unless that is the whole query, and `boost` times (an expression) when given."""
    compiled = compile_query(expression)
    rank = -Bm25(F(words)) * _boost(entry, f"{{title}} : ({compiled})", TITLE_BOOST)
    if typed != expression:
        rank *= _boost(entry, compile_query(typed), TYPED_BOOST)
    return rank * boost if boost is not None else rank


def written_in(language: str) -> Q:
    """The condition over entries of being written in `language` (en, fr, es): their records'
    language, read by kind (an entry here holds none)."""
    found = Q(pk__in=[])
    for kind, field in RECORD_LANGUAGE.items():
        records = SearchEntry._meta.get_field(kind).related_model.objects.filter(
            **{field: language}
        )
        found |= Q(kind=kind, record_id__in=records.values("pk"))
    return found


class In(Func):
    """`expression IN (subquery)`, written as an expression: a lookup across the entries'
    relation in a When would make its joins outer ones, where FTS5 cannot MATCH."""

    arg_joiner = " IN "
    template = "(%(expressions)s)"
    output_field = BooleanField()


def ranked_entries(expression, typed, using="default", boost=None):
    """The entries that match, with their `search_rank` (larger is better), `boost` times."""
    return matching_entries(expression, using).annotate(
        search_rank=_rank(WORDS, "pk", expression, typed, boost)
    )


def ranked(queryset, expression, typed, boost=None):
    """`queryset` joined to the entries that match, with their `search_rank` (larger is
    better), `boost` times. One MATCH for all rows, each matching entry finding its record by
    primary key (a MATCH per record would cost fifty times more)."""
    words = f"search_entries__{WORDS}"
    return queryset.filter(**{f"{words}__match": compile_query(expression)}).annotate(
        search_rank=_rank(words, "search_entries", expression, typed, boost)
    )


def write(entries, cuts, using="default") -> None:
    """Replace the words of `entries` (records.search.entries.Entry), their texts cut into
    words as `cuts` gives them, in their order; create the entries that are new."""
    entries = list(entries)
    ids = _entry_ids(entries, using)
    SearchText.objects.using(using).filter(entry__in=ids.values()).delete()
    rows = [
        (
            ids[entry.kind, entry.record_id],
            *(" ".join(stemmed(text, entry.language)) for text in texts),
        )
        for entry, texts in zip(entries, cuts, strict=True)
    ]
    with connections[using].cursor() as cursor:
        insert(cursor, SearchText._meta.db_table, ("rowid", "title", "insights", "body"), rows)


def _entry_ids(entries, using) -> dict[tuple[str, int], int]:
    """The id of the entry of each of `entries`, by kind and record id."""
    entry_rows = SearchEntry.objects.using(using)
    entry_rows.bulk_create(
        [SearchEntry(kind=entry.kind, record_id=entry.record_id) for entry in entries],
        ignore_conflicts=True,
    )
    records: dict[str, list[int]] = {}
    for entry in entries:
        records.setdefault(entry.kind, []).append(entry.record_id)
    return {
        (kind, record_id): pk
        for kind, record_ids in records.items()
        for pk, record_id in entry_rows.filter(kind=kind, record_id__in=record_ids).values_list(
            "pk", "record_id"
        )
    }


def settle(using="default") -> None:
    """Nothing to do: FTS5 merges what is written as it goes."""


def delete(kind: str, record_ids, using="default") -> None:
    entries = SearchEntry.objects.using(using).filter(kind=kind, record_id__in=record_ids)
    ids = list(entries.values_list("pk", flat=True))
    SearchText.objects.using(using).filter(entry__in=ids).delete()
    SearchEntry.objects.using(using).filter(pk__in=ids).delete()


def clear(using="default") -> None:
    SearchText.objects.using(using).all().delete()
    SearchEntry.objects.using(using).all().delete()
