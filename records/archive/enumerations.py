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
    r"|(\(?\d{1,2}(?:\)\.?|\.\)?|\s?[-–](?=\s)))"  # "1.", "1)", "(1)", "1.)", "1 -"
    # "a)", "(b)", "c.  " (a flattened list's "c.\xa0\xa0"), ". d. The" after a sentence
    r"|(\(?[a-h]\)|[a-h]\.(?= {2})|(?<=[.!?] )[a-h]\.(?= [A-Z]))"
    r")(?!\d)\s*(?=\S)"
)
_MAX_RUN_STARTS = 8
_LINE_START_JUNK = " \t-*•>"


def strip_marker(s: str) -> str:
    """`s` without its leading list marker."""
    return LEADING_MARKER.sub("", s, count=1)


def numbered_items(text: str) -> list[str]:
    """Items of a 1, 2, 3… (or a, b, c…) enumeration, on separate lines or flattened; [] if none."""
    return numbered_run(text)[1]


def numbered_run(text: str) -> tuple[str, list[str]]:
    """The text before the first marker of a 1, 2, 3… (or a, b, c…) enumeration, and the
    enumeration's items; ("", []) when there is none.

    The run is read in the style of its second marker ("(2)", "2.", "2)", "#2", "b)"…), so a
    list numbered "(1)…(7)" is not cut by a "3." inside an item; a lettered run counts only
    when every letter but one starts a line, two at least. Of the runs found, the one with
    the most markers at the start of a line wins, then the longest, then a numbered one over
    a lettered one, then the first. A run ends where a new one restarts at 1 in its style at
    the start of a line ("Questions:\n1.…\n2.…\nInsights:\n1.…" holds two runs, the longer
    wins); a "1." inside an item starts a list of that item.
    """
    marks = [_mark(m, text) for m in _NUMBER.finditer(text)]
    best: list[tuple[int, int]] = []
    best_score = (0, 0, False)
    # Only a few starts are tried so that a text full of "1." stays linear.
    starts = [i for i, mark in enumerate(marks) if mark[0] == 1][:_MAX_RUN_STARTS]
    for first in starts:
        style = ""  # set by the second marker: "1. A (2) B (3) C" is one run
        lettered = marks[first][1] == "a)"  # letters and numbers never make one run
        run = [marks[first][2:4]]
        at_line_start = int(marks[first][4])
        for number, mark_style, start, end, line_start in marks[first + 1 :]:
            if number == 1 and mark_style == style and line_start:
                break
            if (
                style in ("", mark_style)
                and (mark_style == "a)") == lettered
                and number == len(run) + 1
            ):
                style = mark_style
                run.append((start, end))
                at_line_start += line_start
        score = (at_line_start, len(run), not lettered)
        # Letters inside a sentence ("three angles: a) social, b) …") are not the list; in a
        # flattened one, all letters but one start a line.
        whole_lines = not lettered or at_line_start >= max(2, len(run) - 1)
        if len(run) >= 2 and whole_lines and score > best_score:
            best, best_score = run, score
    if not best:
        return "", []
    ends = [start for start, _ in best[1:]] + [len(text)]
    return text[: best[0][0]], [text[body:end] for (_, body), end in zip(best, ends, strict=True)]


def _mark(m: re.Match, text: str) -> tuple[int, str, int, int, bool]:
    """(number, style, start, end, at the start of a line) of one marker."""
    hashed, word, generic, letter = m.groups()
    if letter:
        number, style = ord(letter.strip("().")) - ord("a") + 1, "a)"
    elif generic:
        digits = generic.strip("().-– ")
        number = int(digits)
        style = generic.replace(digits, "n").replace(" ", "").replace("–", "-")
    else:
        number, style = int(hashed or word), "#" if hashed else "word"
    line_start = text.rfind("\n", 0, m.start()) + 1
    return (
        number,
        style,
        m.start(),
        m.end(),
        not text[line_start : m.start()].strip(_LINE_START_JUNK),
    )
