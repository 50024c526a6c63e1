"""What to offer when a query finds nothing, or holds a word the archive never uses: a
spelling from the archive's own words ("did you mean digital payments?"), and the query with
fewer words.

The vocabulary is every word of the public plans (with their insights), blogs and partner
names, folded as the index folds them, with how many of their index entries hold it and the
spelling most of them have (économie, not economie). Its counts are kept as the index is
written (records.search.word_counts), so a write costs the words it changes and reading it never
reads the records; it is read once per data version (records.page_cache.cached) and shared by
both databases, so both suggest the same. Candidates for a word are the vocabulary's words
within a small edit distance, a swap of two letters counting as one (rapidfuzz); a suggestion
is only offered when it finds something."""

from collections import Counter
from dataclasses import replace
from itertools import islice, product

from rapidfuzz import process
from rapidfuzz.distance import OSA

from ..models import SearchEntryWords, SearchWord
from ..page_cache import cached
from .engine import matching_entries
from .query import Query, Term, parse
from .visibility import any_shown, entries_of_hidden_records, per_version

# Words shorter than this are neither corrected nor offered: too many neighbours.
MIN_LENGTH = 4
CANDIDATES = 3  # per word
COMBINATIONS = 12  # corrected queries tried, best first


def build_vocabulary() -> dict[str, tuple[int, str]]:
    """folded word → (entries of the public records holding it, its spelling in most of
    them): the counts kept with the index (records.search.word_counts), less the words of the
    entries of hidden records, which are few. Two queries."""
    hidden = Counter()
    for spellings in SearchEntryWords.objects.filter(entries_of_hidden_records()).values_list(
        "spellings", flat=True
    ):
        hidden.update(spellings)
    # Most entries first, ties by spelling. The database returns them nearly in this order
    # (its collation may order ties otherwise, and hidden entries' words move), so the sort
    # in Python, the same on either database, has little to do.
    rows = SearchWord.objects.order_by("-entries", "spelling").values_list(
        "entries", "spelling", "word"
    )
    counted = [
        (hidden.get(spelling, 0) - entries, spelling, word) for entries, spelling, word in rows
    ]
    counted.sort()
    vocabulary: dict[str, tuple[int, str]] = {}
    for negative, spelling, word in counted:
        if negative >= 0:
            break
        total, best = vocabulary.get(word, (0, spelling))
        vocabulary[word] = (total - negative, best)
    return vocabulary


def vocabulary() -> dict[str, tuple[int, str]]:
    """The vocabulary of the current data version: built once for all servers (the shared
    cache), read once per process: reading it from the shared cache costs an unpickling of
    some 30 ms at the corpus's size."""
    key = "search-vocabulary"
    return per_version(key, lambda: cached((key,), build_vocabulary))


def finds_anything(query: Query) -> bool:
    """Whether `query` matches a public record. One query."""
    return any_shown(matching_entries(query))


def _candidates(word: str, known: dict, keys: list[str], prefix: bool) -> list[tuple]:
    """(distance, -occurrences, word) for `word` itself when known, and its near spellings.
    A `prefix` word (the last one typed) is closest to the words it begins: circulair is
    nearer circulaire than circular."""
    found = [(0, -known[word][0], word)] if word in known else []
    if len(word) < MIN_LENGTH:
        return found or [(0, 0, word)]
    limit = 1 if len(word) < 6 else 2
    near = process.extract(
        word, keys, scorer=OSA.distance, score_cutoff=limit, limit=CANDIDATES + 1
    )
    found += [
        (distance - 0.5 * (prefix and key.startswith(word)), -known[key][0], key)
        for key, distance, _ in near
        if distance
    ]
    return sorted(found)[:CANDIDATES] or [(0, 0, word)]


def _respelled(query: Query, choice: dict[str, str]) -> Query:
    def term(t: Term) -> Term:
        return replace(t, words=tuple(choice.get(w, w) for w in t.words))

    groups = tuple(tuple(term(t) for t in group) for group in query.groups)
    return Query(groups, tuple(term(t) for t in query.excluded))


def _written(query: Query, known: dict) -> str:
    spelled = {w: known[w][1] for t in query.terms for w in t.words if w in known}
    return _respelled(query, spelled).text()


def suggest(text: str, found: bool) -> str | None:
    """A better spelling of `text` from the archive's words, or None. Looked for when the
    query `found` nothing, or when one of its words is not in the archive."""
    query = parse(text)
    known = vocabulary()
    typed = list(dict.fromkeys(w for t in query.terms for w in t.words))
    prefixes = {t.words[-1] for t in query.terms if t.prefix}
    if not typed or (found and all(w in known for w in typed)):
        return None
    keys = list(known)
    options = [_candidates(word, known, keys, word in prefixes) for word in typed]
    combinations = sorted(
        product(*options),
        key=lambda combo: (sum(c[0] for c in combo), sum(c[1] for c in combo)),
    )
    for combo in islice(combinations, COMBINATIONS):
        if all(distance == 0 for distance, _, _ in combo):
            continue
        respelled = _respelled(query, dict(zip(typed, (c[2] for c in combo), strict=True)))
        if finds_anything(respelled):
            return _written(respelled, known)
    return None


def fewer_words(text: str) -> str | None:
    """`text` without the one word group whose removal lets it find something, or None. A
    group of words the archive never uses goes first, then the commonest: the rarest words,
    which say most of what was looked for, are kept."""
    query = parse(text)
    if len(query.groups) < 2:
        return None
    known = vocabulary()

    def rarity(index: int) -> int:
        return min(known.get(w, (0, ""))[0] for t in query.groups[index] for w in t.words)

    def first_left_out(index: int) -> tuple:
        entries = rarity(index)
        return (entries > 0, -entries, index)

    for index in sorted(range(len(query.groups)), key=first_left_out):
        shorter = Query(query.groups[:index] + query.groups[index + 1 :], query.excluded)
        if finds_anything(shorter):
            return _written(shorter, known)
    return None
