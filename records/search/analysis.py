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
from itertools import compress, count, filterfalse
from operator import ne
from typing import NamedTuple

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
# Bytes as `_tokens` reads them: an ASCII character other than a letter, a digit or the hyphen
# becomes a space (none of them is a word's, or folds into one); the rest are kept.
SEPARATORS = bytes(
    c if chr(c).isalnum() or c == ord("-") or c > 0x7F else ord(" ") for c in range(256)
)


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


class Cut(NamedTuple):
    """A text cut once into its words, for the index and for the vocabulary: its spellings
    (records.search.word_counts), its folded words in order, and the positions i of the words
    written with a hyphen before word i + 1."""

    spellings: set[str]
    words: list[str]
    hyphens: list[int]


def cut(text: str) -> Cut:
    """`text` cut into its words. The text in lower case is cut once, and each distinct
    spelling past ASCII folded apart, which is the text folded and cut whenever folding leaves
    every word one word and every run around them without letters or digits; a text where it
    does not (a symbol that folds into letters, "™" → tm, or a letter into marks, "oʻzbek" →
    o'zbek) is folded whole and cut again.

    The text is cut at its spaces and ASCII signs in C (`_tokens`): most tokens are a word
    each, and only the distinct tokens holding a hyphen or a sign past ASCII ("e-commerce",
    "“women’s") are cut by WORD, their runs checked as above (a run across tokens holds a
    space or an ASCII sign, which folds into neither letters nor nothing)."""
    lower = text.lower()
    tokens = _tokens(lower)
    distinct = set(tokens)
    hyphens: list[int] = []
    odd = list(filterfalse(str.isalnum, distinct))
    if odd:
        pieces = dict(zip(odd, map(_pieces, odd), strict=True))
        if None in pieces.values():
            return _folded_whole(text, lower)
        spellings, hyphens = _spliced(tokens, pieces)
        distinct.difference_update(odd)
        distinct.update(*(words for words, _ in pieces.values()))
    else:
        spellings = tokens
    if text.isascii():  # in lower case, an ASCII text is folded
        return Cut(distinct, spellings, hyphens)
    folded = {spelling: _folded[spelling] for spelling in filterfalse(str.isascii, distinct)}
    if not all(map(WORD.fullmatch, folded.values())):
        return _folded_whole(text, lower)
    return Cut(distinct, list(map(folded.get, spellings, spellings)), hyphens)


def _tokens(lower: str) -> list[str]:
    """`lower` split at its spaces and at its ASCII characters other than letters, digits and
    the hyphen (a pass of bytes.translate)."""
    data = lower.encode("utf-8", "surrogatepass").translate(SEPARATORS)
    return data.decode("utf-8", "surrogatepass").split()


def _pieces(token: str) -> tuple[list[str], list[int]] | None:
    """The words of a token holding a hyphen or a sign past ASCII, and the offsets i of those
    a hyphen joins to word i + 1 (a run that folds into "-", "﹣", is one); None when a run of
    it past ASCII folds into letters or digits, or into nothing."""
    parts = WORDS_AND_BETWEEN.split(token)
    runs = {run: fold(run) for run in filterfalse(str.isascii, parts[::2])}
    if any(run == "" or WORD.search(run) for run in runs.values()):
        return None
    between = parts[2:-1:2]
    return parts[1::2], _hyphens([runs.get(run, run) for run in between])


def _spliced(tokens: list[str], pieces: dict) -> tuple[list[str], list[int]]:
    """The words of `tokens`, each token of `pieces` replaced by its words, and the positions
    of the words a hyphen joins to the next."""
    words: list[str] = []
    hyphens: list[int] = []
    last = 0
    for i in compress(count(), map(pieces.__contains__, tokens)):
        words += tokens[last:i]
        its_words, offsets = pieces[tokens[i]]
        hyphens += [len(words) + offset for offset in offsets]
        words += its_words
        last = i + 1
    words += tokens[last:]
    return words, hyphens


def _folded_whole(text: str, lower: str) -> Cut:
    """`text` folded whole and cut, with the spellings of its lower case."""
    spellings = set(WORDS_AND_BETWEEN.split(lower)[1::2])
    parts = WORDS_AND_BETWEEN.split(fold(text))
    return Cut(spellings, parts[1::2], _hyphens(parts[2:-1:2]))


class Folded(dict):
    """Spellings past ASCII folded (records.search.query.fold), each once (emptied past CACHED
    spellings)."""

    def __missing__(self, spelling: str) -> str:
        if len(self) > CACHED:
            self.clear()
        found = self[spelling] = fold(spelling)
        return found


_folded = Folded()


def forget() -> None:
    """Empty the stems and the folded spellings kept (an import's run lets them go once its
    files are written)."""
    for stems in _stems.values():
        stems.clear()
    _folded.clear()


def _hyphens(between: list[str]) -> list[int]:
    """The positions of the runs between words that are a hyphen."""
    return list(compress(count(), map("-".__eq__, between)))


def tokens(text: str, language: str) -> list[str]:
    """The words of `text` as the index holds them (see stemmed)."""
    return stemmed(cut(text), language)


def stemmed(text: Cut, language: str) -> list[str]:
    """The words of a text cut as the index holds them: each word's stem in order, before the
    parts of a hyphenated compound their joined stem; then the words whose stem differs, as
    written. A run longer than LONGEST is no word, and joins no compound.

    Each step is one pass in C over the text's words (`map`, `compress`); only the compounds
    and overlong runs, a few a text, are placed one by one."""
    words = text.words
    stems = _stems.get(language)
    stemmed = list(words if stems is None else map(stems.__getitem__, words))
    overlong = (
        set(compress(count(), map(LONGEST.__lt__, map(len, words))))
        if max(map(len, words), default=0) > LONGEST
        else set()
    )
    for i in overlong:
        stemmed[i] = words[i]  # not written either
    # word i and word i + 1 written with a hyphen between: their joined stem goes before word i
    compounds = {
        i: stem((words[i] + words[i + 1])[:LONGEST], language)
        for i in text.hyphens
        if i not in overlong and i + 1 not in overlong
    }
    written = list(compress(words, map(ne, words, stemmed)))
    for i in sorted(overlong | compounds.keys(), reverse=True):
        if i in overlong:
            del stemmed[i]
        else:
            stemmed.insert(i, compounds[i])
    return stemmed + written
