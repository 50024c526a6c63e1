"""How many entries of the search index hold each word, kept in step with the index: the
vocabulary spelling suggestions come from (records.search.suggestions).

records.search.entries calls `count` with the entries it writes, `uncount` with the keys it
deletes and `clear` when it empties the index. The words of each entry are kept
(SearchEntryWords), so writing an entry again changes the counts (SearchWord) of the words it
gained or lost only, and reading the vocabulary reads one row a word, never the records.

A word is a run of letters and digits of the entry's text in lower case, as the index cuts
it (its spelling: économie and economie are two); longer than MAX_LENGTH it is left out (a
run of code or encoded data, which nobody types).
"""

from collections import Counter

from django.db import connections, transaction

from ..models import SearchEntryWords, SearchWord
from .query import WORD, fold

MAX_LENGTH = 64
# The PostgreSQL advisory lock writers of the counts take in turn.
LOCK = 0x5EA2C4


def spellings(texts) -> set[str]:
    return {
        word for text in texts for word in WORD.findall(text.lower()) if len(word) <= MAX_LENGTH
    }


def count(rows, using="default") -> None:
    """Count the words of `rows`, the entries records.search.entries writes (key, language,
    title, insights, body), in place of those the same entries held before."""
    written = {key: spellings(texts) for key, _, *texts in rows}
    with transaction.atomic(using=using, savepoint=False):
        held = _held(written, using)
        change = Counter()
        for key, words in written.items():
            before = held.get(key, set())
            change.update(words - before)
            change.subtract(before - words)
        SearchEntryWords.objects.using(using).bulk_create(
            [SearchEntryWords(key=key, spellings=sorted(words)) for key, words in written.items()],
            update_conflicts=True,
            unique_fields=["key"],
            update_fields=["spellings"],
        )
        _apply(change, using)


def uncount(keys, using="default") -> None:
    """Forget the words of the entries of `keys`, which the index deleted."""
    with transaction.atomic(using=using, savepoint=False):
        change = Counter()
        for words in _held(keys, using).values():
            change.subtract(words)
        SearchEntryWords.objects.using(using).filter(key__in=list(keys)).delete()
        _apply(change, using)


def clear(using="default") -> None:
    """Forget every word: the index was emptied."""
    SearchEntryWords.objects.using(using).all().delete()
    SearchWord.objects.using(using).all().delete()


def _held(keys, using) -> dict[int, set[str]]:
    """The words the entries of `keys` hold, read once this transaction's turn has come
    (PostgreSQL): the words every entry holds ("the") are rows every writer changes, so
    writers take turns, where two transactions each holding some of them could deadlock, and
    no two read an entry's words to change them at once. SQLite's writers always take turns."""
    connection = connections[using]
    if connection.vendor == "postgresql":
        with connection.cursor() as cursor:
            cursor.execute("SELECT pg_advisory_xact_lock(%s)", [LOCK])
    rows = SearchEntryWords.objects.using(using).filter(key__in=list(keys))
    return {key: set(words) for key, words in rows.values_list("key", "spellings")}


def _apply(change: Counter, using) -> None:
    """Add `change` (spelling → entries gained, or lost when negative) to the counts, and
    drop the words no entry holds."""
    changed = [(spelling, n) for spelling, n in change.items() if n]
    if not changed:
        return
    table = SearchWord._meta.db_table
    # An upsert adding to the count: the ORM's only overwrites it (bulk_create).
    upsert = (
        f"INSERT INTO {table} (spelling, word, entries) VALUES (%s, %s, %s) "
        f"ON CONFLICT (spelling) DO UPDATE SET entries = {table}.entries + EXCLUDED.entries"
    )
    with connections[using].cursor() as cursor:
        cursor.executemany(upsert, [(spelling, fold(spelling), n) for spelling, n in changed])
        cursor.executemany(
            f"DELETE FROM {table} WHERE spelling = %s AND entries <= 0",
            [(spelling,) for spelling, n in changed if n < 0],
        )
