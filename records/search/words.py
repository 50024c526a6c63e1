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

from django.db import connections

from ..models import SearchEntryWords, SearchWord
from .query import WORD, fold

MAX_LENGTH = 64


def spellings(texts) -> set[str]:
    return {
        word for text in texts for word in WORD.findall(text.lower()) if len(word) <= MAX_LENGTH
    }


def count(rows, using="default") -> None:
    """Count the words of `rows`, the entries records.search.entries writes (key, language,
    title, insights, body), in place of those the same entries held before."""
    written = {key: spellings(texts) for key, _, *texts in rows}
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
    rows = SearchEntryWords.objects.using(using).filter(key__in=list(keys))
    return {key: set(words) for key, words in rows.values_list("key", "spellings")}


def _apply(change: Counter, using) -> None:
    """Add `change` (spelling → entries gained, or lost when negative) to the counts, in one
    statement a word whichever writer got there first, and drop the words no entry holds.
    In the order of the spellings, so writers at once lock the rows they share in one order."""
    changed = sorted((spelling, n) for spelling, n in change.items() if n)
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
