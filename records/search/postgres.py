"""Search on PostgreSQL: a table (migration 0011) of one row per record, keyed by `key`
(records.search.entries), holding the record's text search configuration (the stemming of its
language) and its tsvector: title weighted A, insights B, body C, each unaccented.

A query is compiled to to_tsquery syntax and parsed in the configuration of each row it is
matched against, so an English, a French and a Spanish record are each searched with their own
stemming, and a query finds records in any of the languages. Each configuration has its own
GIN index on the entry's kind and tsvector (migration 0015): a phrase or an exclusion, which
PostgreSQL rechecks in each candidate's whole tsvector, is rechecked on one kind's rows only.
"""

from .query import Query, Term

TABLE = "records_search"  # records.search.entries.TABLE

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


def _match(query: Query) -> tuple[str, list]:
    text = compile_query(query)
    # One branch per configuration, so the GIN index serves each.
    branches = [
        f"(config = '{config}'::regconfig AND vector @@ to_tsquery('{config}', unaccent(%s)))"
        for config in CONFIGS.values()
    ]
    return "(" + " OR ".join(branches) + ")", [text] * len(branches)


def matching_keys_sql(query: Query, kind: int, kinds: int) -> tuple[str, list]:
    """SQL selecting the primary keys of records of `kind` that match."""
    match, params = _match(query)
    # A bigint, as the indexes of migration 0015 hold the kind: an int would not use them.
    sql = f"SELECT key / {kinds} FROM {TABLE} WHERE {match} AND key %% {kinds} = %s::bigint"
    return sql, [*params, kind]


def rank_join(query: Query, pk_sql: str, kind: int, kinds: int) -> tuple[str, list, str, list]:
    """The rank (larger is better) of each record whose primary key is `pk_sql`, through a
    join with the index by its key: (rank SQL, its params, join condition, its params)."""
    rank = f"ts_rank({TABLE}.vector, to_tsquery({TABLE}.config, unaccent(%s)))"
    return rank, [compile_query(query)], f"{TABLE}.key = {pk_sql} * {kinds} + {kind}", []


def write(cursor, rows) -> None:
    """Replace the entries of `rows`: (key, language, title, insights, body) tuples."""
    weighted = " || ".join(
        f"setweight(to_tsvector(%s::regconfig, unaccent(%s)), '{weight}')" for weight in "ABC"
    )
    cursor.executemany(
        f"INSERT INTO {TABLE} (key, config, vector) VALUES (%s, %s::regconfig, {weighted}) "
        "ON CONFLICT (key) DO UPDATE SET config = EXCLUDED.config, vector = EXCLUDED.vector",
        [
            (key, CONFIGS[language], *(v for text in texts for v in (CONFIGS[language], text)))
            for key, language, *texts in rows
        ],
    )


def delete(cursor, keys) -> None:
    cursor.execute(f"DELETE FROM {TABLE} WHERE key = ANY(%s)", [list(keys)])


def clear(cursor) -> None:
    cursor.execute(f"TRUNCATE {TABLE}")
