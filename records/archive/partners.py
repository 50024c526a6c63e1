"""Partners of a plan: names, sectors and descriptions read from the partner answers.

START and CLOSE-B forms name partners in groups (a name answer, a sector, a description); CLOSE-A
asks per sector. A name answer may hold a whole list; prose about the partners, headings and
n/a-like answers are no partner. The same organisation named twice is one mention.
"""

from __future__ import annotations

import re

from ..partner_names import partner_key
from .document import Answer, PartnerMention
from .enumerations import strip_marker
from .links import URL
from .organisations import (
    ARTICLE,
    ONE_NAME,
    PEOPLE_OF,
    is_group,
    is_person,
    kind_apart,
    names_one,
    role_apart,
    spelled_out,
    whole_name,
)
from .partner_clauses import (
    classes_with_members,
    has_clause,
    name_of,
    names_sectors,
    purpose_apart,
)
from .partner_descriptions import class_member_named, share_description
from .partner_glosses import glossed, name_length, read_glosses, with_denial
from .partner_groups import (
    bracketed_members,
    class_members,
    is_own_unit,
    is_people,
    is_unnamed_kind,
    members_listed,
    organisations_of,
)
from .partner_lists import (
    SEPARATOR,
    described,
    is_prose,
    named_in,
    partner_lines,
    runs_on,
    split_names,
)
from .partner_merging import merge_partners
from .partner_prose import names_in_prose, partners_in_prose, run_on_names
from .partner_unusual import NEW_UNUSUAL, unusual_names
from .sectors import (
    SECTOR_OF_PROMPT,
    UN,
    UNDP_UNIT,
    UNKNOWN,
    decisive_sector,
    qualifier_sector,
    sector_in_name,
    sector_word,
    stated_sector,
)
from .text import collapse, sentences_naming, shorten

# A longer "name" is a sentence: the organisations are read out of it (partner_prose).
_MAX_NAME_WORDS = 8
# A run of capitalised words read out of a sentence is a name, not a clause, up to this length
# ("UNESCO Regional Science Bureau for Asia and the Pacific").
_MAX_RUN_WORDS = 12
# "Accelerator Lab", "AccLab", "the Lab's": the plan's author; "AccLab Namibia" is another lab.
_THE_LAB = re.compile(
    r"(?i)^(?:the\s+)?(?:undp(?:'s)?\s+)?(?:acc(?:elerator)?\s?)?labs?(?:['’]s)?$"
)
# A class of actors, then a dash or a colon and the names: "Universities-LUANAR, MUST".
_CLASS_THEN_NAMES = re.compile(r"^([^\W\d_]+(?:\s[^\W\d_]+)?)\s*[-–—:]\s*([A-Z].*)")
_GLUED_SECTOR = re.compile(r"(?<=\w)-([A-Z][\w ]+)$")
# A bullet of a pasted list, its dash followed by a run of spaces, where the list's lines were
# run together: "-        Ministry of … (MINT) -        Federal Civil Service Commission".
_PASTED_BULLET = re.compile(r"(?<=\S)\s+-\s{3,}(?=\S)")
# "…, and local authorities ( wilaya, direction of …)": the class, and its members.
_AND_CLASS = re.compile(r",?\s+(?:and|&|et|y)\s+([a-z][\w -]+?)\s*(?:\([^()]*\))?$")
# What the plan says the organisation is to it: "Municipality of Ratoma, our area of focus";
# others of its kind after it: "UNDP CO Portfolios other CO".
_OURS = re.compile(r",\s+(?:our|their)\s[^,.;]{1,30}$|\s+other\s+[A-Z]{2,}s?$")
# What is said after an organisation's name in lower case: the channel one worked with it
# through ("Ministry of education through the regional office of education of Lomé"), its
# role ("Commercial banks as prospective partners"), what it was for ("MK Africa for the
# digital inclusion webinars").
_CHANNEL = re.compile(
    r"\s+(?:through\s+(?:the|its|their)\s.*|as\s+(?:an?\s+|the\s+)?[a-z][a-z\s-]*"
    r"|for\s+the\s+[a-z][a-z-]*\s+[a-z][a-z\s-]*)$"  # not "Parley for the oceans"
)
_VOID = re.compile(
    r"^(?:n\s*/\s*a|n\.?\s?a\.?|n7a|none|nil|no|not|nothing|non|nope|tbd|tbc|aucun\w*|néant"
    r"|ningun[oa]|no aplica|pas encore|yet to be|to be (?:determined|defined|confirmed)"
    r"|activit[ée]s? non r[ée]alis[ée]+s?)"
    r"(?![\w-])",
    re.I,
)
_BUT = re.compile(r",\s+but\s+", re.I)
# An organisation one tried to work with in vain: "We tried to engage with the Ministry of
# Education, Youth and Sport, but didn't get it through."
_IN_VAIN = re.compile(r"(?i)we\s+tried\s+to\b.*\bbut\s+(?:did|could)(?:n['’]t|\s+not)\b")
_ABOVE = re.compile(r"\b(?:above|ci-dessus|arriba)\b", re.I)
# A sector, a colon and the name: "NGO: Synchroprostir", "Private sector: Blufu SARL"
# (`_CLASS_LABEL`).
_LABELLED = re.compile(r"([^\W\d_][^\W\d_ ]*(?: [^\W\d_]+)?)\s*:\s+(\S.*)")
# A label that is a class of actors ("NGO", "Private sector"), not an organisation ("UNDP").
_CLASS_LABEL = re.compile(r"(?:I?NGO|CSO|CBO|ONG|OSC|M?SME)s?|(?![A-Z]+$)[^\W\d_ ]+(?: [^\W\d_]+)?")
# A line saying what was done with an organisation, its only capitalised words the first and
# the name at its end: "Discussions and investigation of TTWeSafe".
_ACTIVITY_WITH = re.compile(
    r"[A-Z][a-z]+(?:\s+[a-z]+)*\s+[a-z]+(?:ions?|ments?|ance|ence|ing|sis)\s+(?:of|with)\s+"
    r"(?:the\s+)?"
    r"(?P<name>[A-Z][\w&'’-]*(?:\s+(?:of|for|and|the|&)?\s*[A-Z][\w&'’-]*){0,6})"
)
# A class of actors and its members in parentheses: "Varied Agro startups (this include
# Co-Amana, OCP, Prado Power, Thrive Agric)".
_MEMBERS = re.compile(
    r"(.+?)\s*\((?:(?:this|these|they|which)\s+)?(?:includes?|including|such as|e\.g\.,?"
    r"|namely|like)\s+([^()]+)\)",
    re.I,
)
# "Yuksalish - National Movement": a name, a dash, capitalised words and no more.
_DASHED = re.compile(r"([^\s-][^-–—]*?)\s[-–—]\s((?:[A-Z][\w'’&-]*\s?){1,4})")
# A kind of organisation or a class of actors, not a name's words.
_KIND_OF = re.compile(r"(?i)\b(?:firm|company|startup|consultan\w*|groups?|ministry|partners?)$")


def refers_above(text: str) -> bool:
    """ "provided above", "please see above": the partners' own lines say it all."""
    return len(text) < 60 and bool(_ABOVE.search(text))


def is_void(text: str) -> bool:
    """n/a-like answers: "n/a", "N/A – during the next stage", "Not yet", "None"…"""
    return bool(_VOID.match(text.strip(" -–*•./")))


def parse_partner(line: str, sector: str) -> PartnerMention | None:
    """A PartnerMention from "1. Name (CSO) - what we do", None for headings and prose."""
    line = strip_marker(line).strip(" ,;.")
    labelled = _LABELLED.match(line)
    if labelled and sector_word(labelled[1]) and _CLASS_LABEL.fullmatch(labelled[1]):
        line = labelled[2]
        sector = sector_word(labelled[1]) if sector == UNKNOWN else sector
    if line.endswith(":") and (
        names_in_prose(line[:-1]) == [line[:-1]] or SEPARATOR.search(line[:-1])
    ):
        # "Presidential Commission for Municipal Affairs:", "Beit Al-Hiraf - Private Sector -
        # Eco-Bags:" above the text on their work: names, not headings.
        line = line[:-1]
    if not line or line.endswith(":") or is_void(line):
        return None
    m = SEPARATOR.search(line)
    name, description = (line[: m.start()], line[m.end() :]) if m else (line, "")
    after = SEPARATOR.search(description)
    joined = whole_name(name, description[: after.start()] if after else description)
    if m and joined:  # the name goes on past the separator: never cut it there
        name, description = joined, description[after.end() :] if after else ""
    glued = _GLUED_SECTOR.search(name)
    if glued and sector_word(glued[1]):  # "Ministry of … in Iraq-Government Partner"
        name, sector = name[: glued.start()], sector_word(glued[1]) if sector == UNKNOWN else sector
    with_class = _AND_CLASS.search(name)
    rest = name[: with_class.start()] if with_class else ""
    if with_class and (
        sector_word(with_class[1]) or (is_group(with_class[1]) and ONE_NAME.fullmatch(rest))
    ):
        # "Japan Innovation Network and private sector", "All Farmers Association Nigeria and
        # sundry farmer networks": the class is other, unnamed partners.
        name = name[: with_class.start()]
    name, description = purpose_apart(*role_apart(name, description))
    name, kind = kind_apart(name)
    if kind:  # "NGO Center of …": the kind says the sector
        sector = sector_in_name(kind) if sector == UNKNOWN else sector
        description = f"{kind}. {description}" if kind[:1].islower() else description
    m = SEPARATOR.search(description)
    said = description[: m.start()] if m else description
    if sector == UNKNOWN:  # "Almaty Akimat - local municipality", "AirVision - NGO, who…"
        sector = qualifier_sector(said)
    if sector_word(said):  # "Lake Hub- Private Sector- New Partner", "TONIBUNG- Social enterprise"
        description = description[m.end() :] if m else ""
    name, sector, glosses = read_glosses(name, sector)
    description = glossed(glosses, description.strip())
    name = collapse(URL.sub("", name)).strip(" ,;.:-–/")
    name = name_of(ARTICLE.sub("", PEOPLE_OF.sub("", name)))  # "" for no organisation's
    if name.count("(") != name.count(")"):  # "(UNDP" of a gloss cut in two
        name = name.strip("()")
    if not re.search(r"[^\W\d_]", name) or len(name) > 200 or is_void(name) or is_prose(name):
        return None
    if _THE_LAB.match(name := _OURS.sub("", _CHANNEL.sub("", name))) or not names_one(name, sector):
        return None
    if name.split()[0].islower():  # "ministère de la santé"; "iSpani" stays
        name = name[0].upper() + name[1:]
    # The name's head word settles its sector ("Municipality of Bissau"), whatever the prompt;
    # else a gloss ("(CSO)") or the prompt, else the name's other words.
    sector = next((s for s in (decisive_sector(name, sector), sector) if s != UNKNOWN), UNKNOWN)
    sector = sector if sector != UNKNOWN else sector_in_name(name)
    return PartnerMention(name, sector, collapse(description).lstrip(":-–— "))


def mentions_in(line: str, sector: str) -> list[PartnerMention]:
    """The partners a line names: itself when it is a name, else the organisations named in
    it when it is a sentence (the sentence describes them); [] for headings and n/a."""
    unmarked = strip_marker(line)
    if names_sectors(unmarked):  # "Académia, Government, Civil Society": no one named
        return []
    if classes := classes_with_members(unmarked.strip(" .;")):
        # "Incubators like Womwork and Banks like Elsalam Bank": the members, of the sector
        # their class says.
        return [
            m
            for kind, names in classes
            for name in split_names(names)
            for m in mentions_in(name, sector if sector != UNKNOWN else sector_in_name(kind))
        ]
    activity = _ACTIVITY_WITH.fullmatch(unmarked.strip(" .;"))
    if activity and sector_in_name(activity[0][: activity.start("name")]) == UNKNOWN:
        mention = parse_partner(activity["name"], sector)
        return [PartnerMention(mention.name, mention.sector, collapse(line))] if mention else []
    members = _MEMBERS.fullmatch(unmarked.strip(" .;"))
    if not members and (listed := class_members(unmarked)):
        # "Municipalities (Adama, Bisheftu and Bahirdar municipalities)": the members.
        kind = listed[0]
        sector = sector if sector != UNKNOWN else sector_in_name(kind)
        return [m for name in listed[1] for m in mentions_in(name, sector)]
    if members and is_group(members[1]):
        # "Varied Agro startups (this include Co-Amana, OCP, …)": the group's members, of
        # the sector its words say.
        sector = sector if sector != UNKNOWN else sector_in_name(members[1])
        return [m for name in split_names(members[2]) for m in mentions_in(name, sector)]
    mention = parse_partner(line, sector)
    if mention:
        if name_length(mention.name, unmarked[:1].islower()) <= _MAX_NAME_WORDS:
            return [mention]
        line = f"{mention.name} - {mention.description}"  # "X Limited to co-design …"
    text = strip_marker(line).strip()
    listed = _CLASS_THEN_NAMES.match(text)
    if listed and is_group(listed[1]):  # "Universities-LUANAR, Kuhes, MUST, UNIMA identify…"
        return mentions_in(listed[2], sector)
    if is_void(text) and _BUT.search(text):
        # "Not directly working with them …, but engagement with IOM and UNCDF during…"
        text = text[_BUT.search(text).end() :]
    if not text or text.endswith(":") or is_void(text) or _IN_VAIN.match(text):
        return []
    names = run_on_names(text) if runs_on(text) else partners_in_prose(text)
    if is_group(SEPARATOR.split(text)[0]):
        # "Universities that have STEM departments": a class of actors, its words no name;
        # "Universities such as Bahir Dar University" still names one.
        names = [name for name in names if len(name.split()) > 1]
    found = [parse_partner(with_denial(name, text), sector) for name in names]
    # A sentence describes the organisations it names, and so does a relative clause on them
    # ("…, who inform all public schools"); a run of names describes nothing.
    said = collapse(text) if is_prose(text) else collapse(unmarked) if has_clause(unmarked) else ""
    # "The Vientiane City Office …, local government entity which…": what the line says it is.
    return [
        PartnerMention(
            m.name,
            m.sector if m.sector != UNKNOWN else stated_sector(m.name, text),
            m.description or described(m.name, sentences_naming(m.name, said)),
        )
        for m in found
        if m and name_length(m.name) <= _MAX_RUN_WORDS
    ]


def _partner_sets(answers: list[Answer]) -> list[tuple[str, str]]:
    """(name answer, description answer) of each START / CLOSE-B partner group set."""
    sets: list[list[str]] = []
    for answer in answers:
        if answer.key == "partner_name":
            sets.append([answer.text, ""])
        elif answer.key == "partner_description" and sets and not sets[-1][1]:
            sets[-1][1] = answer.text
    return [(name, desc) for name, desc in sets]


def partners(
    answers: list[Answer], warnings: list[str] | None = None, practices: tuple[str, ...] = ()
) -> list[PartnerMention]:
    """The partners named in the group sets and in the per-sector answers, merged. An answer
    that says something but names no organisation adds a warning to `warnings`. A name the
    plan tags as one of its `practices` (methods, data sources: "Collective intelligence") is
    what the plan did, not whom with."""
    mentions: list[PartnerMention] = []
    for name_text, desc_text in _partner_sets(answers):
        shared = "" if is_void(desc_text) or refers_above(desc_text) else collapse(desc_text)
        mentions += _group(name_text, shared, warnings)
    for answer in answers:
        sector = SECTOR_OF_PROMPT.get(answer.key)
        if sector:
            found = _named(answer.text, sector, warnings)
            mentions += [m for m in found if not (sector == UN and is_own_unit(m.name))]
        elif answer.key == NEW_UNUSUAL:
            mentions += _unusual(answer.text, mentions)
    done = {partner_key(practice) for practice in practices}
    mentions = [
        m
        for m in mentions
        if not (is_person(m.name, m.description) or is_people(m.name) or is_unnamed_kind(m.name))
    ]
    merged = merge_partners([m for m in mentions if partner_key(m.name) not in done])
    for mention in merged:
        if mention.sector == UNKNOWN:  # "The Agency for Youth Affairs is a government …"
            mention.sector = stated_sector(mention.name, mention.description)
        if mention.sector == UNKNOWN:  # "REA" and "…with the Rural Electrification Agency"
            spelled = spelled_out(mention.name, mention.description)
            mention.sector = sector_in_name(spelled or mention.name)
        if mention.sector == UNKNOWN and UNDP_UNIT.search(mention.name):
            mention.sector = UN
    return merged


def _unusual(text: str, mentions: list[PartnerMention]) -> list[PartnerMention]:
    """The partners the new-and-unusual answer names that are not above, its line their
    description. A name the partners above hold ("Sekitar Kita" of "Di Sekitar Kita") is
    theirs, and its line, past the name and a dash, describes one that has no description yet."""
    found = []
    for name, line in unusual_names(text):
        mention = parse_partner(name, UNKNOWN)
        held = [other for other in mentions if mention and named_in(other.name, mention.name)]
        said = re.sub(rf"^{re.escape(name)}\s*(?:[-–—:]\s*|$)", "", line)
        for other in held:
            other.description = other.description or said
        if mention and not held:
            found.append(PartnerMention(mention.name, mention.sector, line))
    return found


def _group(name_text: str, shared: str, warnings: list[str] | None) -> list[PartnerMention]:
    """The partners of a group set: those its name answer names, the members of a class in
    brackets apart; when it names people alone, the organisations its description names;
    and the members of a class its description lists."""
    name_text = bracketed_members(_as_spelled(_PASTED_BULLET.sub("\n- ", name_text), shared))
    found = _dashed_name(name_text, shared) or _named(name_text, UNKNOWN, warnings)
    if found and all(is_people(m.name) for m in found):
        found = [
            m
            for n in organisations_of(partners_in_prose(shared))
            if (m := parse_partner(n, UNKNOWN))
        ]
    if shared:
        share_description(found, shared)
    for mention in found:  # "Strategic innovation team", the "Strategic Innovation Team" said
        said = named_in(shared, mention.name)
        if said and _capitals(said[0]) > _capitals(mention.name):
            mention.name = said[0]
        elif (spelled := spelled_out(mention.name, shared)) and f"({mention.name})" in shared:
            # "UCSP", described "The Universidad Catolica San Pablo (UCSP) taught…"
            mention.name = f"{spelled} ({mention.name})"
    listed = [m for n in members_listed(shared) if (m := parse_partner(n, UNKNOWN))]
    if (member := class_member_named(name_text, shared)) and (m := parse_partner(*member)):
        listed.append(m)  # "… and private sector", described "The private sector- AGC will…"
    return found + [PartnerMention(m.name, m.sector, shared) for m in listed]


def _capitals(text: str) -> int:
    return sum(c.isupper() for c in text)


def _as_spelled(name: str, description: str) -> str:
    """A name answer written in lower case ("eurolatina") as its description spells it
    ("Eurolatina fue la empresa…"), else as it is."""
    if not name.strip()[:1].islower() or "\n" in name.strip():
        return name
    m = named_in(description, name.strip())
    return m[0] if m and m[0][:1].isupper() else name


def _dashed_name(name: str, description: str) -> list[PartnerMention]:
    """A name answer "Yuksalish - National Movement" beside a description answer of its own:
    what follows the dash is a name's words, not a description, so it stays in the name."""
    m = _DASHED.fullmatch(collapse(name))
    if not description or not m or sector_word(m[2]) or not names_one(m[2]):
        return []
    if _KIND_OF.search(m[2]):
        return []  # "BTOC - Accounting Firm", "Ministerio de Educación - Education Ministry"
    mention = parse_partner(m[1], UNKNOWN)
    if not mention or mention.description or mention.name != m[1]:
        return []
    whole = f"{mention.name} - {m[2]}"
    return [PartnerMention(whole, sector_in_name(whole), description)]


def _named(text: str, sector: str, warnings: list[str] | None) -> list[PartnerMention]:
    found = [m for line in partner_lines(text) for m in mentions_in(line, sector)]
    if not found:  # "Ministry of Health. We: (1) wrote…; (2) carried out…": a list of deeds
        found = [m for line in partner_lines(text, False) for m in mentions_in(line, sector)]
    said = collapse(text)
    if not found and warnings is not None and said and not is_void(said) and len(said) > 40:
        warnings.append(f"partner answer names no organisation: {shorten(said, 60)!r}")
    return found
