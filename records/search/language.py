"""The language of a record's text, detected offline when it is imported or edited, to choose
the stemming its search entry gets (records.search.analysis).

lingua (lingua-language-detector) is maintained, offline and accurate on short texts; it is
asked to choose among the archive's languages only, which keeps it fast and its models small.
"""

import re
from functools import cache

from lingua import Language, LanguageDetectorBuilder

from ..enums import TextLanguage

LANGUAGES = {
    Language.ENGLISH: TextLanguage.ENGLISH,
    Language.FRENCH: TextLanguage.FRENCH,
    Language.SPANISH: TextLanguage.SPANISH,
}
# Other languages the archive holds a few texts in: they are told apart so that they are not
# taken for one of the three (their records are indexed without stemming).
OTHERS = (
    Language.PORTUGUESE,
    Language.RUSSIAN,
    Language.SERBIAN,
    Language.BOSNIAN,
    Language.TURKISH,
)
# Enough text to tell; detection time grows with the length.
SAMPLE = 3000
# Low accuracy mode reads trigrams only. A record's text is nearly always longer than the 120
# characters past which lingua finds it as reliable as the high mode, and the high mode's
# other models take some 180 MB of memory once a short text has called for them.


# Function words that make up a fifth or more of English prose and are rare in French and
# Spanish; and those as common in French and Spanish prose.
_ENGLISH_WORDS = "the and of to in is for that with are this was on by be as from have we will"
_ROMANCE_WORDS = "de la le et les des el y que los las en du une est para con por del pour dans"
ENGLISH_WORDS = frozenset(_ENGLISH_WORDS.split())
ROMANCE_WORDS = frozenset(_ROMANCE_WORDS.split())
_WORD = re.compile(r"[a-z]+")
# Function words common in French prose and rare in Spanish, and the reverse
# (clearly_romance).
_FRENCH_WORDS = "le les des du et une est pour dans qui sur au aux avec ce cette sont pas nous"
_SPANISH_WORDS = "el los las del y con una al más sus este esta para por como"
FRENCH_WORDS = frozenset(_FRENCH_WORDS.split())
SPANISH_WORDS = frozenset(_SPANISH_WORDS.split())
_LETTERS = re.compile(r"[^\W\d_]+")
# A sample reads as French or Spanish with this share of its words the language's function
# words (and as many words as an English one), at most ROMANCE_SHARE the other's and at most
# this share ENGLISH_WORDS.
ROMANCE_SHARE_MIN = 0.12
ENGLISH_SHARE_MAX = 0.05
# A sample reads as English with this many words, this share of them ENGLISH_WORDS and at most
# this share ROMANCE_WORDS.
ENGLISH_MIN_WORDS = 40
ENGLISH_SHARE = 0.15
ROMANCE_SHARE = 0.02


@cache
def _detector():
    return (
        LanguageDetectorBuilder.from_languages(*LANGUAGES, *OTHERS).with_low_accuracy_mode().build()
    )


def detect_language(text: str) -> str:
    """The TextLanguage value of `text`: en, fr, es, or other (also for an empty text)."""
    if not text.strip():
        return TextLanguage.OTHER
    sample = text[:SAMPLE]
    if clearly_english(sample):
        return TextLanguage.ENGLISH
    return clearly_romance(sample) or LANGUAGES.get(
        _detector().detect_language_of(sample), TextLanguage.OTHER
    )


def clearly_english(sample: str) -> bool:
    """Whether `sample` reads as English by its function words alone (ENGLISH_SHARE of its
    words or more, ROMANCE_SHARE at most). lingua finds every such record of the archive
    English too; this test costs a small part of its time, and most records are English."""
    words = _WORD.findall(sample.lower())
    if len(words) < ENGLISH_MIN_WORDS:
        return False
    english = sum(map(ENGLISH_WORDS.__contains__, words))
    romance = sum(map(ROMANCE_WORDS.__contains__, words))
    return english >= ENGLISH_SHARE * len(words) and romance <= ROMANCE_SHARE * len(words)


def clearly_romance(sample: str) -> str | None:
    """French or Spanish when `sample` reads so by its function words alone (ROMANCE_SHARE_MIN
    of its words, at most ROMANCE_SHARE of the other language's and ENGLISH_SHARE_MAX English
    ones), else None. lingua finds every such record of the archive in that language too."""
    words = _LETTERS.findall(sample.lower())
    if len(words) < ENGLISH_MIN_WORDS:
        return None

    def share(function_words: frozenset[str]) -> float:
        return sum(map(function_words.__contains__, words)) / len(words)

    if share(ENGLISH_WORDS) > ENGLISH_SHARE_MAX:
        return None
    french, spanish = share(FRENCH_WORDS), share(SPANISH_WORDS)
    if french >= ROMANCE_SHARE_MIN and spanish <= ROMANCE_SHARE:
        return TextLanguage.FRENCH
    if spanish >= ROMANCE_SHARE_MIN and french <= ROMANCE_SHARE:
        return TextLanguage.SPANISH
    return None
