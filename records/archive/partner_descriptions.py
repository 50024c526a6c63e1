"""What a plan says of each partner of a group set: the set's description answer given to the
partners it is about, an item of it to the partner the item names, and never the partner's
own name again at its start. A class of actors the name answer gives beside its names ("Japan
Innovation Network and private sector") names a partner when the description says who
("The private sector- AGC will be working…")."""

from __future__ import annotations

import re

from .document import PartnerMention
from .enumerations import LEADING_MARKER
from .organisations import ONE_NAME
from .partner_lists import labels, named_in
from .sectors import sector_word

# The items of a description written as a bulleted list, once its lines are run together:
# "…organisations: - With Urbanist AI we … - with American Councils we …".
_ITEM = re.compile(r"(?:^|\s)[-•]\s+(?=\S)")
# What follows a partner's name opening its description: its gloss ("(TOAB)"), then a dash or
# a colon.
_AFTER_NAME = re.compile(r"(?:\s*\([^()\n]{1,40}\))?\s*(?:[-–—]+|:)\s+")
# A class of actors after the last name of a name answer: "… and private sector".
_AND_CLASS = re.compile(r"\s+(?:and|&|et|y)\s+(?:the\s+)?([a-z][a-z -]+?)\s*$")
# A name in capitals after the class in the description: "private sector- AGC", "private
# sector: Blufu SARL", "private sector (AGC)".
_MEMBER_AFTER = r"\s*(?:[-–—:(]|,\s+namely)\s*([A-Z][\w&'’.-]*(?:\s+[A-Z][\w&'’.-]*)*)"


def class_member_named(name_answer: str, description: str) -> tuple[str, str] | None:
    """(name, sector) of the member the description names of a class of actors the name
    answer gives beside its names (`_AND_CLASS`, a sector's words: "private sector", "civil
    society"), else None."""
    m = _AND_CLASS.search(name_answer.strip())
    sector = sector_word(m[1]) if m else None
    said = sector and re.search(rf"(?i:\b{re.escape(m[1])}){_MEMBER_AFTER}", description)
    return (said[1], sector) if said else None


def share_description(found: list[PartnerMention], shared: str) -> None:
    """Give a group's description answer to the partners of its name answer it is about. A
    list keeps its inline descriptions; a description listing an item for each partner
    gives each its item; a single name takes the group's one, and so does a name of the list
    the description names. One that labels its parts with partners' names ("REA - The Lab is
    working with the Rural Electrification Agency…") is about the partners it names alone;
    any other goes to every partner without a description of its own. A single partner's
    description does not repeat its name (without_own_name)."""
    items = _items_by_partner(found, shared) or _items_by_label(found, shared)
    if items:
        for mention, item in zip(found, items, strict=True):
            if not mention.description:
                mention.description = item
        return
    about = found
    if any(labels(shared, m.name) for m in found):
        about = [m for m in found if named_in(shared, m.name) or labels(shared, m.name)]
    alone = len(found) == 1
    for mention in about:
        if not mention.description:
            mention.description = without_own_name(shared, mention.name) if alone else shared
        elif (alone or named_in(shared, mention.name)) and shared not in mention.description:
            mention.description = f"{mention.description}\n{shared}"


def _items_by_partner(found: list[PartnerMention], shared: str) -> list[str]:
    """The item of a bulleted description naming each partner of `found`, in their order,
    when each of two partners or more is named by one item and no item names two ("- With
    Urbanist AI we jointly worked…", "- with American Councils we conducted…"); else []."""
    parts = _ITEM.split(shared)
    if len(found) < 2 or len(parts) < len(found):
        return []
    items: dict[int, str] = {}
    for part in parts[1:]:
        named = [i for i, mention in enumerate(found) if named_in(part, mention.name)]
        if len(named) > 1 or (named and named[0] in items):
            return []
        if named:
            items[named[0]] = part.strip()
    return [items[i] for i in range(len(found))] if len(items) == len(found) else []


# A paragraph of a description opening with a partner's name (and its gloss) and a colon: "…
# welfare. ISDEMU (Salvadoran Institute for the Development of Women): ISDEMU brings …".
_LABEL = re.compile(
    rf"(?:^|(?<=[.!?]\s))(?P<label>{ONE_NAME.pattern})(?:\s*\((?P<gloss>[^()]{{1,80}})\))?:\s+"
)


def _items_by_label(found: list[PartnerMention], shared: str) -> list[str]:
    """What a description says of each partner of `found` in the paragraph it labels with
    the partner's name, in their order: as many labels as partners, two or more, the first
    opening the description, each naming its partner but one at most, which is the partner
    left (a name answer's "ISDMEU" for the description's "ISDEMU (…):"); else []."""
    labels = list(_LABEL.finditer(shared))
    if len(found) < 2 or len(labels) != len(found) or labels[0].start() != 0:
        return []
    ends = [label.start() for label in labels[1:]] + [len(shared)]
    said = {
        _folded(label["label"]): shared[label.end() : end].strip()
        for label, end in zip(labels, ends, strict=True)
    }
    glossed = {_folded(label["gloss"] or ""): _folded(label["label"]) for label in labels}
    items = [said.get(_folded(m.name)) or said.get(glossed.get(_folded(m.name), "")) for m in found]
    left = [text for text in said.values() if text not in items]
    if items.count(None) > 1 or len(left) != items.count(None):
        return []
    return [item if item is not None else left[0] for item in items]


def _folded(name: str) -> str:
    return re.sub(r"^the\s+", "", name.casefold().strip())


def without_own_name(description: str, name: str) -> str:
    """`description` without the partner's `name` it opens with, after a list marker
    and with its gloss, before a dash or a colon ("1. Bangladesh Tourism Board - Being one of the
    top collaborators…", "3. Tour Operators Association of Bangladesh (TOAB) - As TOAB…");
    as it is when it does not, or when nothing would be left."""
    unmarked = LEADING_MARKER.sub("", description, count=1).lstrip()
    if unmarked[: len(name)].casefold() != name.casefold():
        return description
    opening = _AFTER_NAME.match(unmarked, len(name))
    rest = unmarked[opening.end() :] if opening else ""
    return rest if rest.strip() else description


# A dash after a name: glued to it or spaced ("Tourism-  Government", "Xsense AI- A company").
_DASH_AFTER = re.compile(r"(?<=[\w)])\s?[-–—]\s+")
# A partner's name, at most this many capitalised words before its dash.
_MAX_GLUED_NAME_WORDS = 4


def glued_apart(name_answer: str, description: str) -> str:
    """A name answer running two partners on one line, each before its dash ("Zanzibar
    Communion for Tourism-  Government Agency … in Zanzibar Xsense AI- A company that…"),
    with the second on a line of its own: the capitalised words before a later dash that the
    set's description names ("Xsense AI seeks to test…"); else the answer as it is."""
    line = name_answer.strip()
    if "\n" in line or not description:
        return name_answer
    for dash in list(_DASH_AFTER.finditer(line))[1:]:
        words = line[: dash.start()].split()
        for k in range(min(_MAX_GLUED_NAME_WORDS, len(words) - 1), 0, -1):
            name = " ".join(words[-k:])
            if all(w[:1].isupper() for w in words[-k:]) and named_in(description, name):
                at = dash.start() - len(name)
                return f"{line[:at].rstrip()}\n{line[at:]}"
    return name_answer
