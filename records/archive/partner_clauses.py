"""Words written into a partner's name answer that are not the organisation's name: what it was
engaged for, its acronym after "or", classes of actors with their members, a list of sectors,
the collaboration itself written as a heading, a relative clause on it, and, in a sentence, a
programme's field before "work"."""

from __future__ import annotations

import re

from ..folding import fold
from .organisations import abbreviates
from .sectors import UN, sector_word

# What the organisation was engaged for, after its name: "Start-up Blink to Co-design the
# National Startup Strategy". The verb is one of engagement and an article follows it, so a
# name with "to" in it stays whole ("Blue Waste to Value", "Alliance to End Plastic Waste");
# the name ends in a capitalised word or a bracket, not in a verb ("… (PSFU) helped to …").
_PURPOSE = re.compile(
    r"\s+to\s+(?P<clause>(?i:(?:co-?)?(?:design|create|develop|build|support|implement|deliver"
    r"|provide|test|pilot|scale|map|organi[sz]e|conduct|run|host|launch|promote|train|help"
    r"|facilitate|identify|explore|prototype|collect|share|strengthen|improve|produce"
    r"|finance|fund|mobili[sz]e|engage))\s+(?:the|a|an|our|their|its|this|these)\s.*)$"
)
# A name, then its acronym after "or": "Badan Riset dan Inovasi Nasional or BRIN".
_OR_ACRONYM = re.compile(r"(?P<name>.+?)\s+or\s+(?P<acronym>[A-Z]{2,8})")
# A class of actors, then its members: "Incubators like Womwork", "Banks like Elsalam Bank".
_CLASS = r"[A-Z][a-z]+s(?:\s[a-z]+){0,2}|[A-Z][a-z]+(?:\s[a-z]+){0,2}\s[a-z]+s"
_CLASS_LIKE = re.compile(rf"(?P<kind>{_CLASS})\s+(?:like|such as|including|namely)\s+(?P<names>.+)")
_NEXT_CLASS = re.compile(rf"\s+and\s+(?=(?:{_CLASS})\s+(?:like|such as|including|namely)\s)")
# The collaboration, not the organisation, as the heading of a line: "Technical collaboration
# & data partnership for GeoAI platform: The research paper … from the Rights Lab, …".
_DEED = re.compile(
    r"(?:[A-Z][a-z]+\s+)?(?:collaboration|partnership|cooperation|engagement|coordination)"
    r"(?:\s+(?:&|and|for|with|on|of|in)\s.*)?"
)
_UN_AT_LARGE = re.compile(r"(?:un|united nations)(?: agencies| system)?")
_RELATIVE = re.compile(r",\s+(?:which|who|that|whose)\s+[a-z]")
_PARTS = re.compile(r"\s*[,;/]\s*|\s+(?:and|&)\s+")


def purpose_apart(name: str, description: str) -> tuple[str, str]:
    """The name without what it was engaged for, and the description with it in front ("To
    Co-design the National Startup Strategy. …"); else the two as they are."""
    m = _PURPOSE.search(name)
    last = name[: m.start()].split()[-1:] if m else []
    if not last or not (last[0][:1].isupper() or last[0].endswith(")")):
        return name, description
    clause = f"To {m['clause'].strip()}"
    return name[: m.start()], f"{clause}. {description}" if description else clause


def name_of(name: str) -> str:
    """The organisation's name a name answer's words give, with its acronym (see
    `with_acronym`); "" when they are the collaboration, not an organisation (`is_deed`)."""
    return "" if is_deed(name) else with_acronym(name)


def has_clause(text: str) -> bool:
    """Whether a line says something of the organisations it names in a relative clause
    ("Ministry of Education and Science of the Kyrgyz Republic, who inform all public
    schools…")."""
    return bool(_RELATIVE.search(text))


def with_acronym(name: str) -> str:
    """ "Badan Riset dan Inovasi Nasional or BRIN" as "Badan Riset dan Inovasi Nasional
    (BRIN)", when the acronym is the name's; "UNDP or UNICEF" stays."""
    m = _OR_ACRONYM.fullmatch(name)
    if m and abbreviates(m["acronym"], m["name"]):
        return f"{m['name']} ({m['acronym']})"
    return name


def classes_with_members(line: str) -> list[tuple[str, str]]:
    """(class, members) of a line naming two classes of actors or more, each with its members
    (one class and its members is read elsewhere): "Incubators like Womwork and Banks like
    Elsalam Bank" gives ("Incubators", "Womwork") and ("Banks", "Elsalam Bank"), the members
    as written (a list of names to split); [] for any other line."""
    found = [_CLASS_LIKE.fullmatch(part.strip()) for part in _NEXT_CLASS.split(line)]
    if len(found) < 2 or not all(found):
        return []
    return [(m["kind"], m["names"]) for m in found]


def names_sectors(line: str) -> bool:
    """Whether a line lists sectors alone, no organisation's name: "Académia, Government,
    Civil Society, United Nations Private sector" (two sectors may run on without a comma)."""
    parts = [part for part in _PARTS.split(line.strip(" .;,")) if part]
    return len(parts) > 1 and all(_is_sectors(part) for part in parts)


def _is_sectors(part: str) -> bool:
    words = fold(part).split()
    return _is_sector(words) or any(
        _is_sector(words[:i]) and _is_sector(words[i:]) for i in range(1, len(words))
    )


def _is_sector(words: list[str]) -> bool:
    """Whether words name a sector: "UN agencies" and "United Nations" do, "UNDP" and "UN
    Women" name an organisation."""
    said = " ".join(words)
    return sector_word(said) not in (None, UN) or _UN_AT_LARGE.fullmatch(said) is not None


def is_deed(name: str) -> bool:
    """Whether a name answer's heading is the collaboration ("Technical collaboration & data
    partnership for GeoAI platform"), not an organisation."""
    return bool(_DEED.fullmatch(name))


def run_bounds(text: str, start: int, end: int) -> tuple[int, int]:
    """The bounds of a run of capitalised words in a sentence without what is not the name:
    the field of a programme's piece of work after "for the" ("the CO Transcending Peace
    Program for the Disability Inclusive Innovation work": the capitals before "work" qualify
    it) and "CO", the country office whose programme it is."""
    m = _FOR_FIELD.search(text, start, end)
    if m and _WORK_AFTER.match(text, end) and _PROGRAMME.search(text, start, m.start()):
        end = m.start()
    lead = _COUNTRY_OFFICE.match(text, start, end)
    return (lead.end() if lead else start), end


# "for the Disability Inclusive Innovation" before "work": what a programme was engaged for.
# Only "for the" and a word of work: "the Alliance for Financial Inclusion initiative" and
# "Parley for the Oceans campaign" name the organisation whole.
_FOR_FIELD = re.compile(r"\s+for\s+the\s+[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)*$")
_WORK_AFTER = re.compile(r"\s+(?:work|efforts|activities)\b")
# A programme, whose field the words after "for the" are: not "the Centre for the Fourth
# Industrial Revolution" before "work".
_PROGRAMME = re.compile(r"\b(?:Programm?e?|Project|Initiative)$")
_COUNTRY_OFFICE = re.compile(r"CO\s+(?=[A-Z][a-z][\w'’-]*\s+[A-Z])")
