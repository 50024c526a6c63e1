"""Glosses in parentheses after a partner's name: which are part of the name (an acronym, the
body it belongs to, its name spelled out), which say its sector, and which describe it."""

from __future__ import annotations

import re

from .organisations import ORGANISATION, abbreviates, unit_and_parent
from .partner_lists import PAREN
from .partner_prose import name_words
from .sectors import UNKNOWN, sector_word

# A gloss in parentheses after a name (`with_denial`).
_GLOSS = re.compile(r"\s*(\([^()]{1,80}\))")
# A gloss denying one sector and naming another: "(Not a UN agency, but a development
# partner)".
_BUT_SECTOR = re.compile(r"\bbut\s+(?:an?\s+|the\s+)?([\w\s/-]+?)\W*$", re.I)
# A gloss naming the body a partner belongs to, part of its name: "The Technology Innovation
# Agency (part of the Department of Science and Innovation)".
_PART_OF = re.compile(r"(?:part of|a unit of|a division of|under)\s+(?:the\s+)?[A-Z]", re.I)
# An acronym, then its name spelled out in capitalised words, which is part of the name:
# "CONCYTEC (National Council of Science and Technology)", "UNI-CV (University of Cabo
# Verde)", "JCI (Junior Chambers
# International), Cameroon", "OCALUCOPER (Organisation Camerounaise de lutte contre le
# phénomène des Enfants de la Rue)".
SPELLED_OUT = re.compile(
    r"[A-Z][\w/-]*[A-Z][\w/-]*\s?"
    r"(\([A-Z][\w'’-]*(?:\s+(?:of|for|de|du|des|la|le|del|the))?\s+[A-Z][^()]{1,80}\))"
)
# A word or two in lower case inside a name, the word before it translated: "(district)".
_TRANSLATION = re.compile(r"[a-z]+(?:[ -][a-z]+)?")
# A parenthesis naming where the partner is, part of its name: "(Jalal-Abad region)".
_PLACE = re.compile(
    r"(?:[A-Z][\w'’-]*\s)+(?i:region|province|district|county|state|oblast|governorate)"
)
# A parenthesis that is the name's acronym ("(GS1)", "(NEOC Samoa)") stays in the name.
_ACRONYM = re.compile(r"[A-Z][\w&.-]*(?:\s[A-Z0-9][\w&.-]*)?")
# Capitalised words joined by small words ("Comisión de la Verdad"), with no organisation's
# word in English: the partner's own name in another language, no description of it
# ("(Department of Internal Affairs)" after a government is its unit).
_OTHER_NAME = re.compile(
    r"[A-Z][\w'’-]*(?:\s+(?:of|for|de|du|des|la|le|del|y|et|the)){1,2}\s+[A-Z][\w'’-]*"
    r"(?:\s+(?:(?:of|for|de|du|des|la|le|del|y|et|the)\s+)*[A-Z][\w'’-]*)*"
)


def glossed(glosses: list[str], description: str) -> str:
    """The glosses, in their brackets before the line's own text: "(I don't want a bag) …"."""
    return " ".join([*(g if description else g[1:-1] for g in glosses), description]).strip()


def read_glosses(name: str, sector: str) -> tuple[str, str, list[str]]:
    """The name without the glosses in parentheses that are not part of it, the sector they
    say, and the glosses that describe it."""
    glosses = []
    for paren in PAREN.finditer(name):
        found = sector_word(paren.group(1))
        denied = _BUT_SECTOR.search(paren.group(1))
        if denied and sector_word(denied[1]):
            # "GIZ (Not a UN agency, but a development partner)" among the UN partners: the
            # gloss corrects the answer's sector.
            name = name.replace(paren.group(), "", 1)
            sector = sector_word(denied[1])
        elif found:
            name = name.replace(paren.group(), "", 1)
            sector = found if sector == UNKNOWN else sector
        elif abbreviates(name.replace(paren.group(), "").strip(), paren.group(1).strip()):
            # "CID (Center for Innovations Development)": the name, then its acronym.
            name = f"{paren.group(1).strip()} ({name.replace(paren.group(), '').strip()})"
        elif name[paren.end() :].strip() and _TRANSLATION.fullmatch(paren.group(1)):
            continue  # "Lasta Woreda (district) administration": the word before, translated
        elif _OTHER_NAME.fullmatch(paren.group(1).strip()) and not ORGANISATION.search(paren[1]):
            # "Comission of Truth (Comisión de la Verdad)": its name again, in another tongue.
            name = name.replace(paren.group(), "", 1)
        elif (
            not _ACRONYM.fullmatch(paren.group(1).strip())
            and not _PLACE.fullmatch(paren.group(1).strip())
            and not unit_and_parent(name.replace(paren.group(), ""), paren.group(1))
            and not _PART_OF.match(paren.group(1))
            and not SPELLED_OUT.match(name[: paren.end()])
        ):
            # "CONATEL (government entity for telecommunication)": the gloss describes it.
            name = name.replace(paren.group(), "", 1)
            glosses.append(paren.group().strip())
    return name, sector, glosses


def with_denial(name: str, text: str) -> str:
    """`name` with the gloss that follows it in `text` when the gloss corrects the answer's
    sector ("GIZ (Not a UN agency, but a development partner) helped us…")."""
    m = None
    at = text.find(name)
    while at != -1 and not (m := _GLOSS.match(text, at + len(name))):
        at = text.find(name, at + 1)
    return f"{name} {m[1]}" if m and _BUT_SECTOR.search(m[1].strip("()")) else name


def name_length(name: str, lower: bool = False) -> int:
    """Words of a name, its acronym (or the name an acronym spells out) in parentheses left
    out; of a unit and its parent ("Ministry of … - SME Unit"), the longer. A name in lower
    case that starts with an organisation's word (`lower`: "direction des politiques
    publiques à la présidence du gouvernement") has no capitals to be read out of a sentence
    by: its small words are not counted."""
    count = name_words if lower else (lambda part: len(part.split()))
    spelled = SPELLED_OUT.match(name)
    name = name.replace(spelled[1], "") if spelled else name
    return max(count(part) for part in PAREN.sub("", name).split(" - "))


def in_sentence_case(line: str, name: str) -> bool:
    """Whether a line's name is written in lower case (`name_length`'s `lower`): the line
    starts so ("direction des politiques publiques…"), or the name starts with an
    organisation's word and capitalises at most one more, a place ("Ministry of economic
    development and poverty reduction of Uzbekistan"): no run of capitals to read it by."""
    capitals = sum(word[:1].isupper() for word in name.split())
    return line[:1].islower() or (bool(ORGANISATION.match(name)) and capitals <= 2)
