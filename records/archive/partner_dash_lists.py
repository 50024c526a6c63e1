"""A bulleted list of partners pasted flat on one line: its first bullet kept, the others the
spaced dashes between its items ("- The ministry of environment - SMTD - city halls - private
sectors (innovators (RIMCIOMPOST, SMARTrash)"). A line without that first bullet runs names and
what is said of them together ("Hardware Garage - Hardware Accelerator Electric City Energy -
Renewable Energy player …"), and one of three parts or fewer is a name and what is said of it
("- Lake Hub - Private Sector - New Partner"): no such list."""

from __future__ import annotations

import re

from .enumerations import strip_marker

_FIRST_BULLET = re.compile(r"^\s*[-–—•]\s")
_SPACED_DASH = re.compile(r"\s[-–—]\s")
_MIN_ITEMS = 4
# An item is a name or a class of actors, not a phrase: this many words at most, outside
# its parentheses.
_MAX_ITEM_WORDS = 6
_GLOSS = re.compile(r"\([^()]*\)?")


def dash_items(line: str) -> list[str]:
    """The items of a bulleted line listing partners between spaced dashes, four or more,
    each short and none a sentence; else [line]."""
    if not _FIRST_BULLET.match(line):
        return [line]
    items = [item.strip() for item in _SPACED_DASH.split(strip_marker(line))]
    if len(items) < _MIN_ITEMS or any(not _is_item(item) for item in items):
        return [line]
    return items


def _is_item(item: str) -> bool:
    words = _GLOSS.sub("", item).split()
    return 0 < len(words) <= _MAX_ITEM_WORDS and not re.search(r"[.!?:;]$|[.!?]\s", item)
