"""Text folded for comparison: accents, case and plurals set aside.

Every comparison of words the site makes folds them here: tag spellings
(tag_names), country names (importing.country_offices), partner names
(partner_names) and search words (search.query, search.sqlite, search.passages). Pure Python.
"""

import re
import unicodedata

# Words an "s" ends without making them plural.
NOT_PLURAL_ENDS = ("ss", "us", "is", "news")
# Plurals no "s" makes, with their singular.
IRREGULAR_PLURALS = {"women": "woman", "men": "man", "children": "child", "crises": "crisis"}
NOT_ASCII = re.compile(r"[^\x00-\x7f]")


def without_accents(text: str) -> str:
    """`text` with its accents (combining marks, after NFKD) removed: "economía" → "economia"."""
    if text.isascii():  # nothing to decompose
        return text
    decomposed = unicodedata.normalize("NFKD", text)
    # Each distinct character past ASCII is asked once, and the marks dropped in one pass.
    marks = "".join(
        sorted(c for c in set(NOT_ASCII.findall(decomposed)) if unicodedata.combining(c))
    )
    return re.sub(f"[{marks}]", "", decomposed) if marks else decomposed


def fold(text: str) -> str:
    """`text` without accents, in lower case: "Économie" → "economie"."""
    return without_accents(text).casefold()


def is_plural(word: str) -> bool:
    """Whether a folded word reads as an English plural: longer than three letters, ending in
    an "s" that is not of "ss", "us", "is" or "news"."""
    return len(word) > 3 and word.endswith("s") and not word.endswith(NOT_PLURAL_ENDS)


def singular(word: str) -> str:
    """A folded word in the singular: "surveys" → "survey", "studies" → "study", "women" →
    "woman"."""
    if word in IRREGULAR_PLURALS:
        return IRREGULAR_PLURALS[word]
    if not is_plural(word):
        return word
    if word.endswith("ies") and len(word) > 4:
        return word[:-3] + "y"
    return word[:-1]


def without_plural_s(word: str) -> str:
    """A folded word without the "s" of its plural: the start its singular and plural share
    ("payments" → "payment", "studies" → "studie")."""
    return word[:-1] if is_plural(word) else word
