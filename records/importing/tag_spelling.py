"""One tag per spelling family: "Co-creation", "co creation" and "co -creation", "Énergie" and
"energie", "survey" and "surveys" share one key; the importer matches tags on it."""

from __future__ import annotations

import re

from ..archive.text import without_accents

_NOT_ALNUM = re.compile(r"[^a-z0-9]+")
# Words an "s" ends without making them plural.
_NOT_PLURAL_ENDS = ("ss", "us", "is", "news")


def tag_key(name: str) -> str:
    """The spelling family's key: no accents, lower case, words in the singular, "-" between.

    Idempotent: the key of a key is itself, so a slug or alias has the key of its name.
    """
    words = _NOT_ALNUM.sub(" ", without_accents(name.casefold())).split()
    return "-".join(map(_singular, words))


def _singular(word: str) -> str:
    if len(word) <= 3 or not word.endswith("s") or word.endswith(_NOT_PLURAL_ENDS):
        return word
    if word.endswith("ies") and len(word) > 4:
        return word[:-3] + "y"
    return word[:-1]
