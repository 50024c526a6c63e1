"""Words as the index holds them, the same on both databases: folded (records.search.query.fold),
cut into runs of letters and digits, and stemmed with Snowball in the record's language
(PyStemmer, Snowball's C stemmers): payments → payment, économies → econom, plásticos →
plastic. A record of another language keeps its folded words.

Both databases are given the stems, written here: SQLite's FTS5 table and PostgreSQL's
tsvector hold the same words, and a query is matched against them as they are, so its words
reach neither database's own parser.

A hyphenated compound is also held joined (e-commerce → e commerce and ecommerce), so that
ecommerce finds e-commerce and fin-tech finds fintech. The words whose stem differs from them
are also held as written, after the stems: a query looks for both, so a record that has the
very word ranks above one that shares its stem only (informal, information → inform).
"""

from functools import cache

import Stemmer

from .query import WORD, fold

# Longer runs of letters (encoded data, run-together text) are not words anyone types.
LONGEST = 64
STEMMERS = {"en": "english", "fr": "french", "es": "spanish"}
LANGUAGES = tuple(STEMMERS)
# Each language's stems of the words seen, emptied past CACHED words.
CACHED = 500_000
_stems: dict[str, dict[str, str]] = {language: {} for language in STEMMERS}


@cache
def _stemmer(language: str):
    return Stemmer.Stemmer(STEMMERS[language])


def stem(word: str, language: str) -> str:
    """The stem of a folded `word` in `language` (en, fr, es); the word itself in another."""
    stems = _stems.get(language)
    if stems is None:
        return word
    found = stems.get(word)
    if found is None:
        if len(stems) > CACHED:
            stems.clear()
        found = stems[word] = _stemmer(language).stemWord(word)
    return found


def stems(word: str) -> set[str]:
    """`word` (folded) and its stems in each language: how a query's word is looked for in
    records of any language."""
    return {word, *(stem(word, language) for language in LANGUAGES)}


def tokens(text: str, language: str) -> list[str]:
    """The words of `text` as the index holds them: each word's stem in order, before the
    parts of a hyphenated compound their joined stem; then the words whose stem differs, as
    written."""
    folded = fold(text)
    found = []
    written = []
    previous = None
    for match in WORD.finditer(folded):
        word = match.group()
        if len(word) > LONGEST:
            previous = None
            continue
        if previous is not None and folded[previous.end() : match.start()] == "-":
            found.insert(-1, stem((previous.group() + word)[:LONGEST], language))
        stemmed = stem(word, language)
        found.append(stemmed)
        if stemmed != word:
            written.append(word)
        previous = match
    return found + written
