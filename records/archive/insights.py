"""The key insights of a closing report, split out of the insights answer.

A numbered run wins ("(1)…(7)", "1.", "#1", "a)"); else the last list after an intro line
("First insights are:") or an intro paragraph ("…The below insights are gained through these
exercises."), one item per bullet, flattened dash list or hard-wrapped paragraph. An
insight's own heading ("#1 Each cluster is unique:" above its text) stays a paragraph of its
own: insights keep their paragraphs, separated by a blank line.
"""

from __future__ import annotations

import re

from .document import Answer
from .enumerations import numbered_items, strip_marker
from .text import collapse
from .titles import is_intro_line

# Flattened lists: "-   a -   b" (NBSP runs after the dash) and "… approach -Collective …".
_INLINE_DASH = re.compile(r"\s-\s+(?=\S)|\s-(?=[A-Z])")
_INLINE_BULLET = re.compile(r"[•·]|\s\*\s")
# The last sentence of an intro paragraph: it announces the list below.
_ANNOUNCES = (
    re.compile(r"\b(?:insights?|lessons|learnings|findings)\b", re.IGNORECASE),
    re.compile(r"\b(?:below|following|as follows|are|were|include)\b", re.IGNORECASE),
)
_PARAGRAPH_BREAK = re.compile(r"\n\s*\n")
_SENTENCE_END = (".", "!", "?", ";", ",")


def insights(answers: list[Answer]) -> list[str]:
    """The items of the first non-empty insights answer."""
    text = next((a.text for a in answers if a.key == "insights" and a.text), "")
    return split_insights(text)


def split_insights(text: str) -> list[str]:
    lines = [_strip_quote(line) for line in text.split("\n")]
    items = numbered_items("\n".join(lines)) or _after_inline_intro(lines)
    if not items:
        lines = [line for line in lines if line.strip()]
        if lines and _is_intro_paragraph(lines):
            lines = lines[1:]
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
    cleaned = (_paragraphs(strip_marker(item)).rstrip(",; ") for item in items)
    return [item for item in cleaned if re.search(r"\w", item)]


def _after_inline_intro(lines: list[str]) -> list[str]:
    """The items of a one-line answer that is an intro line and its list ("Les idées
    principales générés … sont: a; b; c"): one per ";", at least three; [] for any other
    answer."""
    lines = [line for line in lines if line.strip()]
    intro, colon, rest = lines[0].partition(":") if len(lines) == 1 else ("", "", "")
    items = rest.split(";")
    if len(items) < 3 or re.search(r"[.!?]", intro) or not is_intro_line(intro + colon):
        return []
    return items


def _paragraphs(item: str) -> str:
    """The item's paragraphs, each on one line, separated by a blank line.

    A first line that is a heading ("Known challenges we did not foresee", "… sector:") is a
    paragraph of its own even without a blank line below it.
    """
    first, newline, rest = item.strip().partition("\n")
    if newline and _is_heading(first) and rest.lstrip()[:1].isupper():
        item = f"{first}\n\n{rest}"
    parts = (collapse(part) for part in _PARAGRAPH_BREAK.split(item))
    return "\n\n".join(part for part in parts if part)


def _is_heading(line: str) -> bool:
    line = line.strip()
    return 0 < len(line) <= 200 and (line.endswith(":") or not line.endswith(_SENTENCE_END))


def _is_intro_paragraph(lines: list[str]) -> bool:
    """The first line is an unmarked paragraph announcing the marked list below it."""
    first, rest = lines[0], lines[1:]
    marked = [line for line in rest if strip_marker(line) != line]
    last_sentence = re.split(r"(?<=[.!?])\s+", first.strip())[-1]
    return (
        strip_marker(first) == first
        and len(marked) >= 2
        and len(marked) == len(rest)
        and all(pattern.search(last_sentence) for pattern in _ANNOUNCES)
    )


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
