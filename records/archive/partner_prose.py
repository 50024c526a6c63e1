"""Organisations named inside a sentence: "We worked with a globally recognized NGO (TECHO)
to develop …", "Yala Rajabhat University in exploring waste management solutions".

A name is a run of capitalised words (with "of", "for", "and", "de"… inside it) holding a word
that organisations use ("Ministry", "University", "Foundation", "Ltd"…), or an acronym of two
capitals or more; its acronym in parentheses goes with it. Words capitalised because they
start the sentence ("We", "Nous", "The") are no name; nor are places ("Buenos Aires").
"""

from __future__ import annotations

import re

from .sectors import sector_word

_CONNECTORS = r"(?:of|for|and|the|on|de|du|des|la|le|les|del|y|et|&)"
_CAPITALISED = r"(?:[A-Z][\w'’&-]*|[A-Z]{2,}\d*)"
_NAME = re.compile(
    rf"{_CAPITALISED}(?:\s+(?:{_CONNECTORS}\s+)*{_CAPITALISED})*(?:\s*\([A-Z][\w&.\s-]{{0,20}}\))?"
)
# Alone, an acronym of three capitals or more ("GIZ"); "IT" and "UX" are words.
_ACRONYM = re.compile(r"^[A-Z][A-Z0-9&-]{2,}$")
_NAMED_ACRONYM = re.compile(r"^(.*?)\s*\(([A-Z][A-Z0-9&-]{1,})\)$")
_ORGANISATION = re.compile(
    r"(?i)\b(?:ministry|minist[eè]re|ministerio|university|universit[eé]|universidad|college"
    r"|school|academy|institute|institut|instituto|agency|agence|agencia|authority|council"
    r"|conseil|consejo|commission|department|office|bureau|directorate|secretariat|municipal"
    r"|municipality|mairie|government|foundation|fondation|fundaci[oó]n|association"
    r"|asociaci[oó]n|network|alliance|union|federation|chamber|cent(?:er|re)|centro"
    r"|organi[sz]ation|company|corporation|group|ltd|limited|llc|inc|bank|banco|board"
    r"|service|services|unit|hub|lab|labs|programme|program|project|initiative|platform"
    r"|cooperative|coop[eé]rative|society|trust|fund|fonds|fondo|observatory|partnership)\b"
)
# Capitalised only because they start a sentence or a clause.
_NOT_NAME_WORDS = (
    "We Our Us They Their It This These Those In As With Through During Although However "
    "Also So Then Finally Additionally Moreover Currently Unfortunately Nous Notre Nos Ils "
    "Avec Dans Pour Con Para Hemos The A An And Yes No Not"
)
_NOT_NAMES = frozenset(_NOT_NAME_WORDS.split())


def names_in_prose(text: str) -> list[str]:
    """The organisations' names a sentence holds, in order, once each."""
    found: list[str] = []
    for m in _NAME.finditer(text):
        words = m.group().split()
        while words and words[0] in _NOT_NAMES:
            words.pop(0)
        name = _name(" ".join(words))
        if name and name not in found:
            found.append(name)
    return found


def _name(run: str) -> str:
    """The organisation's name a run of capitalised words is, or ""."""
    named = _NAMED_ACRONYM.match(run)
    if named and sector_word(named.group(1)):
        # "a globally recognized NGO (TECHO)": TECHO, the sector in a gloss parse_partner reads.
        return f"{named.group(2)} ({named.group(1)})"
    plain = named.group(1) if named else run
    if len(plain.split()) >= 2 and _ORGANISATION.search(plain) or _ACRONYM.match(plain):
        return run
    return ""
