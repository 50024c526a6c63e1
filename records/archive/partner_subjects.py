"""Names listed as the subject of a sentence: "CSIP, FIIS, Angel for Us, Biz Care, Wise are
working with SIBs to build…" names five organisations, those without an organisation's word
too, for the sentence says what they do."""

from __future__ import annotations

import re

from .organisations import ONE_NAME

# Three names or more, separated by commas, then the sentence's verb.
_LISTED_SUBJECTS = re.compile(
    r"(?P<names>[A-Z0-9][^,.;:()]{0,40}(?:,\s*(?:and\s+)?[A-Z0-9][^,.;:()]{0,40}){2,}?)"
    r"\s+(?:are|were|have|has|had|will|would|can|could|[a-z]{3,}ed)\s"
)
_PART = re.compile(r",\s*(?:and\s+)?")


def subjects_listed(sentence: str) -> list[str]:
    """The names a sentence starts with as its subject, three or more separated by commas,
    each capitalised words and the small words between them (`ONE_NAME`); [] else."""
    m = _LISTED_SUBJECTS.match(sentence.strip())
    names = _PART.split(m["names"]) if m else []
    return names if all(ONE_NAME.fullmatch(name) for name in names) else []
