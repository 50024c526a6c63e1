"""Mentions of one organisation merged: "The Andrea Project" is "Andrea Project", an acronym
alone is the name declaring it, and a name joining partners named apart is those partners."""

from __future__ import annotations

import re

from ..partner_names import partner_key
from .document import PartnerMention
from .sectors import UNKNOWN

_THE = re.compile(r"(?i)^the\s+")
# The acronym a name declares at its end: "Widows & Orphans Movement (WOM)".
_DECLARED = re.compile(r"\(([A-Z][A-Z0-9&-]+)\)$")
# Between names written as one: "A and B", "A & B", "A, B", "A / B".
_JOINED = re.compile(r"\s+(?:and|&|et|y)\s+(?:the\s+)?|,\s+|\s+/\s+")


def merge_partners(mentions: list[PartnerMention]) -> list[PartnerMention]:
    """One mention per organisation; later duplicates fill a missing description or sector.
    "The Andrea Project" is "Andrea Project"; an acronym alone ("WOM") is the name that
    declares it ("Widows & Orphans Movement (WOM)"). A name that only joins names the plan
    also gives apart ("Secretariat of Energy and Behavioral Science Unit" beside both) is
    those organisations, not one more."""
    declared = {m[1]: x.name for x in mentions if (m := _DECLARED.search(x.name))}
    by_key: dict[str, PartnerMention] = {}
    for mention in mentions:
        kept = by_key.get(partner_key(_THE.sub("", declared.get(mention.name, mention.name))))
        if kept is None:
            by_key[partner_key(_THE.sub("", mention.name))] = mention
        else:
            kept.description = kept.description or mention.description
            if kept.sector == UNKNOWN:
                kept.sector = mention.sector
    return [m for key, m in by_key.items() if not _joins_others(m.name, set(by_key) - {key})]


def _joins_others(name: str, others: set[str]) -> bool:
    """Whether `name` joins partners named apart, or UNDP and one ("Both UNDP and Spices Board
    entered into a partnership")."""
    parts = [partner_key(part) for part in _JOINED.split(name)]
    return len(parts) > 1 and all(part in others or part == "undp" for part in parts)
