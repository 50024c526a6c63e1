"""The language whose records a search ranks first (records.search.expression.LANGUAGE_BOOST):
French or Spanish when the query is written in it, else the interface's language when it is
French or Spanish (/fr/search/), else none (an English query ranks by relevance alone).

A query is a few words, too few for a statistical detector (lingua, which detects a record's
language, reads "climate change adaptation" as French). Its words vote instead, by what the
project ships. A query holding an English function word is English. Else French and Spanish
each get a vote for a letter of theirs (è, ñ...), one for each of their function words, and
one when all the words the thesaurus's labels and the SDG names hold (records.thesaurus,
records.place_names) are in theirs and none in the English ones. The language with more votes,
or as many and more of the words in its labels, is the query's; with no vote, none is.
"""

from functools import cache

from django.utils import translation

from .. import thesaurus
from ..place_names import sdg_names
from .analysis import LANGUAGES
from .concepts import content_words
from .query import WORD, fold

# Function words only English writes: a query holding one is English.
ENGLISH_WORDS = frozenset(
    ("an", "and", "are", "as", "at", "by", "for", "from", "is", "of", "on", "or", "the", "to")
    + ("with",)
)
FUNCTION_WORDS = {
    "fr": frozenset(
        ("au", "aux", "d", "dans", "de", "des", "du", "en", "et", "l", "la", "le", "les", "par")
        + ("pour", "sur", "un", "une")
    ),
    "es": frozenset(
        ("al", "con", "de", "del", "el", "en", "la", "las", "lo", "los", "para", "por", "su")
        + ("un", "una", "y")
    ),
}
LETTERS = {"fr": frozenset("àâçèéêëîïôùûœ"), "es": frozenset("áéíñóúü¿¡")}
# The languages a search ranks first: those whose records a query may be written for.
RANKED_FIRST = ("fr", "es")


@cache
def _label_words() -> dict[str, frozenset[str]]:
    """Each language → the words of its thesaurus labels and SDG names (folded, less
    STOPWORDS)."""
    labels = [concept.labels for concept in thesaurus.concepts()]
    labels += [tuple(names[language] for language in LANGUAGES) for names in sdg_names().values()]
    return {
        language: frozenset(word for names in labels for word in content_words(names[index]))
        for index, language in enumerate(LANGUAGES)
    }


def written_in(text: str) -> str | None:
    """fr or es when `text` reads as written in it, else None (English, or words that do not
    tell)."""
    words = WORD.findall(fold(text))
    if any(word in ENGLISH_WORDS for word in words):
        return None
    labels = _label_words()
    # The words the labels of some languages hold, not of all (a place name tells nothing).
    content = [word for word in words if 0 < sum(word in labels[lang] for lang in LANGUAGES) < 3]
    # None of them English: words all of which one language's labels hold tell it.
    foreign = bool(content) and not any(word in labels["en"] for word in content)
    letters = set(text.lower())
    told, votes = False, {}
    for language in RANKED_FIRST:
        held = sum(word in labels[language] for word in content)
        hints = (
            bool(letters & LETTERS[language])
            + sum(word in FUNCTION_WORDS[language] for word in words)
            + (foreign and held == len(content))
        )
        told = told or bool(hints)
        votes[language] = (hints, held)
    (first, best), (_, other) = sorted(votes.items(), key=lambda item: item[1], reverse=True)
    return first if told and best > other else None


def ranked_first(text: str) -> str | None:
    """The language (fr or es) whose records a search for `text` ranks first, or None."""
    written = written_in(text)
    if written in RANKED_FIRST:
        return written
    interface = translation.get_language()
    return interface if interface in RANKED_FIRST else None
