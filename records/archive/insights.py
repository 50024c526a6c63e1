"""The key insights of a closing report, split out of the insights answer, and its intro.

A numbered run wins ("(1)…(7)", "1.", "#1", "a)", a flattened "a.\xa0\xa0"); else the last
list after an intro line ("First insights are:") or an intro paragraph ("…The below insights
are gained through these exercises."), paragraphs under headings of their own, one item per
bullet, flattened list (dashes, runs of spaces or NBSP, "; " before a capital) or hard-wrapped
paragraph. A numbered run inside a sentence ("…in three scenarios: (1) …; (2) …") is no list,
and a short status note ("This area was not pursued…") no insight. An insight's own heading
("#1 Each cluster is unique:" above its text) stays a paragraph of its own: insights keep
their paragraphs, separated by a blank line. What is not
an insight is the intro (the text before the list) or the closing text (a paragraph after the
list): every word of the answer is in one of them, but for a heading that only names the list
("Our Learnings:"), which says no more than the page's own heading above the insights.
"""

from __future__ import annotations

import re

from ..prose import LETTERED_ITEM
from .document import Answer
from .enumerations import numbered_run, strip_marker
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
# A list marker followed by a run of spaces ("a.\xa0\xa0\xa0\xa0The…"): a flattened list item.
_FLATTENED_MARKER = re.compile(r"[ \t]+(?=(?:\(?\d{1,2}|[a-h])[.)] {2,}\S)")
# Between a flattened paragraph's items: two spaces or more after a sentence or before a
# capital, three anywhere.
_GAP = re.compile(r"(?<=[.!?:;\"”])\s{2,}(?=\S)|\s{2,}(?=[A-Z“\"])|\s{3,}(?=\S)")
# "…de la divagation des animaux; Des mécanismes…": a list flattened with semicolons.
_SEMICOLON = re.compile(r";\s+(?=[A-Z])")
_MAX_GAPS = 10
# A heading that only names the list of insights: "Our Learnings:", "Key insights", "Top 5
# lessons learned:"; "-", a marker with no item.
_LIST_HEADING = re.compile(
    r"[\W_]*|(?:(?:our|the|key|main|top|five|\d+)\s+){0,3}"
    r"(?:insights?|learnings?|lessons?(?:\s+learn[et]d?)?|findings|takeaways)\s*:?",
    re.IGNORECASE,
)
# A paragraph under a heading of its own: "Climate impact: The trees planted…".
_HEADED = re.compile(r"[A-Z][^.:!?\n]{0,60}:\s+\S")
_SENTENCE_BREAK = re.compile(r"\w[.!?] (?=[A-Z])")
# A sentence ended by a word in lower case: no abbreviation ("PET.", "U.S.", "etc.").
_SENTENCE_ENDED = re.compile(r"(?<![\w.])(?!etc\.)[a-zà-ÿ]{2,}[.!?]$")
_SENTENCE_END = (".", "!", "?", ";", ",")
# A heading above an insight's paragraph has at most this many words (_under_headings).
_HEADING_WORDS = 16
# A short answer saying the cycle produced nothing yet ("This area was eventually not
# pursued…", "The project is on hold…", "…n'a pu être expérimenté…") is a status note, not
# an insight: it stays the answer, with no insight split from it.
_STATUS_NOTE_MAX = 300
_STATUS = re.compile(
    r"\b(?:not (?:yet )?(?:been )?(?:pursued|implemented|launched|started|conducted|completed"
    r"|carried out)|postponed|on hold|still ongoing|cancell?ed|discontinued|(?:has|have) not yet"
    r"|no (?:learnings?|insights?|learning activity)"
    r"|not (?:have|yet) (?:much |any )?(?:learnings?|insights?)|extended (?:into|to|until) \d{4}"
    r"|n'a (?:pas )?pu être|pas encore|reporté|(?:aún|todavía) no|pospuest)",
    re.IGNORECASE,
)


def insights(answers: list[Answer]) -> tuple[str, list[str], str]:
    """The intro, the items and the closing text of the first non-empty insights answer."""
    text = next((a.text for a in answers if a.key == "insights" and a.text), "")
    return split_insights_around(text)


def split_insights(text: str) -> tuple[str, list[str]]:
    """(intro, insights) of an insights answer: every word of it is in one or the other; the
    intro is what the answer says around its list, before it and after it
    (`split_insights_around`)."""
    before, items, after = split_insights_around(text)
    return "\n\n".join(part for part in (before, after) if part), items


def split_insights_around(text: str) -> tuple[str, list[str], str]:
    """(before, insights, after) of an insights answer: every word of it is in one of them.

    `before` is the text before a numbered run or before the last list after an intro line,
    an intro paragraph, or the whole answer when it is a status note (`_STATUS`); `after` a
    closing paragraph after the last item of a numbered run, shown after the list."""
    if len(text) <= _STATUS_NOTE_MAX and _STATUS.search(text):
        return _lines(text), [], ""
    lines = [_strip_quote(line) for line in text.split("\n")]
    before, items = numbered_run(_FLATTENED_MARKER.sub("\n", "\n".join(lines)))
    if _enumerates_in_a_sentence(before, items):
        before, items = "", []
    intro = [before]
    after = ""
    if items:
        items[-1:], after = _last_item_and_after(items)
    else:
        inline = _after_inline_intro(lines)
        if inline:
            intro.append(inline[0])
            items = inline[1:]
        else:
            items = _unnumbered(lines, intro)
    cleaned = (_paragraphs(strip_marker(item)).rstrip(",; ") for item in items)
    notes = (_lines(part) for part in intro)
    return (
        "\n\n".join(part for part in notes if not _LIST_HEADING.fullmatch(part)),
        [item for item in cleaned if re.search(r"\w", item)],
        "" if _LIST_HEADING.fullmatch(after := _lines(after)) else after,
    )


def _enumerates_in_a_sentence(before: str, items: list[str]) -> bool:
    """A numbered run inside a sentence ("…in three scenarios: (1) global instability…; (2)
    climate change…"): on the line of a sentence that does not announce insights, every item
    in lower case. It says what the sentence names, not one insight each."""
    line = before.rsplit("\n", 1)[-1].strip()
    if not (items and line) or not all(item.strip()[:1].islower() for item in items):
        return False
    last_sentence = re.split(r"(?<=[.!?])\s+", line)[-1]
    return not all(pattern.search(last_sentence) for pattern in _ANNOUNCES)


def _unnumbered(lines: list[str], intro: list[str]) -> list[str]:
    """The items of an answer without a numbered run; what introduces them goes to `intro`."""
    apart = _apart(lines)
    lines = [line for line in lines if line.strip()]
    if lines and _is_intro_paragraph(lines):
        intro.append(lines.pop(0))
    intros = [i for i, line in enumerate(lines[:-1]) if is_intro(line)]
    headed = _headed_items(lines, intros)
    if headed:
        intro.append("\n".join(lines[: intros[0]]))
        return headed
    if intros:  # "…includes 2 phases:" list, "First insights are:" list → the last list
        intro.append("\n".join(lines[: intros[-1] + 1]))
        lines = lines[intros[-1] + 1 :]
    if len(lines) == 1 and (
        lines[0].lstrip().startswith(("-", "*")) or len(_INLINE_DASH.findall(lines[0])) > 1
    ):
        # A flattened list: its items are whole, even those starting in lower case.
        lines = _INLINE_DASH.split(lines[0])
        if lines[0].rstrip().endswith(":"):
            intro.append(lines.pop(0))
    elif len(lines) == 1 and _is_gapped(lines[0]):
        lines = _gapped_items(lines[0], intro)
    elif len(lines) == 1 and len(_SEMICOLON.findall(lines[0])) >= 2:
        lines = _SEMICOLON.split(lines[0])
    else:
        # What went before `lines` was only ever taken off their start.
        lines = join_wrapped(lines, intro, apart[len(apart) - len(lines) :])
        lines = _under_headings(lines) or lines
    return [part for line in lines for part in _INLINE_BULLET.split(line)]


def _under_headings(lines: list[str]) -> list[str]:
    """Paragraphs each under a heading line without a colon ("Biowaste as art" above "The
    creation of Skopje's first city souvenir…"), two at least: one item each, its heading a
    paragraph of it; [] for any other answer. A heading is a short line ending in no
    sentence; its paragraph is longer and opens in a capital."""
    headings, bodies = lines[::2], lines[1::2]
    if len(lines) < 4 or len(headings) != len(bodies):
        return []
    for heading, body in zip(headings, bodies, strict=True):
        words = len(heading.split())
        if (
            words > _HEADING_WORDS
            or heading.rstrip(" ;:").endswith((".", "!", "?"))
            or _SENTENCE_BREAK.search(heading)
            or len(body.split()) < 2 * words
            or not body[:1].isupper()
        ):
            return []
    return [f"{heading}\n\n{body}" for heading, body in zip(headings, bodies, strict=True)]


def _headed_items(lines: list[str], intros: list[int]) -> list[str]:
    """Items under headings of their own ("Digital tools as catalysts:" above a paragraph),
    two at least, each heading followed by unmarked text; [] for any other answer."""
    if len(intros) < 2 or any(b - a < 2 for a, b in zip(intros, intros[1:], strict=False)):
        return []
    bodies = [lines[i + 1] for i in intros]
    if any(strip_marker(body) != body for body in bodies):
        return []
    ends = [*intros[1:], len(lines)]
    return ["\n\n".join(lines[a:b]) for a, b in zip(intros, ends, strict=True)]


def _is_gapped(line: str) -> bool:
    """A paragraph whose items were flattened into one line, each after a wide gap (the
    NBSP runs of a pasted list): two gaps at least; more than a list holds only when a
    sentence ends with one space (some writers put two after every sentence)."""
    gaps = len(_GAP.findall(line))
    return gaps >= 2 and (gaps < _MAX_GAPS or bool(_SENTENCE_BREAK.search(line)))


def _gapped_items(line: str, intro: list[str]) -> list[str]:
    """The items of a gapped line: a first part ending with ":" introduces them; a later part
    ending with ":" or a dash is the heading of the next."""
    parts = [part.strip() for part in _GAP.split(line)]
    if parts[0].endswith(":"):
        intro.append(parts.pop(0))
    items: list[str] = []
    heading = ""
    for part in parts:
        if part.endswith((":", " -", " –")) and part is not parts[-1]:
            heading = f"{heading}\n\n{part.rstrip(' -–')}".strip()
            continue
        items.append(f"{heading}\n\n{part}".strip())
        heading = ""
    return items


def _last_item_and_after(items: list[str]) -> tuple[list[str], str]:
    """The last item of a numbered run and what is glued to it: paragraphs it has beyond the
    one every other item has are insights of their own under a heading ("Climate impact: …"),
    else a closing paragraph; they stay in the item that announces them ("…the following:")
    or when they are marked ("i) Survey…")."""
    last = _PARAGRAPH_BREAK.split(items[-1].strip())
    if len(items) < 2 or len(last) < 2 or last[0].rstrip(" -;").endswith(":"):
        return items[-1:], ""
    if any(_PARAGRAPH_BREAK.search(item.strip()) for item in items[:-1]):
        return items[-1:], ""
    rest = last[1:]
    if any(strip_marker(part) != part for part in rest):
        return items[-1:], ""
    if all(_HEADED.match(part) for part in rest):
        return [last[0], *rest], ""
    return [last[0]], "\n\n".join(rest)


def _after_inline_intro(lines: list[str]) -> list[str]:
    """The intro and the items of a one-line answer that is an intro line and its list ("Les
    idées principales générés … sont: a; b; c"): one item per ";", at least three; [] for any
    other answer."""
    lines = [line for line in lines if line.strip()]
    intro, colon, rest = lines[0].partition(":") if len(lines) == 1 else ("", "", "")
    items = rest.split(";")
    if len(items) < 3 or re.search(r"[.!?]", intro) or not is_intro_line(intro + colon):
        return []
    return [intro + colon, *items]


def _paragraphs(item: str) -> str:
    """The item's paragraphs, each on one line, separated by a blank line; one in lower case
    goes on the paragraph above (`_continues`).

    A first line that is a heading ("Known challenges we did not foresee", "… sector:") is a
    paragraph of its own even without a blank line below it.
    """
    first, newline, rest = item.strip().partition("\n")
    if newline and _is_heading(first) and rest.lstrip()[:1].isupper():
        item = f"{first}\n\n{rest}"
    paragraphs: list[list[str]] = []  # each as its parts, joined once
    for part in filter(None, map(collapse, _PARAGRAPH_BREAK.split(item))):
        if paragraphs and _continues(paragraphs[-1][-1], part):
            paragraphs[-1].append(part)
        else:
            paragraphs.append([part])
    return "\n\n".join(" ".join(parts) for parts in paragraphs)


def _continues(paragraph: str, following: str) -> bool:
    """A paragraph in lower case is the end of the sentence above it, cut by a stray break
    ("…mediante PET." / "botellas."), unless that is a heading ("…sector:") or it is an
    item of its own ("a) …")."""
    return (
        following[:1].islower()
        and not paragraph.endswith(":")
        and not LETTERED_ITEM.match(following)
    )


def _lines(text: str) -> str:
    """`text` with its line breaks and paragraphs kept, spaces collapsed."""
    lines = (collapse(line) for line in text.split("\n"))
    return "\n".join(line for line in lines if line)


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


def _apart(lines: list[str]) -> list[bool]:
    """For each line with text, whether a blank line separates it from the one above."""
    apart, blank = [], False
    for line in lines:
        if line.strip():
            apart.append(blank)
        blank = not line.strip()
    return apart


def join_wrapped(lines: list[str], intro: list[str], apart: list[bool] | None = None) -> list[str]:
    """Hard-wrapped text: a line starting in lower case continues the one above, but for a
    paragraph of its own (`apart`: a blank line above it) after a sentence's end: the next
    item, written in lower case ("…right from the start." / "it's crucial to…"). An intro
    line goes to `intro`."""
    groups: list[list[str]] = []
    for i, line in enumerate(map(str.strip, lines)):
        if is_intro(line):
            intro.append(line)
            continue
        if (
            groups
            and line[:1].islower()
            and not (apart and apart[i] and _after_sentence(groups[-1][-1], line))
        ):
            groups[-1].append(line)
        else:
            groups.append([line])
    return [" ".join(group) for group in groups]


def _after_sentence(above: str, line: str) -> bool:
    """Whether `line` follows a sentence ended by a word in lower case ("…from the start."),
    and is no URL (which a paragraph may give after its last sentence)."""
    return bool(_SENTENCE_ENDED.search(above)) and not line.startswith(("http", "www."))


def _strip_quote(line: str) -> str:
    return line.lstrip()[1:] if line.lstrip().startswith(">") else line


def is_intro(line: str) -> bool:
    """A line introducing a list: it ends with ":" and has no marker of its own."""
    line = line.strip()
    return line.endswith(":") and strip_marker(line) == line
