"""The concepts a query names, with their names in every language and spelling, so that a
query also finds the records that name them otherwise: "femmes" finds women, "gestión forestal"
finds forest management, "vietnam" finds Viet Nam, "hambre cero" finds Zero hunger.

Three sources, shipped as data: the UN's multilingual thesaurus (records.thesaurus: English,
French and Spanish labels), the SDGs' names in the three languages (data/sdg-names.tsv), and
every country's names: the reference data's name and aliases (fixtures/countries.json:
Viet Nam, Vietnam; Türkiye, Turkey) and its French and Spanish names (pycountry's
translations of ISO 3166, and its Portuguese one, a language a few records are in).

A name is looked up by its words' stems (records.search.analysis), without the words that
carry no meaning (STOPWORDS): "laboratorios de ciencias" names laboratories and science.
"""

import gettext
import json
from functools import cache
from pathlib import Path

import pycountry
from django.conf import settings

from .. import thesaurus
from ..place_names import sdg_names
from .analysis import LANGUAGES, stem
from .query import WORD, fold

COUNTRIES = Path(settings.BASE_DIR) / "fixtures" / "countries.json"
# Function words of the three languages, left out of names and queries.
STOPWORDS = frozenset(
    ("a", "an", "and", "are", "as", "at", "be", "by", "for", "from", "in", "is", "of")
    + ("on", "or", "that", "the", "this", "to", "was", "with")
    + ("au", "aux", "ce", "d", "de", "des", "du", "en", "et", "l", "la", "le", "les", "ou")
    + ("par", "pour", "sur", "un", "une")
    + ("al", "con", "del", "el", "las", "lo", "los", "para", "por", "que", "su", "una", "y")
)


def content_words(text: str) -> list[str]:
    """The folded words of `text` less STOPWORDS."""
    return [word for word in WORD.findall(fold(text)) if word not in STOPWORDS]


def key(words: list[str], language: str) -> tuple[str, ...]:
    return tuple(stem(word, language) for word in words)


def _sdg_names():
    for names in sdg_names().values():
        yield [(language, names[language]) for language in LANGUAGES]


def _country_names():
    translations = {
        language: gettext.translation("iso3166-1", pycountry.LOCALES_DIR, languages=[language])
        for language in ("fr", "es", "pt")
    }
    with COUNTRIES.open(encoding="utf-8") as file:
        countries = json.load(file)
    for country in countries:
        names = [country["name"], *country["aliases"]]
        iso = pycountry.countries.get(alpha_3=country["code"])
        if iso:
            names.append(iso.name)
            names += [t.gettext(iso.name) for t in translations.values()]
        # A country's name is the same word in any language: looked up in each.
        yield [(language, name) for name in dict.fromkeys(names) for language in LANGUAGES]


def _thesaurus_names():
    for concept in thesaurus.concepts():
        yield list(zip(LANGUAGES, concept.labels, strict=True))


@cache
def names() -> dict[tuple[str, ...], tuple[tuple[str, ...], ...]]:
    """Each name's stems, in the language it is looked up in, → the concept's names, each as
    its folded words (less STOPWORDS). A name two concepts share keeps the first (countries,
    then SDGs, then the thesaurus)."""
    found = {}
    for concept in (*_country_names(), *_sdg_names(), *_thesaurus_names()):
        spelled = {}
        for language, name in concept:
            words = content_words(name)
            if words:
                spelled.setdefault((language, key(words, language)), tuple(words))
        variants = tuple(dict.fromkeys(spelled.values()))
        for stems in dict.fromkeys(stems for _, stems in spelled):
            found.setdefault(stems, variants)
    return found


@cache
def longest() -> int:
    return max(map(len, names()))


def named(words: list[str]) -> list[tuple[int, int, tuple]]:
    """The concepts named in a run of folded words, as (start, end, names) over `words`,
    longest name first from left to right, without overlaps; a name is looked up by the
    words' stems in each language."""
    table = names()
    found = []
    start = 0
    while start < len(words):
        for end in range(min(len(words), start + longest()), start, -1):
            variants = next(
                (
                    table[k]
                    for k in dict.fromkeys(key(words[start:end], lang) for lang in LANGUAGES)
                    if k in table
                ),
                None,
            )
            if variants:
                found.append((start, end, variants))
                start = end
                break
        else:
            start += 1
    return found
