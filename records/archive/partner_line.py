"""One line read as one partner: its name, the sector it says and what it says of it; n/a-like
answers and pointers to the lines above name none."""

from __future__ import annotations

import re

from .document import PartnerMention
from .enumerations import strip_marker
from .links import URL
from .organisations import (
    ARTICLE,
    ONE_NAME,
    PEOPLE_OF,
    is_group,
    kind_apart,
    names_one,
    role_apart,
    whole_name,
)
from .partner_clauses import name_of, purpose_apart
from .partner_glosses import glossed, read_glosses
from .partner_lists import SEPARATOR, is_prose
from .partner_prose import names_in_prose
from .sectors import (
    UNKNOWN,
    decisive_sector,
    qualifier_sector,
    sector_in_name,
    sector_word,
)
from .text import collapse

# "Accelerator Lab", "AccLab", "the Lab's": the plan's author; "AccLab Namibia" is another lab.
_THE_LAB = re.compile(
    r"(?i)^(?:the\s+)?(?:undp(?:'s)?\s+)?(?:acc(?:elerator)?\s?)?labs?(?:['’]s)?$"
)
_GLUED_SECTOR = re.compile(r"(?<=\w)-([A-Z][\w ]+)$")
# An acronym in parentheses glued to the name's last word: "Biotechnology institute(EBTi)".
_GLUED_ACRONYM = re.compile(r"(?<=[a-z])\((?=[A-Z]{2}[\w&.-]*\))")
# Spaces inside a name's brackets: "( MEDD)".
_SPACED_BRACKET = re.compile(r"(?<=\()\s+|\s+(?=\))")
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
_ABOVE = re.compile(r"\b(?:above|ci-dessus|arriba)\b", re.I)
# A sector, a colon and the name: "NGO: Synchroprostir", "Private sector: Blufu SARL"
# (`_CLASS_LABEL`).
_LABELLED = re.compile(r"([^\W\d_][^\W\d_ ]*(?: [^\W\d_]+)?)\s*:\s+(\S.*)")
# A class of bodies written as a label without its colon, before a body's name: "Government
# Agencies Ministry of Maritime economy".
_CLASS_BEFORE_BODY = re.compile(
    r"([A-Z][a-z]+\s+[A-Z]?[a-z]+(?:ies|s))\s+"
    r"((?:Ministry|Minist[eè]re|Ministerio|Department|Agency|Office)\s+(?:of|de|du|des)\s.*)"
)
# A name, a comma, the sector or the kind of body it is, and what the partner does in
# parentheses: "University of Cabo Verde, Public sector (Carry out studies …)", "Associação
# de Produtores …, a non-governmental organization (The implementation …".
_NAME_THEN_SECTOR = re.compile(
    r"(?P<name>[^,()–—-]+),\s+(?:an?\s+)?(?P<sector>[^,()]{2,40}?)\s*\((?P<said>[^()]*)\)?"
)
# A label that is a class of actors ("NGO", "Private sector"), not an organisation ("UNDP").
_CLASS_LABEL = re.compile(r"(?:I?NGO|CSO|CBO|ONG|OSC|M?SME)s?|(?![A-Z]+$)[^\W\d_ ]+(?: [^\W\d_]+)?")


def refers_above(text: str) -> bool:
    """ "provided above", "please see above": the partners' own lines say it all."""
    return len(text) < 60 and bool(_ABOVE.search(text))


def is_void(text: str) -> bool:
    """n/a-like answers: "n/a", "N/A – during the next stage", "Not yet", "None"…"""
    return bool(_VOID.match(text.strip(" -–*•./")))


def parse_partner(line: str, sector: str) -> PartnerMention | None:
    """A PartnerMention from "1. Name (CSO) - what we do", None for headings and prose."""
    line = strip_marker(line).strip(" ,;.")
    line, sector = _unlabelled(line, sector)
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
    # "Ministry of … in Iraq-Government Partner"; not "… Etat-Secteur privé", two sectors' body.
    if glued and sector_word(glued[1]) and not sector_word(name[: glued.start()].split()[-1]):
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
    name, sector, glosses = read_glosses(
        _GLUED_ACRONYM.sub(" (", _SPACED_BRACKET.sub("", name)), sector
    )
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


def _unlabelled(line: str, sector: str) -> tuple[str, str]:
    """The line without the class of actors labelling it ("NGO: Synchroprostir", "Government
    Agencies Ministry of …") or the sector after its name ("Prime Botics, Private sector (…)",
    its parenthesis then the description), and the sector said when the answer says none."""
    labelled = _LABELLED.match(line)
    if labelled and sector_word(labelled[1]) and _CLASS_LABEL.fullmatch(labelled[1]):
        return labelled[2], sector_word(labelled[1]) if sector == UNKNOWN else sector
    if (labelled := _CLASS_BEFORE_BODY.fullmatch(line)) and is_group(labelled[1]):
        return labelled[2], sector
    if (named := _NAME_THEN_SECTOR.fullmatch(line)) and sector_word(named["sector"]):
        # "Prime Botics, Private sector (Training drone pilots …)": name, sector, what it does.
        said = sector_word(named["sector"])
        return f"{named['name']} - {named['said']}", said if sector == UNKNOWN else sector
    return line, sector
