"""Rows written by plain SQL where the ORM would build a model per row: the search index's
words, the words each entry holds and the vocabulary's counts, thousands of rows a batch of an
import."""

from itertools import chain

# Rows a statement holds at most where the database sets no limit to its parameters.
ROWS = 1000


def insert(cursor, table: str, columns: tuple[str, ...], rows: list[tuple], tail: str = ""):
    """INSERT `rows` into `table`'s `columns`, many to a statement, each statement ending in
    `tail` (an ON CONFLICT clause): a row of a multi-row VALUES costs SQLite about half what a
    statement run again for each row (executemany) does."""
    limit = cursor.db.features.max_query_params
    per = limit // len(columns) if limit else ROWS
    row = "(" + ", ".join(["%s"] * len(columns)) + ")"
    head = f"INSERT INTO {table} ({', '.join(columns)}) VALUES "
    for start in range(0, len(rows), per):
        chunk = rows[start : start + per]
        values = ", ".join([row] * len(chunk))
        cursor.execute(f"{head}{values} {tail}", list(chain.from_iterable(chunk)))
