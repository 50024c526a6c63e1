"""How many entries of the search index hold each word, kept in step with the index: the
vocabulary spelling suggestions come from (records.search.suggestions).

records.search.entries calls `count` with the spellings of the entries it writes, `uncount`
with the records whose entries it deletes and `clear` when it empties the index. The words of
each entry are kept (SearchEntryWords), so writing an entry again changes the counts
(SearchWord) of the words it gained or lost only, and reading the vocabulary reads one row a
word, never the records.

A word is a run of letters and digits of the entry's text in lower case, as the index cuts
it (its spelling: économie and economie are two); longer than MAX_LENGTH it is left out (a
run of code or encoded data, which nobody types).
"""

from collections import Counter

from django.db import connections, transaction
from django.db.models import Q

from ..models import SearchEntryWords, SearchWord
from .inserts import insert
from .query import fold

MAX_LENGTH = 64
# The PostgreSQL advisory lock writers of the counts take in turn.
LOCK = 0x5EA2C4


def spellings(texts) -> set[str]:
    """The spellings of `texts` (records.search.analysis.Cut) the vocabulary counts."""
    words = set().union(*(text.spellings for text in texts))
    if max(map(len, words), default=0) <= MAX_LENGTH:  # the usual text: no run to leave out
        return words
    return {word for word in words if len(word) <= MAX_LENGTH}


def count(written: dict[tuple[str, int], set[str]], using="default") -> None:
    """Count the spellings of the entries written, `written` by (kind, record_id), in place
    of those the same records' entries held before."""
    with transaction.atomic(using=using, savepoint=False):
        held = _held(written, using)
        change = Counter()
        for key, words in written.items():
            before = held.get(key, set())
            change.update(words - before)
            change.subtract(before - words)
        _store(written, using)
        _apply(change, using)


def _store(written: dict[tuple[str, int], set[str]], using) -> None:
    """Keep the words of each entry of `written`, in place of those it held: an upsert of
    plain rows, the JSON of each list prepared as the field prepares it."""
    connection = connections[using]
    prepare = SearchEntryWords._meta.get_field("spellings").get_db_prep_save
    rows = [
        (kind, record_id, prepare(sorted(words), connection))
        for (kind, record_id), words in written.items()
    ]
    with connection.cursor() as cursor:
        insert(
            cursor,
            SearchEntryWords._meta.db_table,
            ("kind", "record_id", "spellings"),
            rows,
            "ON CONFLICT (kind, record_id) DO UPDATE SET spellings = EXCLUDED.spellings",
        )


def uncount(kind, record_ids, using="default") -> None:
    """Forget the words of the entries of `kind` of `record_ids`, which the index deleted."""
    keys = [(kind, record_id) for record_id in record_ids]
    with transaction.atomic(using=using, savepoint=False):
        change = Counter()
        for words in _held(keys, using).values():
            change.subtract(words)
        _of(keys, using).delete()
        _apply(change, using)


def clear(using="default") -> None:
    """Forget every word: the index was emptied."""
    SearchEntryWords.objects.using(using).all().delete()
    SearchWord.objects.using(using).all().delete()


def _of(keys, using):
    """The SearchEntryWords of `keys`, (kind, record_id) pairs."""
    by_kind = {}
    for kind, record_id in keys:
        by_kind.setdefault(kind, []).append(record_id)
    match = Q(pk__in=[])
    for kind, record_ids in by_kind.items():
        match |= Q(kind=kind, record_id__in=record_ids)
    return SearchEntryWords.objects.using(using).filter(match)


def _held(keys, using) -> dict[tuple[str, int], set[str]]:
    """The words the entries of `keys`, (kind, record_id) pairs, hold, read once this
    transaction's turn has come (PostgreSQL): the words every entry holds ("the") are rows
    every writer changes, so writers take turns, where two transactions each holding some of
    them could deadlock, and no two read an entry's words to change them at once. SQLite's
    writers always take turns."""
    connection = connections[using]
    if connection.vendor == "postgresql":
        with connection.cursor() as cursor:
            cursor.execute("SELECT pg_advisory_xact_lock(%s)", [LOCK])
    rows = _of(keys, using).values_list("kind", "record_id", "spellings")
    return {(kind, record_id): set(words) for kind, record_id, words in rows}


def _apply(change: Counter, using) -> None:
    """Add `change` (spelling → entries gained, or lost when negative) to the counts, and
    drop the words no entry holds."""
    # In the order of the spellings' index: each upsert finds its row next to the last one's.
    changed = sorted(spelling for spelling, n in change.items() if n)
    if not changed:
        return
    table = SearchWord._meta.db_table
    # Folded in one pass: a spelling holds no line break, and folding keeps each line apart.
    words = fold("\n".join(changed)).split("\n")
    rows = list(zip(changed, words, map(change.__getitem__, changed), strict=True))
    with connections[using].cursor() as cursor:
        # An upsert adding to the count (the ORM's only overwrites it): the spellings are
        # distinct, so no statement meets a row twice.
        insert(
            cursor,
            table,
            ("spelling", "word", "entries"),
            rows,
            f"ON CONFLICT (spelling) DO UPDATE SET entries = {table}.entries + EXCLUDED.entries",
        )
        cursor.executemany(
            f"DELETE FROM {table} WHERE spelling = %s AND entries <= 0",
            [(spelling,) for spelling in changed if change[spelling] < 0],
        )
