"""When two partner names probably name one organisation: the rules behind merge suggestions.

Pure Python (no Django), on (id, name, countries of its plans) triples. Every rule is found
through keys, never by comparing all names with all others: each name gives a few keys, and
names sharing a key are compared. The cost grows with the number of names, not with its
square.

The rules, strongest first:
- the same name once case, accents, punctuation, "the", "&"/"and", plural -s and a few
  British/American spellings are set aside ("The World Bank" / "World bank");
- the same name once an acronym is set aside: in parentheses, or leading or trailing when it
  abbreviates the rest ("University of Malawi" / "University of Malawi (UNIMA)" /
  "UNIMA - University of Malawi");
- a name that is an acronym another name declares, or that abbreviates exactly one other
  name ("UNIMA" / "University of Malawi"); an acronym that could stand for two different
  names pairs with neither;
- a close spelling: the same words but one, and that one a typo of the other (one edit for
  words of 5 letters or more, two from 9), never a place name, a number or a short word, so
  "University of Malawi" and "University of Zambia" never pair.

A public body every country has ("Ministry of Health", "Municipality", "Local government"), or
a UN country presence ("UNDP CO", "RCO"), names one organisation per country (`per_country`):
two such names pair only when plans of one country name both, unless the name says its place
("Ministry of Health of Malawi").
"""

from __future__ import annotations

import re
from collections import defaultdict
from dataclasses import dataclass, field

from rapidfuzz import process
from rapidfuzz.distance import OSA

from .folding import singular, without_accents

SAME_NAME = "same name"
SAME_WITHOUT_ACRONYM = "same name without its acronym"
ACRONYM = "acronym"
CLOSE_SPELLING = "close spelling"

# Words an acronym may leave out ("UWI": University of the West Indies).
FUNCTION_WORDS = frozenset(
    ("of", "for", "and", "in", "on", "at", "to", "by", "with", "a", "an", "et", "y", "e")
    + ("de", "la", "le", "les", "du", "des", "del", "los", "las", "el", "da", "do", "dos", "di")
)
_SPELLINGS = {"programme": "program", "centre": "center", "organisation": "organization"}
_WORD = re.compile(r"[^\W_]+")
_PAREN = re.compile(r"\(([^()]*)\)")
# An acronym as written: "UNIMA", "MoA", "ATDA7", "UNDP's" (the possessive is dropped).
_ACRONYM = re.compile(r"[A-Z][A-Za-z0-9&.\-]{1,11}")
_POSSESSIVE = re.compile(r"['’]s$")
# An acronym takes at most this many leading letters of one word ("UNIversity").
_PREFIX = 3
_MAX_ACRONYM_WORDS = 8
# A shorter word is never taken for a typo of another ("Lab" / "Lap").
MIN_TYPO_LETTERS = 5
# The first words of the names of public bodies every country has (folded).
PUBLIC_BODIES = frozenset(
    ("ministry", "ministerio", "ministere", "ministerie", "department", "departamento")
    + ("municipality", "municipalidad", "municipio", "municipalite", "government", "gobierno")
    + ("gouvernement", "governorate", "secretariat", "secretaria", "council", "city", "local")
    + ("national", "office", "chamber", "state", "public")
)
# The UN in one country, named without it (folded words).
UN_COUNTRY_PRESENCES = frozenset(
    (("co",), ("undp", "co"), ("country", "office"), ("undp", "country", "office"))
    + (("rco",), ("un", "rco"), ("undp", "rco"), ("resident", "coordinator", "office"))
    + (("unct",), ("un", "country", "team"), ("un", "rco", "office"))
)


def partner_key(name: str) -> str:
    """The form of a partner's name the importer matches on: case, spacing and punctuation
    do not make two organisations."""
    return " ".join("".join(c if c.isalnum() else " " for c in name.casefold()).split())


def plain(text: str) -> str:
    """`text` without accents, "&" read as "and"."""
    text = text.replace("&", " and ")
    return text if text.isascii() else without_accents(text)


def fold_word(word: str) -> str:
    """One word as names are compared: "Programmes" → "program", "Ministries" → "ministry"."""
    word = singular(word)
    if word.endswith("isation"):
        word = word[: -len("isation")] + "ization"
    return _SPELLINGS.get(word, word)


def words(text: str) -> tuple[str, ...]:
    """The folded words of `text`, "the" left out."""
    found = (w for w in _WORD.findall(plain(text).casefold()) if w != "the")
    return tuple(fold_word(w) for w in found)


def as_acronym(token: str) -> str:
    """`token` in capitals when it is written as an acronym ("UNIMA", "MoA"), else ""."""
    token = _POSSESSIVE.sub("", plain(token.strip(" .,;:-–—")))
    if not _ACRONYM.fullmatch(token):
        return ""
    letters = [c for c in token if c.isalpha()]
    capitals = sum(c.isupper() for c in letters)
    if capitals < 2 or capitals * 2 < len(letters):
        return ""
    return "".join(c for c in token if c.isalnum()).upper()


class AcronymIndex:
    """Acronyms in a trie, to find those the words of a name abbreviate: each word gives one to
    `_PREFIX` leading letters, in order; a function word gives its first letter or nothing."""

    END = ""

    def __init__(self, acronyms):
        self.root: dict = {}
        for acronym in acronyms:
            node = self.root
            for letter in acronym.casefold():
                node = node.setdefault(letter, {})
            node[self.END] = acronym

    def abbreviated_by(self, name_words: tuple[str, ...]) -> set[str]:
        """The acronyms made of the first letter of each word of `name_words`, or of the first
        two or three letters of each ("UNIMA": UNIversity of MAlawi); a function word gives its
        first letter or nothing. Mixing the two, "UTA" for "Urban Tank" is none."""
        found: set[str] = set()
        if not 2 <= len(name_words) <= _MAX_ACRONYM_WORDS:
            return found

        def walk(i, node, lengths):
            if i == len(name_words):
                if self.END in node:
                    found.add(node[self.END])
                return
            word = name_words[i]
            takes = (0, 1) if word in FUNCTION_WORDS else lengths
            if 0 in takes:
                walk(i + 1, node, lengths)
            for length, letter in enumerate(word[: max(takes)], start=1):
                node = node.get(letter)
                if node is None:
                    return
                if length in takes:
                    walk(i + 1, node, lengths)

        walk(0, self.root, (1,))
        walk(0, self.root, (2, 3))
        return found


def per_country(base: tuple[str, ...], place_words: frozenset[str]) -> bool:
    """Whether a name of these folded words (`words()`, its acronym set aside) is one every
    country has, its words not saying which country's: a public body ("Ministry of Health",
    "Minsitry" too) or the UN in the country ("UNDP CO")."""
    if not base or place_words & set(base):
        return False
    first = base[0]
    return (
        first in PUBLIC_BODIES
        or base in UN_COUNTRY_PRESENCES
        or (
            len(first) >= MIN_TYPO_LETTERS
            and process.extractOne(first, PUBLIC_BODIES, scorer=OSA.distance, score_cutoff=1)
            is not None
        )
    )


def partner_key_in(name: str, countries, place_words: frozenset[str]) -> str:
    """The key a partner's name is matched on in a plan of `countries` (ISO codes):
    `partner_key`, and for a name every country has (`per_country`: "Ministry of Health",
    "UNDP CO") the countries too ("ministry of health @ken"), so that the plans of two
    countries never share one such partner."""
    key = partner_key(name)
    if key and countries and per_country(read_name(0, name).base, place_words):
        return f"{key} @{' '.join(countries).lower()}"
    return key


@dataclass
class Name:
    """What the rules read of one name."""

    id: int
    text: str
    folded: tuple[str, ...]  # words() of the whole name
    base: tuple[str, ...]  # words() with its acronym set aside (== folded when it has none)
    acronym: str = ""  # the acronym it declares, or the whole name when it is one
    only_acronym: bool = False
    countries: frozenset = frozenset()  # of the plans naming it


def read_name(id_, text: str, countries=frozenset()) -> Name:
    """A name, its acronym set aside: in parentheses, or leading or trailing when it abbreviates
    the rest."""
    folded, tokens = words(text), text.split()
    if len(tokens) == 1 and as_acronym(tokens[0]):
        return Name(id_, text, folded, folded, as_acronym(tokens[0]), True, countries)
    parens = _PAREN.findall(text)
    if len(parens) == 1 and as_acronym(parens[0]):
        base = words(_PAREN.sub(" ", text))
        return Name(id_, text, folded, base, as_acronym(parens[0]), False, countries)
    if len(tokens) > 2:
        for edge, rest in ((tokens[0], tokens[1:]), (tokens[-1], tokens[:-1])):
            acronym = as_acronym(edge)
            base = words(" ".join(rest)) if acronym else ()
            if acronym and AcronymIndex([acronym]).abbreviated_by(base):
                return Name(id_, text, folded, base, acronym, False, countries)
    return Name(id_, text, folded, folded, countries=countries)


@dataclass(frozen=True)
class Pair:
    a: int  # for an acronym, the name that is one
    b: int
    rule: str
    detail: str = ""  # the acronym, or the two words of a close spelling


@dataclass
class Matcher:
    """The pairs among `names` ((id, name, countries) triples) that probably name one
    organisation.

    `place_words`: folded words of place names (countries...), which a typo never changes.
    """

    names: list[tuple[int, str, frozenset]]
    place_words: frozenset[str] = frozenset()
    pairs: list[Pair] = field(default_factory=list)

    def run(self) -> list[Pair]:
        self.read = [read_name(*name) for name in self.names]
        self.seen: set[tuple[int, int]] = set()
        self.scopes = {name.id: self._scopes(name) for name in self.read}
        index = AcronymIndex({n.acronym for n in self.read if n.only_acronym})
        self._same_keys()
        self._acronyms(index)
        self._close_spellings()
        return self.pairs

    def _link(self, first: Name, others: list[Name], rule, detail=""):
        """Pair `first` with each of `others` not paired yet (by one rule or another)."""
        for other in others:
            pair = (min(first.id, other.id), max(first.id, other.id))
            if pair not in self.seen:
                self.seen.add(pair)
                self.pairs.append(Pair(first.id, other.id, rule, detail))

    def _scopes(self, name: Name):
        """Where `name` may have a namesake: anywhere (None), or for a public body in each
        country whose plans name it."""
        return sorted(name.countries) if per_country(name.base, self.place_words) else [None]

    def _same_keys(self):
        by_folded, by_base = defaultdict(list), defaultdict(list)
        for name in self.read:
            for scope in self.scopes[name.id] if name.folded else ():
                by_folded["".join(name.folded), scope].append(name)
        for group in by_folded.values():
            if len(group) > 1:
                self._link(group[0], group[1:], SAME_NAME)
        # One name per folded spelling: the rule above already joined the others.
        for (_, scope), group in by_folded.items():
            name = group[0]
            if not name.only_acronym and name.base:
                by_base["".join(name.base), scope].append(name)
        for group in by_base.values():
            acronyms = {n.acronym for n in group if n.acronym}
            if len(group) > 1 and acronyms and len(acronyms) == 1:
                self._link(group[0], group[1:], SAME_WITHOUT_ACRONYM, acronyms.pop())

    def _acronyms(self, index: AcronymIndex):
        """An acronym alone pairs with the names declaring it, and with those it abbreviates
        that a plan of the same country names; not when these are two different names."""
        declared, abbreviated = defaultdict(list), defaultdict(list)
        for name in self.read:
            if name.acronym and not name.only_acronym:
                declared[name.acronym].append(name)
            elif not name.acronym:
                for acronym in index.abbreviated_by(name.base):
                    abbreviated[acronym].append(name)
        for name in self.read:
            if not name.only_acronym:
                continue
            nearby = [n for n in abbreviated[name.acronym] if n.countries & name.countries]
            declaring = [
                n
                for n in declared[name.acronym]
                if n.countries & name.countries or not per_country(n.base, self.place_words)
            ]
            meanings = [*declaring, *nearby]
            if meanings and len({n.base for n in meanings}) == 1:
                self._link(name, meanings, ACRONYM, name.acronym)

    def _close_spellings(self):
        """Names with the same words but one: a key per word, that word replaced by its first
        letter, so two names sharing a key differ at most in that word (typos after its
        first letter)."""
        blocks = defaultdict(lambda: defaultdict(list))  # key -> differing word -> names
        for name in self.read:
            if name.only_acronym:
                continue
            for i, word in enumerate(name.base):
                if len(word) >= MIN_TYPO_LETTERS and word.isalpha():
                    for scope in self.scopes[name.id]:
                        key = (*name.base[:i], f"{word[0]}*", *name.base[i + 1 :], scope)
                        blocks[key][word].append(name)
        for by_word in blocks.values():
            if len(by_word) < 2:
                continue
            spellings = list(by_word)
            for j, word in enumerate(spellings[:-1]):
                for other_word in self._typos_of(word, spellings[j + 1 :]):
                    for name in by_word[word]:
                        detail = f"{word}/{other_word}"
                        self._link(name, by_word[other_word], CLOSE_SPELLING, detail)

    def _typos_of(self, word: str, others: list[str]) -> list[str]:
        """The words of `others` one typo away from `word`: one edit (a transposition counts
        as one) when the shorter has MIN_TYPO_LETTERS letters or more, two from 9; never
        from one place name to another."""
        found = process.extract(
            word, others, scorer=OSA.distance, score_cutoff=2, limit=None
        )  # one call per word: the comparisons run in rapidfuzz, not in Python
        return [
            other
            for other, distance, _ in found
            if distance <= (2 if min(len(word), len(other)) >= 9 else 1)
            and not (word in self.place_words and other in self.place_words)
        ]


# Words of country names that name no place alone ("United", "Republic", "South").
_NOT_PLACES = frozenset(
    ("republic", "united", "state", "island", "democratic", "people", "federation", "kingdom")
    + ("new", "south", "north", "east", "west", "saint", "sint", "central", "territory")
    + ("federated", "plurinational", "bolivarian", "islamic", "arab", "union", "great")
    + ("british", "french", "american", "outlying", "minor", "holy", "see", "province")
)


def place_words(place_names) -> frozenset[str]:
    """The folded words of `place_names` (countries...) that name a place ("d'Ivoire": no
    letter alone)."""
    found = {word for name in place_names for word in words(name) if len(word) > 2}
    return frozenset(found - _NOT_PLACES - FUNCTION_WORDS)


def find_pairs(names, place_words=frozenset()) -> list[Pair]:
    """The pairs of `names` ((id, name, countries) triples) that probably name one
    organisation."""
    return Matcher(list(names), frozenset(place_words)).run()
