"""The language of a record's text, detected offline when it is imported or edited, to choose
the stemming its search entry gets on PostgreSQL.

lingua (lingua-language-detector) is maintained, offline and accurate on short texts; it is
asked to choose among the archive's languages only, which keeps it fast and its models small.
"""

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
OTHERS = (Language.PORTUGUESE, Language.RUSSIAN, Language.SERBIAN, Language.BOSNIAN)
# Enough text to tell; detection time grows with the length.
SAMPLE = 3000
# Low accuracy mode reads trigrams only. A record's text is nearly always longer than the 120
# characters past which lingua finds it as reliable as the high mode, and the high mode's
# other models take some 180 MB of memory once a short text has called for them.


@cache
def _detector():
    return (
        LanguageDetectorBuilder.from_languages(*LANGUAGES, *OTHERS).with_low_accuracy_mode().build()
    )


def detect_language(text: str) -> str:
    """The TextLanguage value of `text`: en, fr, es, or other (also for an empty text)."""
    if not text.strip():
        return TextLanguage.OTHER
    found = _detector().detect_language_of(text[:SAMPLE])
    return LANGUAGES.get(found, TextLanguage.OTHER)
