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
from .organisations import (
    is_class_of_bodies,
    is_group,
    is_person,
    names_one,
    opening_name,
    spelled_out,
)
from .partner_clauses import (
    classes_with_members,
    has_clause,
    names_sectors,
)
from .partner_descriptions import class_member_named, glued_apart, share_description
from .partner_edges import edged, shared_head, with_programmes
from .partner_glosses import in_sentence_case, name_length, with_denial
from .partner_groups import (
    bracketed_members,
    class_members,
    is_class_phrase,
    is_own_unit,
    is_people,
    is_unnamed_kind,
    members_listed,
    organisations_of,
)
from .partner_line import is_void, parse_partner, refers_above
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
from .partner_prose import partners_in_prose, run_on_names
from .partner_subjects import kinds_said, subjects_listed
from .partner_things import names_a_thing, plural_acronyms
from .partner_units import units_at_bodies
from .partner_unusual import NEW_UNUSUAL, unusual_names
from .sector_statements import DESCRIBED_BY_KIND, called_the_states, stated_sector
from .sectors import (
    GOVERNMENT,
    SECTOR_OF_PROMPT,
    UN,
    UNDP_UNIT,
    UNKNOWN,
    sector_in_name,
    sector_word,
)
from .text import collapse, sentences_naming, shorten

# A longer "name" is a sentence: the organisations are read out of it (partner_prose).
_MAX_NAME_WORDS = 8
# A run of capitalised words read out of a sentence is a name, not a clause, up to this length
# ("UNESCO Regional Science Bureau for Asia and the Pacific").
_MAX_RUN_WORDS = 12
# A class of actors, then a dash or a colon and the names: "Universities-LUANAR, MUST".
_CLASS_THEN_NAMES = re.compile(r"^([^\W\d_]+(?:\s[^\W\d_]+){0,2})\s*[-–—:]\s*([A-Z].*)")
# A bullet of a pasted list, its dash followed by a run of spaces, where the list's lines were
# run together: "-        Ministry of … (MINT) -        Federal Civil Service Commission".
_PASTED_BULLET = re.compile(r"(?<=\S)\s+-\s{3,}(?=\S)")
_ELISION = re.compile(r"\b([dlDL]['’])\s+(?=[A-Z])")
_BUT = re.compile(r",\s+but\s+", re.I)
# An organisation one tried to work with in vain: "We tried to engage with the Ministry of
# Education, Youth and Sport, but didn't get it through."
_IN_VAIN = re.compile(r"(?i)we\s+tried\s+to\b.*\bbut\s+(?:did|could)(?:n['’]t|\s+not)\b")
# A partner not chosen yet: "CSO (to be selected through RFP)"; the words in its gloss name
# how it will be chosen, not an organisation.
_TO_BE_CHOSEN = re.compile(
    r"(?i)\(\s*(?:still\s+)?(?:yet\s+)?to\s+be\s+"
    r"(?:selected|identified|chosen|determined|confirmed|defined|recruited|hired)\b[^()]*\)"
)
# A line saying what was done with an organisation, its only capitalised words the first and
# the name at its end: "Discussions and investigation of TTWeSafe".
_ACTIVITY_WITH = re.compile(
    r"[A-Z][a-z]+(?:\s+[a-z]+)*\s+[a-z]+(?:ions?|ments?|ance|ence|ing|sis)\s+(?:of|with)\s+"
    r"(?:the\s+)?"
    r"(?P<name>[A-Z][\w&'’-]*(?:\s+(?:of|for|and|the|&)?\s*[A-Z][\w&'’-]*){0,6})"
)
# A line opening with what was done, in the past, and ending with whom with: "Piloted a
# participatory futures methodology with PIANGO".
_DID_WITH = re.compile(
    r"[A-Z][a-z]{2,}ed\s+(?:[a-z][\w-]*\s+){0,6}?(?:with|alongside)\s+(?:the\s+)?"
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


def mentions_in(line: str, sector: str) -> list[PartnerMention]:
    """The partners a line names: itself when it is a name, else the organisations named in
    it when it is a sentence (the sentence describes them); [] for headings and n/a."""
    unmarked = strip_marker(line)
    if names_sectors(unmarked):  # "Académia, Government, Civil Society": no one named
        return []
    if classes := _classes_and_members(unmarked.strip(" .;")):
        # "Incubators like Womwork and Banks like Elsalam Bank": the members, of the sector
        # their class says.
        return [
            m
            for kind, names in classes
            for name in names
            for m in mentions_in(name, sector if sector != UNKNOWN else _sector_of_class(kind))
        ]
    if one := _described_by_kind(unmarked, sector):
        return one
    if not SEPARATOR.search(unmarked) and is_class_of_bodies(unmarked.strip(" .;")):
        return []  # "Educational Institutions": bodies of a kind, none named
    mention = parse_partner(line, sector)
    if (whom := _whom_with(unmarked, mention)) is not None:
        whom = parse_partner(whom, sector)
        return [PartnerMention(whom.name, whom.sector, collapse(line))] if whom else []
    if mention:
        if name_length(mention.name, in_sentence_case(unmarked, mention.name)) <= _MAX_NAME_WORDS:
            return [mention]
        line = f"{mention.name} - {mention.description}"  # "X Limited to co-design …"
    elif _TO_BE_CHOSEN.search(unmarked):
        return []
    # "Organisation d' Appui …": an elision written apart from its word.
    text = _ELISION.sub(r"\1", strip_marker(line).strip())
    if (members := _labelled_members(text, sector)) is not None:
        return members
    if is_void(text) and _BUT.search(text):
        # "Not directly working with them …, but engagement with IOM and UNCDF during…"
        text = text[_BUT.search(text).end() :]
    if not text or text.endswith(":") or is_void(text) or _IN_VAIN.match(text):
        return []
    names = _names_read(text)
    names += [other for name in names for other in shared_head(name, text) if other not in names]
    names += units_at_bodies(text)
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


def _labelled_members(text: str, sector: str) -> list[PartnerMention] | None:
    """The partners a class of actors labels before a dash or a colon: "Universities-LUANAR,
    Kuhes, MUST, UNIMA identify…", "Private Lead Companies: Narella, High Low, …" (of the
    sector the class says); None for any other line."""
    listed = _CLASS_THEN_NAMES.match(text)
    if listed and is_group(listed[1]):
        return mentions_in(listed[2], sector)
    names = split_names(listed[2]) if listed and not is_prose(listed[2]) else []
    if listed and is_class_of_bodies(listed[1]) and len(names) > 1:
        kind = sector if sector != UNKNOWN else sector_in_name(listed[1])
        return [m for name in names for m in mentions_in(name, kind)]
    return None


def _names_read(text: str) -> list[str]:
    """The names a sentence or a run of names holds, edged by the words around them: those
    listed as its subject ("CSIP, FIIS, Angel for Us, Biz Care, Wise are working…"), else
    those read out of it; not a project's or an event's ("ISEECOVID project")."""
    names = subjects_listed(text)
    names = names or (run_on_names(text) if runs_on(text) else partners_in_prose(text))
    return with_programmes([edged(n, text) for n in names if not names_a_thing(n, text)], text)


def _whom_with(line: str, mention: PartnerMention | None) -> str | None:
    """The name of the organisation a line says something was done with, at its end
    ("Discussions and investigation of TTWeSafe") or at the end of the name read from it
    ("Piloted a participatory futures methodology with PIANGO – …"); None for other lines."""
    activity = _ACTIVITY_WITH.fullmatch(line.strip(" .;"))
    if activity and sector_in_name(activity[0][: activity.start("name")]) == UNKNOWN:
        return activity["name"]
    did = mention and _DID_WITH.fullmatch(mention.name)
    return did["name"] if did else None


def _described_by_kind(line: str, sector: str) -> list[PartnerMention]:
    """The one partner a line names before saying what kind it is and what it does ("Go
    Teddy, a local start-up who provides … through SUPERAPP"): the names in what it does are
    its own business, not the plan's partners; [] for any other line."""
    described = DESCRIBED_BY_KIND.match(line.strip())
    named = described and re.sub(r"^The\s+", "", described["name"])
    if not named or not (mention := parse_partner(named, sector)):
        return []
    said = collapse(line)
    kind = mention.sector if mention.sector != UNKNOWN else stated_sector(mention.name, said)
    return [PartnerMention(mention.name, kind, mention.description or said)]


def _classes_and_members(line: str) -> list[tuple[str, list[str]]]:
    """(class, its members' names) of a line naming classes of actors by their members:
    "Incubators like Womwork and Banks like Elsalam Bank", "Varied Agro startups (this
    include Co-Amana, OCP, …)", "Municipalities (Adama, Bisheftu and Bahirdar
    municipalities)"; [] for any other line."""
    if classes := classes_with_members(line):
        return [(kind, split_names(names)) for kind, names in classes]
    if members := _MEMBERS.fullmatch(line):
        return [(members[1], split_names(members[2]))] if is_group(members[1]) else []
    listed = class_members(line)
    return [listed] if listed else []


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
    # "SIB" of a plan that writes "SIBs": a kind of thing, no organisation.
    said = "\n".join(answer.text for answer in answers)
    done |= {partner_key(acronym) for acronym in plural_acronyms(said)}
    mentions = [
        m
        for m in mentions
        if not (
            is_person(m.name, m.description)
            or is_people(m.name)
            or is_unnamed_kind(m.name)
            or is_class_phrase(m.name)
        )
    ]
    merged = merge_partners([m for m in mentions if partner_key(m.name) not in done])
    for mention in merged:
        if mention.sector == UNKNOWN:  # "The Agency for Youth Affairs is a government …"
            mention.sector = stated_sector(mention.name, mention.description)
        if mention.sector == UNKNOWN:  # "REA" and "…with the Rural Electrification Agency"
            spelled = spelled_out(mention.name, mention.description) or opening_name(
                mention.name, mention.description
            )
            mention.sector = sector_in_name(spelled or mention.name)
        if mention.sector == UNKNOWN and UNDP_UNIT.search(mention.name):
            mention.sector = UN
        if mention.sector == UNKNOWN and called_the_states(mention.name, said):
            mention.sector = GOVERNMENT  # "the State Fund for Innovation"
    return merged


def _unusual(text: str, mentions: list[PartnerMention]) -> list[PartnerMention]:
    """The partners the new-and-unusual answer names that are not above, its line their
    description. A name the partners above hold ("Sekitar Kita" of "Di Sekitar Kita") is
    theirs, and its line, past the name and a dash, describes one that has no description yet.
    What kind the answer says partners above are gives their sector ("Biz Care, Angel for Us
    are 2 new companies", named among civil society)."""
    for name, sector in kinds_said(text):
        for other in (other for other in mentions if other.name == name):
            other.sector = sector
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
    name_text = glued_apart(name_text, shared)  # "X-  what X is Y- what Y is"
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


def _sector_of_class(kind: str) -> str:
    """The sector a class of actors says ("private sectors", "Farming Associations")."""
    return sector_word(kind) or sector_in_name(kind)
