"""One tag per spelling family: "Co-creation", "co creation" and "co -creation", "Énergie" and
"energie", "survey" and "surveys" share one key; the importer matches tags on it."""

from __future__ import annotations

import re

from ..folding import fold, singular

_NOT_ALNUM = re.compile(r"[^a-z0-9]+")


def tag_key(name: str) -> str:
    """The spelling family's key: no accents, lower case, words in the singular, "-" between.

    Idempotent: the key of a key is itself, so a slug or alias has the key of its name.
    """
    words = _NOT_ALNUM.sub(" ", fold(name)).split()
    return "-".join(map(singular, words))
