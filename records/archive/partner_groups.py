"""Partners named as a group of people or a class of actors, and the organisations written
around such a group: people ("High Schools Students", "University Professors from the field of
Economics", "International Expertise") are no partner, but the organisations the group's
description names are ("…including insights from Dark Matter Labs as our international
partners"); a class and its members in brackets ("Civil Society Organizations [Finance Think;
European Policy Institute]", "Innovation hubs (Shaqdoon, Harhub, T-hub)") names the
members; a class and its members after "like" or "such as" in a description ("ESOs like
Makers Asylum, School of Social Entrepreneurs, Climate Collective etc.") names the members
too. A unit of the lab's own country office ("Inclusive
Growth Unit") is no partner either.
"""

from __future__ import annotations

import re

from ..folding import singular
from .organisations import ONE_NAME, ORGANISATION, is_group
from .places import place_or_field
from .sectors import GOVERNMENT, UN, UNKNOWN, sector_in_name, sector_word

# People, or what people bring, as the last word of a name's head ("Oecusse Local
# Entepreneurs", "Forward-looking individuals"): a group of people, no organisation.
_PEOPLE = re.compile(
    r"(?i)(?:^|\s)(?:ent\w*pr\w*neurs|students|professors|experts|expertise|individuals"
    r"|citizens|youths|women|volunteers|residents|teachers|researchers|academics|farmers"
    r"|influencers|bloggers|celebrities)$"
)
# Two fields joined by "and" before a kind in lower case: "PR and Marketing company" is a
# kind of company the plan means to hire, none named.
_FIELDS_KIND = re.compile(
    r"(?:[A-Z][a-z]+|[A-Z]{2,3})\s+(?:and|&)\s+[A-Z][a-z]+\s+"
    r"(?:compan(?:y|ies)|firms?|agenc(?:y|ies)|specialists?|consultants?|consultanc(?:y|ies))"
)
# A unit named by its field alone, no organisation's name in it: "Inclusive Growth Unit".
_OWN_UNIT = re.compile(
    r"(?:[A-Z][\w&'’-]*\s+(?:and\s+|&\s+)?){1,4}(?:Units?|Cluster|Pillar|Portfolio)"
)
# A name, then the kind of organisation it is: "FBK-Bel consulting companies".
_NAME_AND_KIND = re.compile(r"[A-Z][\w-]*[A-Z][\w-]*(?:\s+[a-z]+)+")
# What a class of actors ends with: "TEVET Institutions", "local business associations".
_CLASS_HEAD = re.compile(
    r"(?i)(?:^|\s)(?:institutions|associations|entities|agencies|organi[sz]ations|companies"
    r"|businesses|enterprises|ngos|csos|universities|schools|communities|groups|networks"
    r"|partners|stakeholders|actors|sector)$"
)
# A plural written with an apostrophe: "NGO´s", "CSO's".
_PLURAL_MARK = re.compile(r"[´'’]s$")
# A name's acronym or spelled-out name in brackets after it: "UNI-CV (University of Cabo Verde)".
_BRACKETS_AFTER = re.compile(r"\s*\([^()]*\)$")
# Two names of capitalised words joined by "and" that end with the same word: "Tbilisi City
# Hall and Batumi City Hall" ("Agency for … Development and Rural Development" is one).
_WORD = r"[A-Z][\w'’-]*"
_SAME_END = re.compile(
    rf"({_WORD}(?:\s+{_WORD})*?\s+({_WORD}))\s+(?:and|&)\s+({_WORD}(?:\s+{_WORD})*?\s+\2)"
)
# A legal form before two names: "LTD Tbilservice Group and Sandasuftaveba" are two companies.
_FORM_BEFORE_TWO = re.compile(rf"(?:LTD|Ltd\.?|LLC|JSC)\s+([A-Z].*?)\s+(?:and|&)\s+({_WORD})")
# A name in a list: capitalised words and the small words between them.
_LISTED_NAME = re.compile(r"[A-Z][\w&'’.-]*(?:\s+(?:(?:of|for|and|the|de|&)\s+)*[A-Z][\w&'’.-]*)*")
# Where a name's head ends and what qualifies it starts: "… from the field of Economics".
_QUALIFIER = re.compile(r"(?i)\s+(?:from|of|for|in|at|and|&|with)\s+")
# A class of actors, then its members in brackets, separated by ";".
_BRACKETED = re.compile(r"([^\[\]();]+?)\s*[\[(]([^\[\]()]+;[^\[\]()]+)[\])]")
# A class of actors, then its members: "ESOs like Makers Asylum, School of …, Climate
# Collective etc.".
_LIKE = re.compile(
    r"\b(?P<kind>[A-Z]{2,}s|[A-Za-z]+)\s+(?:like|such as|including|namely)\s+"
    r"(?P<names>[A-Z][^.;:]*?,\s*[A-Z][^.;:]*?)(?:,?\s+etc\b|\.\s|[.;:]?$)"
)


def is_people(name: str) -> bool:
    """Whether `name` is a group of people or of their expertise, not an organisation: its
    head ends with such a word ("High Schools Students", "University Professors from the
    field of Economics"); "Association of Farmers in Oecusse" is an association."""
    head = _QUALIFIER.split(name, maxsplit=1)[0]
    return bool(_PEOPLE.search(head)) and sector_in_name(name) != UN


# Where the head of a phrase in sentence case ends: "Waste collection workers under payroll".
_PHRASE_QUALIFIER = re.compile(r"\s+(?:from|of|for|in|at|under|with|across)\s+")
# What a class of actors or of people is called, last in its head.
_CLASS_NOUN = re.compile(
    r"collectors|pickers|enterprises|banks|groups|units|communities|representatives"
    r"|workers|activists|investors|organi[sz]ations|institutions|producers|specialists"
    r"|teachers|companies|businesses|cooperatives|agencies|authorities|schools|networks"
    r"|owners|vendors|traders|providers|operators|actors|stakeholders|donors|volunteers"
    r"|residents|households|families|neighbou?rhoods|people|youth"
)


def is_class_phrase(name: str) -> bool:
    """Whether `name` is a class of actors or of people written in sentence case, its only
    capital the first ("Private waste collectors", "Informal citizens' groups", "Border
    communities and their representatives", "Local producers for prototype"); "Sucupira
    women's association" is one organisation."""
    words = _PHRASE_QUALIFIER.split(name, maxsplit=1)[0].replace(",", " ").split()
    last = words[-1].strip("'’").lower() if words else ""
    # "FBK-Bel consulting companies": a name, then the kind of firm it is.
    lower = words and words[0][1:].islower() and all(not w[:1].isupper() for w in words[1:])
    return len(words) > 1 and bool(lower) and bool(_CLASS_NOUN.fullmatch(last))


def is_unnamed_kind(name: str) -> bool:
    """Whether `name` is a kind of organisation and no organisation's name (`_FIELDS_KIND`)."""
    return bool(_FIELDS_KIND.fullmatch(name))


def names_among_classes(line: str) -> list[str]:
    """The names of a list that runs them with classes of actors: "Turkonfed, local business
    associations, business entities" names Turkonfed; "NORTECH, GPLTC and TEVET Institutions
    from Lusaka" names NORTECH and GPLTC. A name there may be one word; [] when the list holds
    no class, or a part that is neither."""
    parts = re.split(r",\s+(?:and\s+)?", line.strip(" .;,"))
    last = re.split(r"\s+and\s+", parts[-1], maxsplit=1)
    if len(last) > 1 and _is_actors(last[1]):
        parts[-1:] = last
    classes = [part for part in parts if _is_actors(part)]
    names = [part for part in parts if part not in classes]
    if "," not in line or not classes or not names:
        return []
    named = all(
        _LISTED_NAME.fullmatch(_BRACKETS_AFTER.sub("", n)) and not sector_word(n) for n in names
    )
    return names if named else []


def _is_actors(part: str) -> bool:
    """Whether a part of a list is a class of actors: ending with a class's word ("NGO´s",
    "Private Sector") or people's before what qualifies it."""
    part = _PLURAL_MARK.sub("s", part)
    head = _QUALIFIER.split(part, maxsplit=1)[0]
    if _NAME_AND_KIND.fullmatch(head):
        return False
    return bool(_CLASS_HEAD.search(head)) or is_people(part)


def two_names(run: str) -> list[str]:
    """The names a run joins with "and" when both end with the same word ("Tbilisi City
    Hall and Batumi City Hall"), a legal form stands before both ("LTD Tbilservice Group
    and Sandasuftaveba") or both are in capitals ("JABA SPACE and ACTIVE SPACES"), and the
    members a class in the plural gives in brackets ("National Employer Unions (ECAM &
    GICAM)"); [] else ("Ministry of Trade and Industry" is one)."""
    if members := _MEMBERS_IN_BRACKETS.fullmatch(run):
        return re.split(r"\s*(?:&|,|\band\b)\s*", members[1])
    if (acronym := _ACRONYM_AND_NAME.fullmatch(run)) and _known_and_named(*acronym.groups()):
        return [acronym[1], acronym[2]]
    m = _SAME_END.fullmatch(run) or _FORM_BEFORE_TWO.fullmatch(run) or _CAPITALS_AND.fullmatch(run)
    return [m[1], m[3] if m.re is _SAME_END else m[2]] if m else []


# A class in the plural and its members' acronyms in brackets (`two_names`).
_MEMBERS_IN_BRACKETS = re.compile(
    r"(?:[A-Z][\w'’-]*\s+)*[A-Z][\w'’-]*[a-z]s\s*"
    r"\(([A-Z][A-Z0-9-]+(?:\s*(?:&|,|\band\b)\s*[A-Z][A-Z0-9-]+)+)\)"
)
# An acronym, "&" or "and", then a name: "OIM & Human Mobility Group" (`_known_and_named`).
_ACRONYM_AND_NAME = re.compile(r"([A-Z]{2,8})\s+(?:and|&)\s+([A-Z].*)")
# Acronyms of a class of actors, not of one organisation: "SME & Entrepreneurship Agency".
_CLASS_ACRONYM = re.compile(r"(?:I?NGO|CSO|CBO|ONG|OSC|M?SME|PPP)s?")
_CAPITALS_AND = re.compile(r"([A-Z]{2,}(?:\s[A-Z]{2,})*)\s+(?:and|&)\s+([A-Z]{2,}(?:\s[A-Z]{2,})*)")


def _known_and_named(acronym: str, name: str) -> bool:
    """Whether an acronym and a name joined by "&" are two organisations: the acronym is one
    whose sector is known ("OIM", "GIZ"), no class of actors ("SME"), and the name has an
    organisation's word of its own ("Human Mobility Group"); "R&D Centre", "ICT & Innovation
    Hub" (a field before the name's head) are one name. "UNDP and Spices Board" in a sentence
    is the labs' own organisation beside the partner, left to the prose rules."""
    return (
        acronym != "UNDP"
        and sector_in_name(acronym) != UNKNOWN
        and not _CLASS_ACRONYM.fullmatch(acronym)
        and bool(ONE_NAME.fullmatch(name) and ORGANISATION.search(name))
    )


def is_class(kind: str) -> bool:
    """Whether `kind` is a class of actors ("ESOs", "NGOs", "Civil Society Organizations")."""
    return bool(re.fullmatch(r"[A-Z]{2,}s", kind) or is_group(kind) or sector_word(kind))


def bracketed_members(text: str) -> str:
    """ "Civil Society Organizations [Finance Think; European Policy Institute]": each member on
    a line of its own; other lines as they are."""
    lines = []
    for line in text.split("\n"):
        m = _BRACKETED.fullmatch(line.strip())
        members = m[2].split(";") if m and is_class(m[1]) else [line]
        lines += [_with_kind(name, m[1] if m else "") for name in members if name.strip()]
    return "\n".join(lines)


def _with_kind(name: str, kind: str) -> str:
    """A member's name, with its class in parentheses when the class says a sector (the gloss
    parse_partner reads it from)."""
    return f"{name.strip()} ({kind})" if kind and sector_word(kind) else name.strip()


def members_listed(text: str) -> list[str]:
    """The members of a class of actors a description lists after "like", "such as"
    ("…partners - ESOs like Makers Asylum, School of Social Entrepreneurs, Climate Collective
    etc."), each a name, the class in parentheses after it."""
    return [
        _with_kind(name, m["kind"])
        for m in _LIKE.finditer(text)
        if is_class(m["kind"])
        for name in re.split(r",\s*|\s+and\s+", m["names"])
        if name.strip()
    ]


def organisations_of(names: list[str]) -> list[str]:
    """Of the names a group's description holds, those with an organisation's word ("Dark
    Matter Labs"): an acronym alone may be a report or a topic ("HDR")."""
    return [name for name in names if ORGANISATION.search(name)]


def is_own_unit(name: str) -> bool:
    """ "Governance Unit", "Inclusive Growth Unit" among the UN partners: a unit of the
    country office the plan's lab belongs to, no partner; "UNDP Strategic Innovation Unit"
    and "UNICEF Innovation Team" name their organisation."""
    return bool(_OWN_UNIT.fullmatch(name)) and sector_in_name(name) != UN


# A class of bodies and its members in parentheses, a list: "Municipalities (Addis Ababa
# solid waste management agency, Adama, Bisheftu and Bahirdar municipalities)".
# A member may carry a gloss of its own: "(Val D'En Dor, … + FALCON Association
# (Mauritius/Rodrigues))".
_MEMBER_TEXT = r"(?:[^()]|\([^()]*\))*"
_CLASS_AND_LIST = re.compile(
    rf"(?P<kind>[^()]+?)\s*\((?P<members>{_MEMBER_TEXT}(?:,|\sand\s|&|\s\+\s){_MEMBER_TEXT})\)"
)
_MEMBER_SPLIT = re.compile(r"\s*,\s*(?:and\s+)?|\s+(?:and|&|\+)\s+")
# A narrower kind in lower case inside a class's parentheses, its members in its own, the
# outer parenthesis often left open: "private sectors (innovators (RIMCIOMPOST, SMARTrash)".
_NARROWER_KIND = re.compile(
    r"(?P<kind>[^()]+?)\s*\(\s*[a-z][a-z\s-]*?\s*\((?P<members>[^()]+)\)\)?"
)
# Where the bodies of a class are: "Farming Associations in Mauritius and Seychelles".
_PLACED = re.compile(r"\s+(?:in|of|from)\s+[A-Z][\w'’-]*(?:\s+(?:and\s+)?[A-Z][\w'’-]*)*$")
# A plural head said once for the members: after the last ("Adama, Bisheftu and Bahirdar
# municipalities") or before the first ("Intendencias de Montevideo, Canelones and …").
_HEAD_AFTER = re.compile(r"(?P<name>.+?)\s+(?P<head>[^\W\d_]+s)$")
_HEAD_BEFORE = re.compile(r"(?P<head>[A-Z][^\W\d_]+s)\s+(?P<of>of|de|del|des|du)\s+(?P<name>.+)")


def class_members(line: str) -> tuple[str, list[str]] | None:
    """(class, members) of a class of bodies written with its members in parentheses
    ("Innovation hubs (Shaqdoon, Harhub, T-hub)"), a head said once given to each member it
    is for ("Adama Municipality", "Bisheftu Municipality"); a member of a class of
    governments with no organisation's word is a place, not a body. None for any other line:
    a class whose parentheses say no list of names ("NGOs (in youth and entrepreneurship)")."""
    line = line.strip(" .;")
    if narrower := _NARROWER_KIND.fullmatch(line):
        line = f"{narrower['kind']} ({narrower['members']})"
    m = _CLASS_AND_LIST.fullmatch(line)
    if not m or not _is_class_of_bodies(m["kind"]):
        return None
    members = [
        _without_place(member.strip(" ."))
        for member in _outside_glosses(_MEMBER_SPLIT, m["members"])
    ]
    if not all(member[:1].isupper() for member in members):
        return None
    headed = _with_head(members)
    if not headed and GOVERNMENT in (sector_in_name(m["kind"]), sector_word(m["kind"])):
        members = [member for member in members if ORGANISATION.search(member)]
    return (m["kind"], headed or members) if headed or members else None


def _outside_glosses(separator: re.Pattern, text: str) -> list[str]:
    """`text` split at each `separator` outside parentheses."""
    parts, start = [], 0
    for m in separator.finditer(text):
        if text.count("(", 0, m.start()) == text.count(")", 0, m.start()):
            parts.append(text[start : m.start()])
            start = m.end()
    return [*parts, text[start:]]


def _without_place(member: str) -> str:
    """A member without the gloss saying where it is: "FALCON Association
    (Mauritius/Rodrigues)"."""
    gloss = _BRACKETS_AFTER.search(member)
    first = re.split(r"[/,]", gloss[0].strip(" ()"))[0] if gloss else ""
    return member[: gloss.start()] if first and place_or_field(first.strip()) else member


def _is_class_of_bodies(kind: str) -> bool:
    kind = _PLACED.sub("", kind)
    last = kind.split()[-1]
    return is_class(kind) or (last.endswith("s") and bool(ORGANISATION.fullmatch(singular(last))))


def _with_head(members: list[str]) -> list[str]:
    """The members, each that has no organisation's word given the plural head the last
    member ends with or the first begins with ("Intendencias de …"), in the singular; []
    when no head is said once for them."""
    after = _HEAD_AFTER.fullmatch(members[-1])
    before = _HEAD_BEFORE.fullmatch(members[0])
    if after and ORGANISATION.fullmatch(head := singular(after["head"])):
        head = head[0].upper() + head[1:]
        bare = [*members[:-1], after["name"]]
        return [m if ORGANISATION.search(m) else f"{m} {head}" for m in bare]
    if before and len(members) > 1 and not any(ORGANISATION.search(m) for m in members[1:]):
        head = f"{singular(before['head'])} {before['of']}"
        return [f"{head} {m}" for m in [before["name"], *members[1:]]]
    return []
