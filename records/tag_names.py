"""When two spellings of a tag (a theme, a method, a data source) name one: the rules the importer
folds new spellings by, and the merge suggestions staff see for the tags already apart.

Pure Python (no Django). Two spellings are one tag, strongest rule first, when they have
- the same key (`tag_key`): the same words once case, accents, punctuation and plurals are set
  aside ("Co-creation" / "co creation", "surveys" / "survey", "women" / "woman");
- the same letters once hyphens and spaces are removed too ("fintech" / "fin-tech",
  "digitalagriculture" / "digital agriculture");
- one concept in the UN thesaurus (records.thesaurus), a label in English, French or Spanish
  ("agua" / "water", "igualdad de género" / "gender equality");
- the same words but one, that one misspelt: one letter apart (a swap of two counting as one,
  a letter for another only a vowel for a vowel or a key's neighbour on a keyboard) or two
  letters left out; never two words both in the thesaurus's English vocabulary ("policy" /
  "police"), never a word shorter than MIN_TYPO_LETTERS, never a different first letter
  ("enviroment" / "environment", "punlic" / "public", "involment" / "involvement", not
  "planting" / "planning"); a word of glued words ("womenempowerment") is compared with the
  others' letters once their hyphens and spaces are removed.

Every rule is found through keys, never by comparing all spellings with all others: each
spelling gives a few keys, spellings sharing one are compared, so the cost grows with the number
of spellings, not with its square.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from rapidfuzz.distance import OSA

from . import thesaurus
from .folding import fold, singular

_NOT_ALNUM = re.compile(r"[^a-z0-9]+")
LANGUAGE_NAMES = {"en": "English", "fr": "French", "es": "Spanish"}
# A shorter word is never taken for a typo of another ("trade" / "grade" differ in the first
# letter anyway, "lab" / "lap" are too short to tell).
MIN_TYPO_LETTERS = 5
# Two letters left out ("involment") only in a word at least this long once they are.
MIN_TWO_LEFT_OUT = 7
# Words glued together ("womenempowerment") are compared letter by letter from this length.
MIN_GLUED_LETTERS = 10
VOWELS = frozenset("aeiouy")
_KEYBOARD = ("qwertyuiop", "asdfghjkl", "zxcvbnm")


def tag_key(name: str) -> str:
    """The spelling family's key: no accents, lower case, words in the singular, "-" between.

    Idempotent: the key of a key is itself, so a slug or alias has the key of its name.
    """
    words = _NOT_ALNUM.sub(" ", fold(name)).split()
    return "-".join(map(singular, words))


def compact(key: str) -> str:
    """A key without its hyphens: "fin-tech" and "fintech" are one."""
    return key.replace("-", "")


@cache
def thesaurus_keys() -> dict[str, tuple[thesaurus.Concept, str]]:
    """`tag_key` of every thesaurus label → (its concept, its language); a key two concepts
    share keeps the first with it as its English label, else the first."""
    found: dict[str, tuple[thesaurus.Concept, str]] = {}
    for language in thesaurus.LANGUAGES:
        for concept in thesaurus.concepts():
            found.setdefault(tag_key(concept.label(language)), (concept, language))
    return found


@cache
def english_words() -> frozenset[str]:
    """The words of the thesaurus's English labels, as `tag_key` spells them."""
    return frozenset(w for c in thesaurus.concepts() for w in tag_key(c.en).split("-"))


def unknown_words(name: str) -> int:
    """How many words of `name` (of three letters or more) are not English words the
    thesaurus knows: the fewer, the better a spelling is as a tag's name ("environment" over
    "enviroment", "water" over "agua", "digital agriculture" over "digitalagriculture")."""
    return sum(1 for w in tag_key(name).split("-") if len(w) > 2 and w not in english_words())


def typo(word: str, other: str) -> str:
    """How `other` is a misspelling of `word` (or `word` of `other`): "one letter apart", "two
    letters left out", or "" when it is not one (see the module's docstring)."""
    if min(len(word), len(other)) < MIN_TYPO_LETTERS or word[0] != other[0]:
        return ""
    if not (word.isalpha() and other.isalpha()):
        return ""
    if word in english_words() and other in english_words():
        return ""
    if OSA.distance(word, other, score_cutoff=1) <= 1 and _slip(word, other):
        return "one letter apart"
    short, long = sorted((word, other), key=len)
    if len(long) - len(short) == 2 and len(short) >= MIN_TWO_LEFT_OUT and _left_out(short, long):
        return "two letters left out"
    return ""


def _slip(word: str, other: str) -> bool:
    """Whether two words one edit apart are a slip of the hand: a letter added, left out or
    swapped with the next, or put for another that is a vowel like it or its keyboard
    neighbour ("punlic"), rather than another word ("planting" / "planning")."""
    if len(word) != len(other):
        return True
    differing = [(a, b) for a, b in zip(word, other, strict=True) if a != b]
    if len(differing) != 1:
        return True  # two letters swapped
    a, b = differing[0]
    return {a, b} <= VOWELS or b in _neighbours(a)


@cache
def _neighbours(letter: str) -> frozenset[str]:
    """The keys beside `letter` on a QWERTY keyboard, on its row and the rows above and
    below."""
    found = set()
    for row, keys in enumerate(_KEYBOARD):
        if (i := keys.find(letter)) < 0:
            continue
        found.update(keys[max(i - 1, 0) : i + 2])
        if row > 0:
            found.update(_KEYBOARD[row - 1][i : i + 2])
        if row < len(_KEYBOARD) - 1:
            found.update(_KEYBOARD[row + 1][max(i - 1, 0) : i + 1])
    return frozenset(found - {letter})


def _left_out(short: str, long: str) -> bool:
    """Whether `short` is `long` with some of its letters left out."""
    letters = iter(long)
    return all(c in letters for c in short)


@dataclass(frozen=True)
class Match:
    tag: object  # what the matched spelling was added with
    key: str  # the key of the matched spelling
    reason: str


class Vocabulary:
    """The spellings of one facet's tags, each added with its tag (any value: an id, a key),
    indexed by every rule's keys; `match` finds the tag a new spelling is one with."""

    def __init__(self):
        self.by_key: dict[str, object] = {}
        self.by_compact: dict[str, str] = {}  # compact → the first key with it
        # Concept → the first key naming it: made when first needed, as a run that meets no new
        # spelling never reads the thesaurus.
        self.by_concept: dict[thesaurus.Concept, str] | None = None
        # The words of a key with one replaced by its first letter, "*" and its length → {that
        # word: key}: a misspelling of that word is in a block of a length two apart at most.
        self.blocks: dict[tuple[str, ...], dict[str, str]] = {}
        # The letters of a key of several words, whole and with one left out → that key.
        self.glued: dict[str, str] = {}

    def add(self, spelling: str, tag) -> None:
        """Know `spelling` (a name, a slug or an alias) as one of `tag`'s."""
        key = tag_key(spelling)
        if not key or key in self.by_key:
            return
        self.by_key[key] = tag
        self.by_compact.setdefault(compact(key), key)
        if self.by_concept is not None:
            self._add_concept(key)
        for before, word, after in _typo_places(key):
            block = (*before, f"{word[0]}*{len(word)}", *after)
            self.blocks.setdefault(block, {}).setdefault(word, key)
        if "-" in key and len(compact(key)) >= MIN_GLUED_LETTERS:
            for letters in _one_left_out(compact(key)):
                self.glued.setdefault(letters, key)

    def match(self, spelling: str) -> Match | None:
        """The known spelling `spelling` is one with by the strongest rule, or None."""
        key = tag_key(spelling)
        if not key:
            return None
        if key in self.by_key:
            return self._match(key, "the same words once case, accents and plurals are set aside")
        if (known := self.by_compact.get(compact(key))) is not None:
            return self._match(known, "the same words once hyphens and spaces are removed")
        if (found := thesaurus_keys().get(key)) is not None:
            concept, language = found
            if (known := self._concepts().get(concept)) is not None:
                return self._match(known, translation(concept, language, thesaurus_keys()[known]))
        for before, word, after in _typo_places(key):
            for length in range(len(word) - 2, len(word) + 3):
                block = self.blocks.get((*before, f"{word[0]}*{length}", *after), {})
                for other, known in block.items():
                    if other != word and (how := typo(word, other)):
                        return self._match(known, f"{how} ({word} / {other})")
        if "-" not in key and len(key) >= MIN_GLUED_LETTERS:
            for letters in _one_left_out(key):
                known = self.glued.get(letters)
                if known is not None and (how := typo(key, compact(known))):
                    return self._match(known, f"{how} once hyphens and spaces are removed")
        return None

    def _concepts(self) -> dict:
        if self.by_concept is None:
            self.by_concept = {}
            for key in self.by_key:
                self._add_concept(key)
        return self.by_concept

    def _add_concept(self, key: str) -> None:
        if (found := thesaurus_keys().get(key)) is not None:
            self.by_concept.setdefault(found[0], key)

    def _match(self, key: str, reason: str) -> Match:
        return Match(self.by_key[key], key, reason)


def translation(concept, language: str, known: tuple) -> str:
    """The reason two labels of `concept` (in `language`, and the `known` one's) are one."""
    other = known[1]
    if "en" in (language, other) and language != other:
        foreign = language if other == "en" else other
        return f"{LANGUAGE_NAMES[foreign]} for “{concept.en}” (UN thesaurus)"
    return f"both name “{concept.en}” (UN thesaurus)"


def _one_left_out(letters: str):
    """`letters`, then each string it makes with one letter left out: two strings one edit
    apart share one of theirs."""
    yield letters
    for i in range(len(letters)):
        yield letters[:i] + letters[i + 1 :]


def _typo_places(key: str):
    """(words before, word, words after) for each word of `key` a typo may be in: two keys
    differing in that word only share the words around it."""
    words = key.split("-")
    for i, word in enumerate(words):
        if len(word) >= MIN_TYPO_LETTERS and word.isalpha():
            yield tuple(words[:i]), word, tuple(words[i + 1 :])


@dataclass(frozen=True)
class Pair:
    a: int  # the tag found later (fewer plans)
    b: int  # the tag it is one with
    reason: str


def find_pairs(tags) -> list[Pair]:
    """The pairs of `tags` ((id, [spellings]) pairs, most used first) that are one tag: each
    tag's spellings are matched against those of the tags before it."""
    vocabulary = Vocabulary()
    pairs = []
    for tag_id, spellings in tags:
        matched = set()
        for spelling in spellings:
            found = vocabulary.match(spelling)
            if found is not None and found.tag != tag_id and found.tag not in matched:
                matched.add(found.tag)
                pairs.append(Pair(tag_id, found.tag, found.reason))
        for spelling in spellings:
            vocabulary.add(spelling, tag_id)
    return pairs
