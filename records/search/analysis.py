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

import re
from itertools import compress, count
from operator import ne

import Stemmer

from .query import WORD, fold

# Longer runs of letters (encoded data, run-together text) are not words anyone types.
LONGEST = 64
STEMMERS = {"en": "english", "fr": "french", "es": "spanish"}
LANGUAGES = tuple(STEMMERS)
# Each language's stems of the words seen, emptied past CACHED words.
CACHED = 500_000
# A text cut into the runs of WORD and what lies between them: [before, word, between, …].
WORDS_AND_BETWEEN = re.compile(f"({WORD.pattern})")


class Stems(dict):
    """A language's stems by word, each asked of Snowball once (emptied past CACHED words)."""

    def __init__(self, language: str):
        super().__init__()
        self.stemmer = Stemmer.Stemmer(STEMMERS[language])

    def __missing__(self, word: str) -> str:
        if len(self) > CACHED:
            self.clear()
        found = self[word] = self.stemmer.stemWord(word)
        return found


_stems = {language: Stems(language) for language in STEMMERS}


def stem(word: str, language: str) -> str:
    """The stem of a folded `word` in `language` (en, fr, es); the word itself in another."""
    stems = _stems.get(language)
    return word if stems is None else stems[word]


def stems(word: str) -> set[str]:
    """`word` (folded) and its stems in each language: how a query's word is looked for in
    records of any language."""
    return {word, *(stem(word, language) for language in LANGUAGES)}


def tokens(text: str, language: str) -> list[str]:
    """The words of `text` as the index holds them: each word's stem in order, before the
    parts of a hyphenated compound their joined stem; then the words whose stem differs, as
    written. A run longer than LONGEST is no word, and joins no compound.

    Each step is one pass in C over the text's words (`map`, `compress`); only the compounds
    and overlong runs, a few a text, are placed one by one."""
    parts = WORDS_AND_BETWEEN.split(fold(text))
    words = parts[1::2]
    stems = _stems.get(language)
    stemmed = list(words if stems is None else map(stems.__getitem__, words))
    lengths = list(map(len, words))
    overlong = (
        set(compress(count(), map(LONGEST.__lt__, lengths)))
        if max(lengths, default=0) > LONGEST
        else set()
    )
    for i in overlong:
        stemmed[i] = words[i]  # not written either
    # word i and word i + 1 written with a hyphen between: their joined stem goes before word i
    hyphens = compress(count(), map("-".__eq__, parts[2:-1:2]))
    compounds = {
        i: stem((words[i] + words[i + 1])[:LONGEST], language)
        for i in hyphens
        if i not in overlong and i + 1 not in overlong
    }
    written = list(compress(words, map(ne, words, stemmed)))
    for i in sorted(overlong | compounds.keys(), reverse=True):
        if i in overlong:
            del stemmed[i]
        else:
            stemmed.insert(i, compounds[i])
    return stemmed + written
