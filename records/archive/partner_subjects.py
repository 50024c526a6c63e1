"""Names listed as the subject of a sentence: "CSIP, FIIS, Angel for Us, Biz Care, Wise are
working with SIBs to build…" names five organisations, those without an organisation's word
too, for the sentence says what they do; "Biz Care, Angel for Us are 2 new companies…" says
what kind they are."""

from __future__ import annotations

import re

from .organisations import ONE_NAME
from .sectors import sector_in_name

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


# Names, then what kind of organisations the sentence says they are: "Biz Care, Angel for Us
# are 2 new companies partnering with UNDP".
_SAID_KIND = re.compile(
    r"(?P<names>[A-Z0-9][^,.;:()]{0,40}(?:(?:,\s*|\s+and\s+)[A-Z0-9][^,.;:()]{0,40})*?)"
    r"\s+(?:are|were)\s+(?:(?:\d+|two|three|four|five|both|all)\s+)?(?:(?:new|local)\s+)?"
    r"(?P<kind>companies|start-?ups|private companies|ngos|foundations|universities)\b",
    re.I,
)


def kinds_said(text: str) -> list[tuple[str, str]]:
    """(name, sector) of the organisations a text's sentences say are of a kind by starting
    with their names ("Biz Care, Angel for Us are 2 new companies…"), each a name
    (`ONE_NAME`)."""
    found = []
    for sentence in re.split(r"(?<=[a-z)]\.)\s+|\n", text):
        m = _SAID_KIND.match(sentence.strip())
        names = re.split(r",\s*(?:and\s+)?|\s+and\s+", m["names"]) if m else []
        if names and all(ONE_NAME.fullmatch(name) for name in names):
            found += [(name, sector_in_name(m["kind"])) for name in names]
    return found
