"""Search on PostgreSQL: each entry (records.models.SearchEntry) holds its record's text search
configuration (the language of its record) and its tsvector: title weighted A, insights B,
body C.

The tsvector is written as a literal of the words records.search.analysis gives (folded and
stemmed, the same words SQLite's index holds), and a query as a tsquery literal compiled from
records.search.expression: nothing typed reaches PostgreSQL's text parser or unaccent, and
both databases match the same words. Each kind and configuration has its own GIN index of the
tsvectors (migration 0003): a phrase or an exclusion, which PostgreSQL rechecks in each
candidate's whole tsvector, is rechecked on one kind's rows only.

A record's rank follows SQLite's bm25 (records.search.sqlite) in PostgreSQL's terms: the sum,
over each word group of the query (a typed word with its stems, or a quoted phrase) as often as
the query holds it, as bm25 sums over each phrase of its MATCH expression, of the group's
ts_rank (its occurrences weighted by column, saturating) times its inverse document frequency
(bm25's, counted once per data version: `_frequencies`), a concept's names counting as often
as the concept (`_groups`). ts_rank of the whole query would instead rank a query of several
words by how near its words stand (nothing for words far apart, 1 for any close pair, the
same for all that hold one), and weigh a common word as a rare one.
"""

import math
import operator
from collections import Counter
from functools import reduce

from django.contrib.postgres.search import (
    SearchConfig,
    SearchQueryField,
    SearchRank,
    SearchVectorField,
)
from django.db import connections
from django.db.models import BooleanField, F, FloatField, Func, Value
from django.db.models.lookups import Exact

from ..enums import SearchKind
from ..search_index import SearchEntry
from .analysis import stemmed
from .expression import TITLE_BOOST, TYPED_BOOST, All, Any, Names, Phrase, Without
from .visibility import per_version

# A count over the ranked rows in a window (records.search.engine.first_keys).
COUNT_IN_WINDOW = True
# ranked() ranks every row, matching or not (records.search.engine.ranked_matches).
RANKED_MATCH = False
CONFIGS = {"en": "english", "fr": "french", "es": "spanish", "other": "simple"}
KINDS = tuple(SearchKind.values)


# tsvector's bounds: positions up to 16383 (later ones count as the last), 256 of a word.
LAST_POSITION = 16383
POSITIONS = 256
# ts_rank's weights of D (unused), C (body), B (insights) and A (title).
WEIGHTS = [0.0, 0.1, 0.5, 1.0]
# ts_rank's normalisation 32, rank / (rank + 1): a word group's part of a record's rank grows
# ever slower with its occurrences, as a term's part of bm25 does.
SATURATED = 32
# Frequencies of word groups kept per data version and process (`_frequencies`), at most.
FREQUENCIES = 10_000


def _lexeme(word: str) -> str:
    return "'" + word.replace("\\", "\\\\").replace("'", "''") + "'"


def compile_query(expression, weight: str = "") -> str:
    """`expression` (records.search.expression) as a tsquery literal; with `weight` (A: the
    title), matching words of that weight only."""
    if isinstance(expression, Phrase):
        lexemes = [
            f"{_lexeme(word)}:{weight}" if weight else _lexeme(word) for word in expression.words
        ]
        if expression.prefix:
            lexemes[-1] = f"{_lexeme(expression.words[-1])}:*{weight}"
        return " <-> ".join(lexemes)
    if isinstance(expression, Without):
        left_out = "".join(f" & !({compile_query(part)})" for part in expression.left_out)
        return f"({compile_query(expression.kept, weight)}){left_out}"
    joiner = " | " if isinstance(expression, Any) else " & "
    assert isinstance(expression, Any | All)
    parts = (f"({compile_query(part, weight)})" for part in expression.parts)
    return "(" + joiner.join(parts) + ")"


class TsQuery(Func):
    """A tsquery literal, read as it is (no parser, no stemming)."""

    template = "%(expressions)s::tsquery"
    output_field = SearchQueryField()


class Matches(Func):
    """Whether an entry matches the tsquery literal `text`: its id among those each GIN index
    (one per kind and configuration, migration 0003) finds, one SELECT per index joined by
    UNION ALL. Written as a subquery, not as an OR of the same conditions: PostgreSQL takes
    the `vector @@` every branch of an OR shares out of it, and then reads every entry's
    tsvector instead of an index. `kinds` limits the indexes read to those kinds'."""

    output_field = BooleanField()

    def __init__(self, text: str, kinds=KINDS):
        self.kinds = tuple(kinds)
        super().__init__(F("id"), Value(text))

    def as_sql(self, compiler, connection, **extra_context):
        (entry_id, _), (text, params) = map(compiler.compile, self.get_source_expressions())
        return f"{entry_id} = ANY(ARRAY({_found(connection, text, self.kinds)}))", params


def _found(connection, text: str, kinds=KINDS) -> str:
    """A SELECT of the ids of the entries (of `kinds`) that match the tsquery literal `text`
    (SQL: a placeholder), through each GIN index of those kinds."""
    table = connection.ops.quote_name(SearchEntry._meta.db_table)
    arms = " UNION ALL ".join(
        f"SELECT id FROM {table} WHERE kind = '{kind}' AND config = '{config}'::regconfig"
        " AND vector @@ (SELECT q FROM q)"
        for kind in kinds
        for config in CONFIGS.values()
    )
    return f"WITH q AS (SELECT {text}::tsquery AS q) {arms}"


def matching_entries(expression, using="default", kinds=KINDS):
    """The entries that match `expression` (of `kinds` only)."""
    return SearchEntry.objects.using(using).filter(Matches(compile_query(expression), kinds))


class Boost(Func):
    """`factor` when the tsvector matches the tsquery literal, else 1."""

    arg_joiner = " @@ "
    template = "(CASE WHEN %(expressions)s::tsquery THEN %(factor)s ELSE 1.0 END)"
    output_field = FloatField()


def _is_group(expression) -> bool:
    """Whether `expression` is a word group: a phrase, or the spellings of one typed word."""
    return isinstance(expression, Phrase) or (
        isinstance(expression, Any) and all(isinstance(part, Phrase) for part in expression.parts)
    )


def _groups(expression, concept=None) -> list[tuple[object, object]]:
    """Each word group of `expression` as often as it holds it, with the expression whose
    matches its inverse document frequency counts: the group itself, or within the names of
    a concept the query names (records.search.expression.Names), all of them. A concept is
    one thing asked for, as telling whichever name a record gives it: its French name is
    rare in an archive mostly written in English, its English words are not."""
    if isinstance(expression, Without):
        return _groups(expression.kept)
    if _is_group(expression):
        return [(expression, concept or expression)]
    if isinstance(expression, Names) and concept is None:
        concept = expression
    return [pair for part in expression.parts for pair in _groups(part, concept)]


def _idf(found: int, total: int) -> float:
    """bm25's inverse document frequency of a group `found` in that many of `total` entries,
    as SQLite's FTS5 computes it (never below a millionth)."""
    return max(math.log((total - found + 0.5) / (found + 0.5)), 1e-6)


def _frequencies(expressions, using) -> tuple[int, list[int]]:
    """The number of entries, and of those that match each of `expressions`: counted once
    per data version and process (a page's searches for every word and for some share them),
    those not yet counted in one query."""
    known = per_version("search-frequencies", dict)
    if len(known) > FREQUENCIES:
        known.clear()
    total, texts = (using, None), [(using, compile_query(e)) for e in expressions]
    missing = [key for key in dict.fromkeys([total, *texts]) if key not in known]
    if missing:
        connection = connections[using]
        table = connection.ops.quote_name(SearchEntry._meta.db_table)
        counts = ", ".join(
            f"(SELECT count(*) FROM ({_found(connection, '%s')}) AS f)"
            if text
            else f"(SELECT count(*) FROM {table})"
            for _, text in missing
        )
        with connection.cursor() as cursor:
            cursor.execute(f"SELECT {counts}", [text for _, text in missing if text])
            known.update(zip(missing, cursor.fetchone(), strict=True))
    return known[total], [known[key] for key in texts]


def _weights(expression, using) -> dict[object, float]:
    """Each word group of `expression` → its weight in the rank: its inverse document
    frequency times the number of times the query holds it."""
    groups = _groups(expression)
    counted = list(dict.fromkeys(counted for _, counted in groups))
    total, found = _frequencies(counted, using)
    idf = {
        counted_as: _idf(number, total) for counted_as, number in zip(counted, found, strict=True)
    }
    weights = Counter()
    for group, counted_as in groups:
        weights[group] += idf[counted_as]
    return weights


def _rank(vector: str, expression, typed, using, boost=None):
    """The sum of each word group's ts_rank (SATURATED) times its weight (`_weights`),
    TITLE_BOOST times when the title matches the whole query, TYPED_BOOST times when the
    vector matches `typed` (the words as typed), unless that is the whole query, and `boost`
    times (an expression) when given."""
    ranks = [
        SearchRank(F(vector), TsQuery(Value(compile_query(group))), WEIGHTS, SATURATED) * weight
        for group, weight in _weights(expression, using).items()
    ]
    rank = reduce(operator.add, ranks)
    in_title = Value(compile_query(expression, "A"))
    rank *= Boost(F(vector), in_title, factor=TITLE_BOOST)
    if typed != expression:
        rank *= Boost(F(vector), Value(compile_query(typed)), factor=TYPED_BOOST)
    return rank * boost if boost is not None else rank


def written_in(language: str):
    """The condition over entries of being written in `language` (en, fr, es)."""
    config = Func(Value(CONFIGS[language]), template="%(expressions)s::regconfig")
    return Exact(F("config"), config)


def ranked_entries(expression, typed, using="default", boost=None):
    """The entries that match, with their `search_rank` (larger is better), `boost` times."""
    return matching_entries(expression, using).annotate(
        search_rank=_rank("vector", expression, typed, using, boost)
    )


def ranked(queryset, expression, typed, boost=None):
    """`queryset` with the `search_rank` of each record's entry (larger is better), `boost`
    times."""
    rank = _rank("search_entries__vector", expression, typed, queryset.db, boost)
    return queryset.annotate(search_rank=rank)


def vector(entry, texts) -> str:
    """The tsvector literal of `entry`'s words (records.search.entries.Entry), its title,
    insights and body cut into words as `texts`."""
    positions: dict[str, list[str]] = {}
    position = 0
    for text, weight in zip(texts, "ABC", strict=True):
        position += 1  # a gap: no phrase runs from one column into the next
        for word in stemmed(text, entry.language):
            position += 1
            held = positions.setdefault(word, [])
            if len(held) < POSITIONS:
                held.append(f"{min(position, LAST_POSITION)}{weight}")
    return " ".join(f"{_lexeme(word)}:{','.join(held)}" for word, held in positions.items())


def write(entries, cuts, using="default") -> None:
    """Create or replace `entries` (records.search.entries.Entry), their texts cut into
    words as `cuts` gives them, in their order."""
    rows = []
    for entry, texts in zip(entries, cuts, strict=True):
        config = CONFIGS[entry.language]
        rows.append(
            SearchEntry(
                kind=entry.kind,
                record_id=entry.record_id,
                config=SearchConfig(config),
                vector=Func(
                    Value(vector(entry, texts)),
                    template="%(expressions)s::tsvector",
                    output_field=SearchVectorField(),
                ),
            )
        )
    SearchEntry.objects.using(using).bulk_create(
        rows,
        update_conflicts=True,
        unique_fields=["record_id", "kind"],
        update_fields=["config", "vector"],
    )


def settle(using="default") -> None:
    """Move the entries written lately into the main structure of each GIN index the
    database role owns. A GIN index keeps what is written in a pending list that every
    search through the index reads whole, until VACUUM (autovacuum) empties it: after an
    import, an index read through it would cost more than reading every tsvector."""
    with connections[using].cursor() as cursor:
        cursor.execute(
            "SELECT gin_clean_pending_list(i.indexrelid) FROM pg_index i"
            " JOIN pg_class c ON c.oid = i.indexrelid JOIN pg_am a ON a.oid = c.relam"
            " WHERE i.indrelid = %s::regclass AND a.amname = 'gin'"
            " AND pg_has_role(c.relowner, 'USAGE')",
            [SearchEntry._meta.db_table],
        )


def delete(kind: str, record_ids, using="default") -> None:
    SearchEntry.objects.using(using).filter(kind=kind, record_id__in=record_ids).delete()


def clear(using="default") -> None:
    SearchEntry.objects.using(using).all().delete()
