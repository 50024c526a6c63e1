"""How answers write lists: a leading marker ("- ", "1.", "(2)", "•") and 1, 2, 3… runs.

Insights and partner names are both lists written by hand, numbered on separate lines or
flattened into one line, so they share these two readings.
"""

from __future__ import annotations

import re

LEADING_MARKER = re.compile(
    r"^\s*(?:[-+*•·●▪>]+|\(?\d{1,2}\s*[.)\-–:]+\.?(?!\d)|\(?(?i:[ivx]{1,4})\)(?=\s))\s*"
)

_NUMBER = re.compile(
    r"(?:^|(?<=\s))(?:"
    r"#(\d{1,2})[.):]?"  # "#1 Local government…"
    r"|(?i:key insight|insight|lesson|learning|finding)\s+(\d{1,2})\s?[.):-]?"  # "Insight 1: …"
    r"|\(?(\d{1,2})(?:\)\.?|\.|\s?[-–](?=\s))"  # "1.", "1)", "(1)", "1 -"
    r")(?!\d)\s*(?=\S)"
)
_MAX_RUN_STARTS = 8


def strip_marker(s: str) -> str:
    """`s` without its leading list marker."""
    return LEADING_MARKER.sub("", s, count=1)


def numbered_items(text: str) -> list[str]:
    """Items of a 1, 2, 3… enumeration (on separate lines or flattened), [] if none."""
    marks = [
        (int(next(filter(None, m.groups()))), m.start(), m.end()) for m in _NUMBER.finditer(text)
    ]
    best: list[tuple[int, int]] = []
    # "on 1-Dec-2022 … 1) First insight": the longest 1, 2, 3… run wins, not the first "1".
    # Only a few starts are tried so that a text full of "1." stays linear.
    starts = [i for i, (number, _, _) in enumerate(marks) if number == 1][:_MAX_RUN_STARTS]
    for first in starts:
        run = []
        for number, start, end in marks[first:]:
            if number == len(run) + 1:
                run.append((start, end))
        if len(run) > len(best):
            best = run
    if len(best) < 2:
        return []
    ends = [start for start, _ in best[1:]] + [len(text)]
    return [text[body:end] for (_, body), end in zip(best, ends, strict=True)]
