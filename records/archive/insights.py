"""The key insights of a closing report, split out of the insights answer.

A numbered run wins; else the last list after an intro line ("First insights are:"), one
item per bullet, flattened dash list or hard-wrapped paragraph.
"""

from __future__ import annotations

import re

from .document import Answer
from .enumerations import numbered_items, strip_marker
from .text import collapse

# Flattened lists: "-   a -   b" (NBSP runs after the dash) and "… approach -Collective …".
_INLINE_DASH = re.compile(r"\s-\s+(?=\S)|\s-(?=[A-Z])")
_INLINE_BULLET = re.compile(r"[•·]|\s\*\s")


def insights(answers: list[Answer]) -> list[str]:
    """The items of the first non-empty insights answer."""
    text = next((a.text for a in answers if a.key == "insights" and a.text), "")
    return split_insights(text)


def split_insights(text: str) -> list[str]:
    lines = [_strip_quote(line) for line in text.split("\n")]
    items = numbered_items("\n".join(lines))
    if not items:
        lines = [line for line in lines if line.strip()]
        intro = [i for i, line in enumerate(lines[:-1]) if is_intro(line)]
        if intro:  # "…includes 2 phases:" list, "First insights are:" list → the last list
            lines = lines[intro[-1] + 1 :]
        if len(lines) == 1 and (
            lines[0].lstrip().startswith(("-", "*")) or len(_INLINE_DASH.findall(lines[0])) > 1
        ):
            # A flattened list: its items are whole, even those starting in lower case.
            lines = _INLINE_DASH.split(lines[0])
        else:
            lines = join_wrapped(lines)
        items = [part for line in lines for part in _INLINE_BULLET.split(line)]
    cleaned = (collapse(strip_marker(item)).rstrip(",; ") for item in items)
    return [item for item in cleaned if re.search(r"\w", item)]


def join_wrapped(lines: list[str]) -> list[str]:
    """Hard-wrapped text: a line starting in lower case continues the one above."""
    groups: list[list[str]] = []
    for line in map(str.strip, lines):
        if is_intro(line):
            continue
        if groups and line[:1].islower():
            groups[-1].append(line)
        else:
            groups.append([line])
    return [" ".join(group) for group in groups]


def _strip_quote(line: str) -> str:
    return line.lstrip()[1:] if line.lstrip().startswith(">") else line


def is_intro(line: str) -> bool:
    """A line introducing a list: it ends with ":" and has no marker of its own."""
    line = line.strip()
    return line.endswith(":") and strip_marker(line) == line
