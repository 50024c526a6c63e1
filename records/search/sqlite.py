"""Search on SQLite: an FTS5 table (migration 0011) of one row per record, keyed by `key`
(records.search.entries), with the columns title, insights and body, ranked by bm25 with the
title and the insights above the body.

The table tokenizes with unicode61 and removes diacritics; it stems nothing, so a word of four
letters or more matches as a prefix of its singular (payments → payment*, which finds payment
and payments; STEM → stem*, which never finds system); shorter words match exactly unless they
are the last one typed.
"""

from ..folding import without_plural_s
from .query import Query, Term

TABLE = "records_search"  # records.search.entries.TABLE

# bm25 cannot be read in a query with a window function (records.search.engine.first_keys).
COUNT_IN_WINDOW = False
# bm25 weights of the columns title, insights, body.
WEIGHTS = (10.0, 5.0, 1.0)
SHORT = 4


def _word(word: str, prefix: bool) -> str:
    if len(word) >= SHORT:
        if len(word) > SHORT:
            word = without_plural_s(word)
        return f'"{word}"*'
    return f'"{word}"*' if prefix else f'"{word}"'


def _term(term: Term) -> str:
    if term.phrase or len(term.words) > 1:
        return '"' + " ".join(term.words) + '"'
    return _word(term.words[0], term.prefix)


def compile_query(query: Query) -> str:
    """The FTS5 MATCH expression of `query` (which must have a term)."""
    groups = []
    for group in query.groups:
        alternatives = [_term(term) for term in group]
        groups.append(alternatives[0] if len(group) == 1 else f"({' OR '.join(alternatives)})")
    expression = " AND ".join(groups)
    for term in query.excluded:
        expression = f"({expression}) NOT {_term(term)}"
    return expression


def matching_keys_sql(query: Query, kind: int, kinds: int) -> tuple[str, list]:
    """SQL selecting the primary keys of records of `kind` that match."""
    sql = f"SELECT rowid / {kinds} FROM {TABLE} WHERE {TABLE} MATCH %s AND rowid %% {kinds} = %s"
    return sql, [compile_query(query), kind]


def rank_join(query: Query, pk_sql: str, kind: int, kinds: int) -> tuple[str, list, str, list]:
    """The rank (larger is better) of each record whose primary key is `pk_sql`, through a
    join with the index: (rank SQL, its params, join condition, its params). One MATCH for all
    rows (a correlated subquery would run one per row, fifty times slower), each matching entry
    finding its record by primary key."""
    weights = ", ".join(map(str, WEIGHTS))
    rank = f"-bm25({TABLE}, {weights})"
    where = (
        f"{TABLE} MATCH %s AND {pk_sql} = {TABLE}.rowid / {kinds} "
        f"AND {TABLE}.rowid %% {kinds} = {kind}"
    )
    return rank, [], where, [compile_query(query)]


def write(cursor, rows) -> None:
    """Replace the entries of `rows`: (key, language, title, insights, body) tuples."""
    rows = list(rows)
    cursor.executemany(f"DELETE FROM {TABLE} WHERE rowid = %s", [(row[0],) for row in rows])
    cursor.executemany(
        f"INSERT INTO {TABLE} (rowid, title, insights, body) VALUES (%s, %s, %s, %s)",
        [(key, title, insights, body) for key, _, title, insights, body in rows],
    )


def delete(cursor, keys) -> None:
    cursor.executemany(f"DELETE FROM {TABLE} WHERE rowid = %s", [(key,) for key in keys])


def clear(cursor) -> None:
    cursor.execute(f"DELETE FROM {TABLE}")
