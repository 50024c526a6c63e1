"""Names read out of a sentence that name what was done rather than whom with: a project or
an event called after an organisation or by an acronym ("…is co-implementing ISEECOVID
project", "Participated in the City of Yokohama webinar"), and a kind of thing written as an
acronym that the plan puts in the plural ("…working with SIBs": social impact businesses)."""

from __future__ import annotations

import re

from .sectors import UN, UNKNOWN, sector_in_name

# What a name written before it names: a project or an event, a word or two in lower case
# between them ("the City of Yokohama waste management webinar").
_THING_AFTER = (
    r"(?:\s+(?!(?:a|an|the|to|in|on|of|for|and|with|at|by)\b)[a-z]+){0,2}"
    r"\s+(?:project|webinar|workshop|conference|event|campaign|hackathon)s?\b"
)


def names_a_thing(name: str, text: str) -> bool:
    """Whether `text` writes `name` only before a project or an event it names (see the
    module); False when it does not hold it, and for a UN entity ("the first UNDP project to
    reach out to us": UNDP's own work, a partner within the UN)."""
    if sector_in_name(name) == UN:
        return False
    at = [m.end() for m in re.finditer(rf"(?<!\w){re.escape(name)}(?!\w)", text)]
    return bool(at) and all(re.match(_THING_AFTER, text[end:]) for end in at)


def plural_acronyms(text: str) -> set[str]:
    """The acronyms `text` writes in the plural ("SIBs", "SAOs"): kinds of things or bodies,
    not one organisation; not a UN entity's or a donor's ("UNVs", its volunteers)."""
    found = set(re.findall(r"\b([A-Z]{2,})s\b", text))
    return {acronym for acronym in found if sector_in_name(acronym) == UNKNOWN}
