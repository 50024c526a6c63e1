"""Partners pasted flat on one line, their lines' breaks lost.

A run of spaces before a name that opens an item with a dash, a colon or a gloss ("… of the
innovations  Copperbelt University(CBU)- Under …", "… app)  Ghana Federation of Disability
Organisations (as the umbrella …") is where a line ended; not after a single word ("UNDP  CO
Portfolios (Environment; Youth)") or a heading ("… projects. Private sector   UNITER – …").

A bulleted list keeps its first bullet, the others the dashes between its items ("- The
ministry of environment - SMTD - city halls - private sectors (innovators (RIMCIOMPOST,
SMARTrash)"); a line of three parts or fewer is a name and what is said of it ("- Lake Hub -
Private Sector - New Partner"), no such list.

Lines of "Name - what it did" run together end each description with the next name ("Ministry
of Natural Resources - Green and Circular Economy activities Ministry of Energy - energy
efficiency measures …"): the name is the capitalised words that end a description in lower
case, unless a word such as "in" or "the" puts them inside it ("Food waste mapping in
Waterburg District …", "a partner of the Ministry of Health - …").
"""

from __future__ import annotations

import re

from .enumerations import strip_marker
from .organisations import ONE_NAME, ORGANISATION_WORDS, is_group
from .sectors import sector_word

_FIRST_BULLET = re.compile(r"^\s*[-–—•]\s")
_SPACED_DASH = re.compile(r"(\s[-–—]\s)")
_MIN_ITEMS = 4
# An item is a name or a class of actors, not a phrase: this many words at most, outside
# its parentheses.
_MAX_ITEM_WORDS = 6
_GLOSS = re.compile(r"\([^()]*\)?")


def pasted_items(line: str) -> list[str]:
    """The items of a line of partners pasted flat between spaced dashes (see the module);
    else [line]."""
    return [item for listed in _bulleted_items(line) for item in _paired_items(listed)]


def _bulleted_items(line: str) -> list[str]:
    """The items of a bulleted line listing partners between spaced dashes, four or more,
    each short and none a sentence; else [line]."""
    if not _FIRST_BULLET.match(line):
        return [line]
    items = [item.strip() for item in _SPACED_DASH.split(strip_marker(line))[::2]]
    if len(items) < _MIN_ITEMS or any(not _is_item(item) for item in items):
        return [line]
    return items


def _is_item(item: str) -> bool:
    words = _GLOSS.sub("", item).split()
    return 0 < len(words) <= _MAX_ITEM_WORDS and not re.search(r"[.!?:;]$|[.!?]\s", item)


# The capitalised words (and the small words between them) that end a part, and the word
# before them (`_paired_items`).
_CAPITAL_WORD = re.compile(r"\(?[A-Z][\w'’&.)/-]*")
_SMALL = frozenset(
    ["of", "for", "and", "the", "de", "du", "des", "la", "le", "del", "y", "et", "&"]
)
# A word that makes the capitalised words after it part of the description.
_GOVERNS = frozenset(
    ["in", "at", "from", "of", "on", "for", "to", "with", "by", "the", "a", "an", "and", "or"]
    + ["our", "their", "its"]
)
_ACRONYM = re.compile(r"[A-Z][A-Z0-9&]{1,9}")
_NAMED = re.compile(rf"\b(?:[A-Z]{{2,}}|(?i:{ORGANISATION_WORDS})|Embassy)\b")


def _paired_items(line: str) -> list[str]:
    """The "Name - what it did" items a line runs together (see the module), each name
    opening its item; [line] when no description ends with a name."""
    parts = _SPACED_DASH.split(line)  # text, dash, text, dash, …, text
    if len(parts) < 5:
        return [line]
    items, start = [], parts[0]
    for dash, part in zip(parts[1:-2:2], parts[2:-1:2], strict=True):
        said, name = _name_at_end(part)
        if name:
            items.append(f"{start}{dash}{said}")
            start = name
        else:
            start = f"{start}{dash}{part}"
    items.append(f"{start}{parts[-2]}{parts[-1]}")
    return items


def _name_at_end(part: str) -> tuple[str, str]:
    """(the description, the name) of a part ending with an organisation's name of two words
    or more, or an acronym, after a description in lower case, a heading between them
    ("Ministries", "Private sector") left out; ("", "") when it does not."""
    words = part.split()
    at = len(words)
    while at > 0 and (_CAPITAL_WORD.fullmatch(words[at - 1]) or words[at - 1] in _SMALL):
        at -= 1
    before = words[:at]
    while at < len(words) and is_group(words[at]):
        at += 1  # "… organic agriculture. Ministries Ministry of …"
    name = words[at:]
    if not name or name[0] in _SMALL or not before or not before[-1][:1].islower():
        return "", ""  # "… and outputs. OR Tambo, eThekwini and Waterburg Districts –"
    if before[-1].strip(".;:") in _GOVERNS or before[-1].endswith(",") or len(name) > 8:
        return "", ""
    joined = " ".join(name)
    if len(name) < 2 and not _ACRONYM.fullmatch(joined):
        return "", ""  # "Belarusian innovation Fund": a name in sentence case
    return _without_heading(" ".join(before)), _pair(joined)


def _pair(name: str) -> str:
    """Two names joined by "and", each of two words or more with an acronym or an
    organisation's word, as a list ("US Embassy, UN WOMEN"); else the name ("Ministry of
    Trade and Industry")."""
    halves = name.split(" and ")
    if len(halves) == 2 and all(len(h.split()) > 1 and _NAMED.search(h) for h in halves):
        return ", ".join(halves)
    return name


def _is_heading(text: str) -> bool:
    return bool(sector_word(text) or is_group(text))


def _without_heading(said: str) -> str:
    """A description without the heading of the names below it that ends it ("…venture
    projects. Private sector")."""
    head, stop, tail = said.rpartition(". ")
    return f"{head}{stop}".strip() if stop and _is_heading(tail) else said


# Two spaces or more after a word, before a capital (`names_apart`).
_GAP = re.compile(r"(?<=[\w)])[^\S\n]{2,}(?=[A-Z(])")
# A name before a dash, a colon or a gloss that says what it is.
_NAME_AHEAD = re.compile(rf"(?:{ONE_NAME.pattern})(?=[^\S\n]*[-–—:(])")
_PRONOUNS = frozenset(["We", "Our", "They", "Their", "It", "Its", "This", "These", "Those", "I"])


def names_apart(text: str) -> str:
    """`text` with each run of spaces before a name that opens an item made a line break (see
    the module)."""
    cuts, start = [], 0
    for gap in _GAP.finditer(text):
        said = text[max(start, text.rfind("\n", 0, gap.start()) + 1) : gap.start()].split()
        ahead = _NAME_AHEAD.match(text, gap.end())
        if not ahead or ahead[0].split()[0] in _PRONOUNS or len(said) < 2:
            continue
        if said[-1] in _SMALL or said[-1] in _GOVERNS:
            continue
        if _without_heading(" ".join(said)) == " ".join(said):
            cuts.append(gap)
            start = gap.end()
    for gap in reversed(cuts):
        text = f"{text[: gap.start()]}\n{text[gap.end() :]}"
    return text
