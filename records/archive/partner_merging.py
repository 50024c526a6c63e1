"""One mention per organisation a plan names: the same name written twice, with or without
"The", its declared acronym or its spaces, or as that acronym alone; a name that only joins
names the plan also gives apart is none."""

from __future__ import annotations

import re

from ..partner_names import AcronymIndex, as_acronym, partner_key, plain, words
from .document import PartnerMention
from .sectors import UNKNOWN

_THE = re.compile(r"(?i)^the\s+")
# The acronym or short name a name declares at its end: "Widows & Orphans Movement (WOM)",
# "Ministry of Environment (MiAmbiente)".
_DECLARED = re.compile(r"\s?\(([A-Z][A-Za-z0-9&-]+)\)$")
# Between names written as one: "A and B", "A & B", "A, B", "A / B".
_JOINED = re.compile(r"\s+(?:and|&|et|y)\s+(?:the\s+)?|,\s+|\s+/\s+")
# A last word an acronym may leave out: "UNV" of the "United Nations Volunteer Programme".
_LEFT_OUT = frozenset({"program"})


def merge_partners(mentions: list[PartnerMention]) -> list[PartnerMention]:
    """One mention per organisation; later duplicates fill a missing description or sector.
    "The Andrea Project" is "Andrea Project"; an acronym alone ("WOM") is the name that
    declares it ("Widows & Orphans Movement (WOM)"). A name that only joins names the plan
    also gives apart ("Secretariat of Energy and Behavioral Science Unit" beside both) is
    those organisations, not one more."""
    declared = _spelled_out(mentions)
    declared |= {m[1]: x.name for x in mentions if (m := _DECLARED.search(x.name))}
    by_key: dict[str, PartnerMention] = {}
    for mention in mentions:
        key = _merge_key(declared.get(mention.name, mention.name))
        kept = by_key.get(key)
        if kept is None:
            by_key[key] = mention  # an acronym under its name's key, whichever comes first
        else:
            kept.name = _fuller(kept.name, mention.name, declared)
            kept.description = kept.description or mention.description
            if kept.sector == UNKNOWN:
                kept.sector = mention.sector
    return [m for key, m in by_key.items() if not _joins_others(m.name, set(by_key) - {key})]


def _fuller(kept: str, other: str, declared: dict[str, str]) -> str:
    """Of two spellings of one partner, the name as the plan writes it in full: "Ministry of
    Environment (MiAmbiente)" said after "Ministry of Environment", "Mae Fah Luang
    Foundation" of "MFLF" and "Mae Fah Luang Foundation" in either order."""
    if _DECLARED.sub("", other) == kept or kept in declared:
        return other
    return kept


def _spelled_out(mentions: list[PartnerMention]) -> dict[str, str]:
    """The name each acronym named alone spells out, when it abbreviates one other name of
    the plan ("UNV" and the "United Nations Volunteer Programme"; see `AcronymIndex`)."""
    acronyms = {m.name for m in mentions if as_acronym(m.name) == m.name}
    if not acronyms:
        return {}
    index = AcronymIndex(acronyms)
    found: dict[str, set[str]] = {}
    lines = {m.name: m.description for m in mentions if m.name in acronyms}
    for mention in mentions:
        name = words(_DECLARED.sub("", mention.name))
        shorter = name[:-1] if name and name[-1] in _LEFT_OUT else ()
        for acronym in index.abbreviated_by(name) | index.abbreviated_by(shorter):
            found.setdefault(acronym, set()).add(mention.name)
        initials = "".join(word[0] for word in mention.name.split() if word[:1].isupper())
        for acronym, line in lines.items():
            # "TOAC: Tour Operators' Association in Cox's Bazar": the name after it on its line
            # starts as it does.
            glossed = (f"{acronym}{gloss}{mention.name}" in line for gloss in (": ", " - ", " ("))
            if len(initials) > 1 and acronym.startswith(initials) and any(glossed):
                found.setdefault(acronym, set()).add(mention.name)
    return {acronym: names.pop() for acronym, names in found.items() if len(names) == 1}


def _merge_key(name: str) -> str:
    """The key two spellings of one name in a plan share: no "The", no acronym declared at its
    end, no spaces, no accents ("Tesai Reka Paraguay" and "Tesaireka Paraguay (TRP)",
    "University of Panamá" and "University of Panama")."""
    return partner_key(plain(_DECLARED.sub("", _THE.sub("", name)))).replace(" ", "")


def _joins_others(name: str, others: set[str]) -> bool:
    """Whether `name` joins partners named apart, or UNDP and one ("Both UNDP and Spices Board
    entered into a partnership")."""
    parts = [_merge_key(part) for part in _JOINED.split(name)]
    return len(parts) > 1 and all(part in others or part == "undp" for part in parts)
