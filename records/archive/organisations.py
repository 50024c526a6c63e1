"""What makes a partner's name one organisation's: no article before it, no class of actors
("Local NGOs", "Universities in each province"), no phrase in lower case; a unit written with
its parent ("Rights Lab, University of Nottingham") and an acronym with its expansion
("FRIM - Forest Research Institute Malaysia") are one name.
"""

from __future__ import annotations

import re

from ..folding import singular
from .places import place_or_field
from .sectors import UN, UNDP_UNIT, sector_in_name, sector_word

# The words organisations' names use ("Ministry", "University", "Ltd"…).
ORGANISATION_WORDS = (
    r"ministry|minist[eèé]re|ministerio|university|universit[eé]|universidad|college|faculty"
    r"|committee|escola|escuela|[eé]cole"
    r"|school|academy|institute|institut|instituto|agency|agence|agencia|authority|council"
    r"|conseil|consejo|commission|department|office|bureau|directorate|secretariat|municipal"
    r"|municipality|mairie|government|foundation|fondation|fundaci[oó]n|association"
    r"|asociaci[oó]n|network|alliance|union|federation|chamber|cent(?:er|re)|centro"
    r"|organi[sz]ation|company|corporation|group|ltd|limited|llc|inc|bank|banco|board"
    r"|service|services|unit|hub|lab|labs|programme|program|project|initiative|platform"
    r"|cooperative|coop[eé]rative|society|trust|fund|fonds|fondo|observatory|partnership"
    r"|city of|sarl|plc|gmbh|town hall|doo|d\.o\.o|division|laboratoire|laboratorio|laboratory"
)
ORGANISATION = re.compile(rf"(?i)\b(?:{ORGANISATION_WORDS})\b")
# "the Ministry of Health", "le Ministère des Eaux et Forêts", "l'Institut national…".
# An article in lower case goes; "The", "La" only before an organisation's head word ("The
# Ministry of…"): "The Ocean Cleanup" and "La Canasta Campesina" are names.
_HEAD = (
    r"ministry|minist[eèé]re|ministerio|municipality|municipalit[eé]|municipalidad|mairie"
    r"|university|universit[eé]|universidad|direction|direcci[oó]n|department|office"
    r"|agency|agence|institut[eo]?|national|state|centre|center|centro"
)
ARTICLE = re.compile(
    rf"^(?:(?:the|an?|le|la|les|el|los|las)\s+|l['’]\s*"
    rf"|(?:The|A|Le|La|Les|El|L['’])\s*(?=(?i:{_HEAD})\b))"
)
# People of an organisation named for it: "Members of the National University of Itapúa",
# "staff from the Ministry of Health" are that organisation.
PEOPLE_OF = re.compile(
    r"(?i)^(?:members|staff|employees|representatives|officials|experts|researchers"
    r"|professors|teachers|students)\s+(?:of|from|at)\s+(?:the\s+)?(?=[A-Z])"
)
_ANY_ARTICLE = re.compile(r"(?i)^(?:(?:the|le|la|les|el|los|las)\s+|l['’]\s*)")
# A class of actors: "Universities in each province", "Private Universities", "Local NGOs".
_GROUP = re.compile(
    r"(?i)^(?:(?:private|public|local|several|various|varied|other|many|all|some|national)\s+)?"
    r"(?:universities|institutions|organi[sz]ations|companies|businesses|enterprises|start-?ups"
    r"|ministries|municipalities|agencies|authorities|donors|partners|stakeholders|ngos|csos"
    r"|smes|msmes|governments|schools|communities|associations|entrepreneurs|les universités"
    r"|universidades|empresas|entreprises)\b"
    r"|^\w+(?:\s+\w+)?\s+(?:stakeholders|partners|actors|officials|representatives|leaders)$"
    # "Different actors in the food supply chain", "More than 30 partners from…", "Various
    # social innovators and enterprises in CE": how many or which kind, then a class.
    r"|^(?:different|diverse|multiple|numerous|key|selected|various|several|many|other"
    r"|(?:more than|over|about|some)\s+\d+|\d+)\s+(?-i:[a-z][\w-]*\s+){0,2}"
    r"(?-i:actors|innovators|partners|stakeholders|organi[sz]ations|institutions|entities)\b"
    r"|^government\s+(?:ministries|agencies|bodies|institutions)$"
    # Bodies of a kind over a whole land: "Innovation hubs across the country".
    r"|^(?:[\w-]+\s+){0,3}[^\W\d_]+s\s+(?:across|throughout|all over)\s+(?:the\s+)?"
    r"(?:country|nation|region|continent)\b"
    # A class written in lower case after a word or two: "Local government agencies",
    # "Norther regional states"; "GCF Women Farmer Groups" and "United States" are names.
    r"|^\w+(?:\s+\w+){0,2}\s+(?-i:agencies|states|authorities|universities|institutions"
    r"|organi[sz]ations|groups|companies|ministries|municipalities|operators|innovators"
    r"|start-?ups|networks|cooperatives)$"
)
# A phrase in lower case that still names an organisation by its first word.
_ORGANISATION_HEAD = re.compile(
    r"(?:ministry|minist[eèé]re|ministerio|municipality|municipalit[eé]|municipalidad|mairie"
    r"|university|universit[eé]|universidad|direction|direcci[oó]n|directorate|office(?= of ))\b"
)
# A name alone: capitalised words and the small words between them, no list, no clause.
ONE_NAME = re.compile(
    r"[A-Z][\w'’&.-]*(?:\s+(?:(?:of|for|and|the|on|de|du|des|la|le|del|y|et|&)\s+)*"
    r"(?:[A-Z][\w'’&.-]*|\([A-Z][\w&.-]*\)))*"
)
# A parent named without an organisation's word, up to this many words (`unit_of_named`).
_MAX_PARENT_WORDS = 2
# A plural head over two places or fields joined by "and" (`distributed`).
_PLURAL_HEAD = (
    r"(?P<lead>(?:[A-Z][\w'’-]*\s+){0,2}?)(?P<plural>Administrations|Universities|Municipalities"
    r"|Councils|Ministries|Offices|Agencies|Departments|Governments|Authorities)"
)
_PLACE = r"[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,2}"
_PLURAL_OF = re.compile(rf"{_PLURAL_HEAD}\s+of\s+(?P<a>{_PLACE})\s+and\s+(?P<b>{_PLACE})")
_PLURAL_AFTER = re.compile(rf"(?P<a>{_PLACE})\s+and\s+(?P<b>{_PLACE})\s+{_PLURAL_HEAD}")
# A class of bodies, a plural head and what they are of, glued to a name after it: "Chambers
# of Commerce Seavus Accelerator" (`distributed`).
_CLASS_GLUED = re.compile(
    r"(?P<plural>[A-Z][a-z]+s)\s+of\s+[A-Z][a-z]+\s+(?P<name>[A-Z][\w'’&-]*(?:\s+[A-Z][\w'’&-]*)+)"
)
# Ranks of a body within its parent: a government holds ministries; a ministry, university
# or UN entity holds units.
_GOVERNMENT_OF = re.compile(r"(?i)\bgovernment\b")
_PARENT = re.compile(
    r"(?i)\b(?:ministry|minist[eèé]re|ministerio|university|universit[eé]|universidad"
    r"|municipality|mairie)\b"
)
_UNIT = re.compile(
    r"(?i)\b(?:lab|laboratory|unit|department|faculty|school|cent(?:er|re)|institute|office"
    r"|division|directorate|direction|secretariat|programme|program|team|cell|bureau|mission)\b"
)


# The kind of organisation said before a name, not part of it: "NGO Center of Innovation
# Development" ("NGO Forum on Cambodia" is a name).
_KIND_BEFORE = re.compile(
    r"^(?:I?NGO|CSO)\s+(?=(?:Cent(?:er|re)|Institute|Foundation|Association|Organi[sz]ation"
    r"|Network|Society|Initiative|Alliance)\b)"
)
# The kind said after it: "Shababuna Ezweih a non-profict youth led organisation".
_KIND_AFTER = re.compile(
    r"(?P<name>[A-Z][\w'’&.-]*(?:\s+[A-Z][\w'’&.-]*)*)\s+(?:is\s+)?"
    r"(?P<kind>an?\s+(?:[\w-]+\s+){0,4}?(?i:organi[sz]ation|company|ngo|enterprise|start-?up"
    r"|firm|cooperative|association|foundation|charity))"
)


# A person's role, then the organisation they work for: "GIS specialist (UNDP HQ/BMS/ITM)".
_ROLE_AT = re.compile(
    r"(?P<role>(?:[\w-]+\s+){0,3}(?i:specialist|consultant|expert|officer|advis[eo]r"
    r"|coordinator|focal point|analyst)s?)\s*\((?P<name>[A-Z][^()]*)\)"
)


def role_apart(name: str, description: str) -> tuple[str, str]:
    """The organisation a role is written with, and `description` after the role ("GIS
    specialist. …"); else the two as they are."""
    m = _ROLE_AT.fullmatch(name)
    return (m["name"], f"{m['role']}. {description}") if m else (name, description)


def kind_apart(name: str) -> tuple[str, str]:
    """`name` without the kind of organisation written before or after it, and that kind
    ("NGO", "a non-profict youth led organisation"); "" when none is."""
    before = _KIND_BEFORE.match(name)
    if before:
        return name[before.end() :], before[0].strip()
    after = _KIND_AFTER.fullmatch(name)
    return (after["name"], after["kind"]) if after else (name, "")


def unit_and_parent(first: str, second: str) -> bool:
    """Whether two names are one organisation written as a unit and its parent, in either
    order: "Rights Lab, University of Nottingham", "Ministry of Foreign Affairs, General
    Direction of Communities", "Government of New Zealand - Department of Internal Affairs"."""
    ranks = [_rank(first), _rank(second)]
    return 0 not in ranks and ranks[0] != ranks[1]


def parent_then_unit(parent: str, unit: str) -> bool:
    """Whether `unit` is a unit of `parent` written after it: "Mimar Sinan Fine Arts University",
    "Urban Planning Application and Research Center"."""
    return _rank(parent) == 2 and _rank(unit) == 1


def unit_of_named(unit: str, parent: str) -> bool:
    """Whether a unit is written with its parent named by a word or two that no organisation's
    word, place or field is: "Atal Innovation Mission, Niti Aayog"."""
    return (
        _rank(unit) == 1
        and len(parent.split()) <= _MAX_PARENT_WORDS
        and bool(ONE_NAME.fullmatch(parent))
        and not ORGANISATION.search(parent)
        and not place_or_field(parent)
    )


def distributed(name: str) -> list[str]:
    """The bodies a plural head names, one for each of the two places or fields it joins:
    "City Administrations of Myrnograd and Chervonograd" → "City Administration of Myrnograd",
    "City Administration of Chervonograd"; "La Plata and Buenos Aires Universities" → "La Plata
    University", "Buenos Aires University"; the name a class of bodies is glued to ("Chambers
    of Commerce Seavus Accelerator" → "Seavus Accelerator"); else the name."""
    glued = _CLASS_GLUED.fullmatch(name)
    head = singular(glued["plural"]) if glued else ""
    if glued and head != glued["plural"] and ORGANISATION.fullmatch(head):
        return [name] if place_or_field(glued["name"]) else [glued["name"]]
    m = _PLURAL_OF.fullmatch(name) or _PLURAL_AFTER.fullmatch(name)
    # Two names alike, none an organisation's: not "District and Sub-district Hospital
    # Authorities", whose words the two share are unknown.
    if not m or len(m["a"].split()) != len(m["b"].split()) or ORGANISATION.search(m[0]):
        return [name]
    head = f"{m['lead'] or ''}{singular(m['plural'])}"
    if m.re is _PLURAL_OF:
        return [f"{head} of {m['a']}", f"{head} of {m['b']}"]
    return [f"{m['a']} {head}", f"{m['b']} {head}"]


def _rank(name: str) -> int:
    # "Ministry of Local Government" is a ministry; "Government of Nepal" holds ministries.
    if _GOVERNMENT_OF.search(name) and not _PARENT.match(name):
        return 3
    if _PARENT.search(name) or sector_in_name(name) == UN:
        return 2
    return 1 if _UNIT.search(name) else 0


# People, not an organisation: "Hackathon Project Team", "Community members".
_PEOPLE = re.compile(r"(?i)^(?:[\w&'’-]+\s+){0,5}(?:team|teams|members)$")
# An acronym among a name's words: "SIDS".
_ACRONYM_WORD = re.compile(r"\b[A-Z]{2,}\b")
# A thing described, not named: "An alliance of academic institutions for data analysis".
_DESCRIBED = re.compile(r"An?\s+[a-z][^A-Z]*")
# A first word in lower case that is part of the name: "e-commerce Association of Serbia".
_COMPOUND_FIRST = re.compile(r"[a-z]{1,2}-[a-z]+|[a-z]+[A-Z][\w'’-]*")


# Kinds of bodies whose plural names a class of them ("Commercial banks", "Educational
# Institutions"); not "Labs" nor "Services", which bodies take as their own names' end.
_CLASS_KIND = re.compile(
    r"(?i)institution|entity|provider|actor|operator|stakeholder|body|organi[sz]ation"
    r"|association|agency|department|ministry|council|company|bank|hub|cent(?:er|re)|unit"
    r"|school|government|group|university|cooperative|municipality|authority|network"
)
# What makes words a name's: "of"/"for" and the body they are of, an acronym or a word of two
# capitals ("FBK-Bel consulting companies"); a people's word first ("American Councils").
_NAMED_BY = re.compile(
    r"(?i:\b(?:of|for|de|del|des|du|pour|para)\b)|\w*[A-Z]\w*[A-Z]|^[A-Z][a-z]+(?:an|ese|ish)\s"
)
_KINDS_JOINED = re.compile(r"\s+(?:and|&)\s+|,\s*")


def is_class_of_bodies(name: str) -> bool:
    """Whether `name` names bodies of a kind, none of them: each of its parts ends with a kind
    in the plural, no body or acronym named ("Ministry Departments and Agencies (MDA)",
    "Private Sector Associations and Service Industry/sector Providers", "Disability
    Associations (Regionally)")."""
    gloss = re.search(r"\s*\(\s*([^()]*?)\s*\)$", name)
    # Its acronym or a gloss in lower case goes: "(MDA)", "(Regionally)"; not "(ILO)".
    bare = name[: gloss.start()] if gloss else name
    if gloss and gloss[1].isupper() and not abbreviates(gloss[1], bare):
        return False
    if _NAMED_BY.search(bare):
        return False
    lasts = [part.split()[-1] if part.split() else "" for part in _KINDS_JOINED.split(bare)]
    # After one word, any organisation's word too: "Innovation Labs", "Dream Labs".
    kinds = (_CLASS_KIND, ORGANISATION) if len(bare.split()) == 2 else (_CLASS_KIND,)
    return all(
        singular(w) != w and any(kind.fullmatch(singular(w)) for kind in kinds) for w in lasts
    )


def names_one(name: str, sector: str = "") -> bool:
    """Whether `name` names one organisation: not a sector or a class of actors ("Private
    sector", "la société civile", "Private Universities", "Local NGOs", "diaspora") and not a
    phrase in lower case, unless it starts with an organisation's word ("ministère de la
    santé"), nor one described after "A" or "An". A team is people, but a UN entity's, or one
    named by an acronym among the UN partners (`sector`: "SIDS Global Team")."""
    if sector_word(_ANY_ARTICLE.sub("", name)) not in (None, UN):
        return False
    un_team = sector_in_name(name) == UN or (sector == UN and _ACRONYM_WORD.search(name))
    un_team = un_team or bool(UNDP_UNIT.search(name))
    if _GROUP.match(name) or (_PEOPLE.match(name) and not un_team) or _DESCRIBED.fullmatch(name):
        return False
    if is_class_of_bodies(name):
        return False  # "Educational Institutions": bodies of a kind, none named
    first, _, rest = name.partition(" ")
    if _COMPOUND_FIRST.fullmatch(first) and ONE_NAME.fullmatch(rest):
        return True
    return not first.islower() or not first[:1].isalpha() or bool(_ORGANISATION_HEAD.match(name))


# A person, not an organisation: "Honorable Abla Dzifa Gomashie", "Prof Jana Klopcevska".
_TITLE = re.compile(
    r"^(?:Mr|Mrs|Ms|Miss|Dr|Prof|Professor|Hon|Honou?rable|H\.\s?E|Sr|Sra|Mme|M)\.?\s+[A-Z]"
)
# What a description says of a person: "to give him the means"; after the name, "is a member
# of the Jordanian Parliament".
_PRONOUN = re.compile(r"(?i)\b(?:he|she|him|himself|herself)\b")
_PERSON_IS = re.compile(
    r"(?i)\s+(?:is|was)\s+(?:an?|the)\s+(?:[\w-]+\s+){0,3}?(?:member|minister|mayor|director"
    r"|professor|consultant|expert|activist|artist|journalist|researcher|influencer|founder)\b"
)
# A name a person may have: two to four capitalised words, no organisation's word.
_PERSONAL_NAME = re.compile(
    r"[A-Z][\w'’-]+(?:\s+(?:(?:al|el|de|da|van|von|bin|ben)\s+)?[A-Z][\w'’-]+){1,3}"
)


def is_person(name: str, description: str) -> bool:
    """Whether a partner's `name` is a person's, not an organisation's: a title before it
    ("Prof", "Honorable"), or a personal name (no organisation's word, no acronym) its
    description speaks of as a person ("Majdi Al Yacoub is a member of the Jordanian
    Parliament…")."""
    if _TITLE.match(name):
        return True
    personal = _PERSONAL_NAME.fullmatch(name) and not ORGANISATION.search(name)
    acronym = any(len(word) > 1 and word.isupper() for word in name.split())
    said = description.startswith(name) and _PERSON_IS.match(description, len(name))
    return bool(personal) and not acronym and bool(said or _PRONOUN.search(description))


def is_group(name: str) -> bool:
    """ "Universities that have STEM departments": a class of actors, no name to read out of
    it."""
    return bool(_GROUP.match(ARTICLE.sub("", name)))


def whole_name(name: str, rest: str) -> str:
    """`name` and the name after it as one, when they are one organisation ("Government of
    New Zealand - Department of Internal Affairs", "FRIM - Forest Research Institute
    Malaysia"); "" else."""
    name, rest = name.strip(), rest.strip()
    if not ONE_NAME.fullmatch(rest) or len(rest.split()) > 8 or sector_word(rest):
        return ""  # "… Ministry of Planning and Investment - Government": the sector
    if unit_and_parent(name, rest) or programme_of(name, rest):
        return f"{name} - {rest}"
    return f"{rest} ({name})" if abbreviates(name, rest) else ""


# An organisation's acronym, and a programme's name after it (`programme_of`).
_ACRONYM = re.compile(r"[A-Z][A-Z0-9&]{1,9}")
_PROGRAMME = re.compile(r"\b(?:Project|Programme|Program|Initiative)\b")


def programme_of(acronym: str, name: str) -> bool:
    """Whether `name`, written after `acronym` and a dash, is that organisation's programme:
    "SDC – Market Makers Project Bosnia and Hercegovina" is one partner; "GEF- Small Grants
    Project Team" is GEF, its team said after it."""
    run = ONE_NAME.match(name)  # the name that opens `name`, not what is said after it
    programme = bool(run and _PROGRAMME.search(run[0])) and not _PEOPLE.match(run[0])
    return programme and bool(_ACRONYM.fullmatch(acronym))


# "and" or "&" between two names, and a name closed by its acronym (`abbreviated_after_and`).
_AND = re.compile(r"\s+(?:and|&)\s+")
_WITH_ACRONYM = re.compile(r"(.+?)\s*\(([A-Z]{2,8})\)")


def abbreviated_after_and(run: str) -> tuple[str, str] | None:
    """ "A and B (ACRONYM)" as A and "B (ACRONYM)" when the acronym is B's alone, B after
    whichever "and" or "&" it starts at ("Ministry of Agro Industry and Food Security & Food
    and Agricultural Research and Extension Institute (FAREI)"); None else."""
    for joint in _AND.finditer(run):
        second = _WITH_ACRONYM.fullmatch(run, joint.end())
        if second and abbreviates(second[2], second[1]):
            if abbreviates(second[2], run[: second.end(1)]):
                return None  # the acronym is the whole run's
            return run[: joint.start()], f"{second[1]} ({second[2]})"
    return None


# An elided article before a word: "l’Informatique", "d'Analyse".
_ELIDED = re.compile(r"^[dl]['’]")


def abbreviates(acronym: str, name: str) -> bool:
    """ "FRIM" of "Forest Research Institute Malaysia", "CSIP" of "Centre for Social
    Initiatives Promotion", "CAID" of "Communauté des Amis de l’Informatique pour le
    Développement": the capitals' initials of the name (past an elided article), in order."""
    words = [_ELIDED.sub("", word) for word in name.split()]
    initials = "".join(word[0] for word in words if word[:1].isupper())
    return bool(re.fullmatch(r"[A-Z]{2,8}", acronym)) and initials == acronym


def spelled_out(acronym: str, text: str) -> str:
    """The name `text` spells the acronym `acronym` out by ("the Rural Electrification
    Agency" for "REA", see `abbreviates`), or ""."""
    if not re.fullmatch(r"[A-Z]{2,8}", acronym):
        return ""
    words = re.findall(r"[\w'’&-]+", text)
    for start, word in enumerate(words):
        if word[:1] != acronym[0]:
            continue
        for end in range(start + len(acronym), min(start + 3 * len(acronym), len(words)) + 1):
            name = " ".join(words[start:end])
            if abbreviates(acronym, name):
                return name
    return ""


# A description opening on a name as its subject: "The National Civil Protection Service,
# which is responsible…".
_OPENING_NAME = re.compile(
    r"The\s+([A-Z][\w'’-]*(?:\s+(?:of|for|and|on|de|del|la|[A-Z][\w'’-]*))*?\s+[A-Z][\w'’-]*)"
    r"\s*(?:,|\(|\s(?:is|was|which|who|has)\b)"
)


def opening_name(acronym: str, text: str) -> str:
    """The name a description of the acronym `acronym` opens on as its subject, the acronym
    written out in whatever language ("SINAPROC", described "The National Civil Protection
    Service, which…"), or ""."""
    if not re.fullmatch(r"[A-Z]{2,10}", acronym):
        return ""
    m = _OPENING_NAME.match(text.strip())
    # "The Acc Lab has collaborated with…": the plan's own lab, not the partner.
    return m[1] if m and not re.search(r"\bLabs?$", m[1]) else ""
