"""The labelled items of an answer: the text under each of the form's labels written inside it.

A plan's writer often repeats or adds the form's labels in an answer ("Quantitative Evidence:"
at the top of the evidence, "QUALITATIVE EVIDENCE - …" halfway through it). The labels are the
ones the form's questions open with (prompts.LABELS); an answer's own label at its start says
nothing new and goes, further on it is the writer's text (unless another label came between);
any other starts an item under that label.
"""

from __future__ import annotations

import re

from .prompts import LABELS
from .text import collapse


def _alternatives(labels) -> str:
    """A regex matching any of `labels`, the longest first, any run of spaces between words."""
    return "|".join(
        r"\s+".join(map(re.escape, label.split()))
        for label in sorted(labels, key=len, reverse=True)
    )


_NAMES = _alternatives(LABELS)
# A line opening with a label and ":" or a dash: "Quantitative Evidence:", "- Background – …".
_LINE = re.compile(rf"^[\W_]{{0,3}}({_NAMES})\s*(?::|\s[-–—](?:\s|$))\s*(.*)$", re.IGNORECASE)
# The writer's heading after the answer's own label, words in capitals: "Weak Signals of Urgency".
_SMALL = r"(?:of|and|the|for|in|on|to|a|an|&)"
_HEADING = re.compile(rf"[A-Z][\w'’-]*(?:\s+(?:[A-Z][\w'’-]*|{_SMALL})){{1,7}}")
# A label in capitals inside a line: "… the youth.  QUALITATIVE EVIDENCE - SEDCO …".
_INLINE = re.compile(rf"\s(?=(?:{_alternatives(map(str.upper, LABELS))})\s*(?::|[-–—]\s))")


def labelled_items(text: str, own: str) -> list[tuple[str, str]]:
    """(label, text) of each item of the answer `text` to the question labelled `own`: the
    first item's label is "", unless another label opens the answer."""
    items: list[tuple[str, list[str]]] = [("", [])]
    for line in text.split("\n"):
        for piece in _INLINE.split(line):
            match = _LINE.match(piece)
            if not match:
                items[-1][1].append(piece)
                continue
            label = LABELS[collapse(match[1].lower())]
            rest = [match[2]] if match[2] else []
            if label != own or items[-1][0] not in ("", own):
                items.append((label, rest))  # another label, or back from one to its own
            elif not "".join(items[-1][1]).strip() and not _HEADING.fullmatch(match[2]):
                items[-1][1].extend(rest)  # the answer's own label, repeated at its start
            else:  # the writer's own heading ("Qualitative Evidence: Weak Signals of Urgency",
                # "Existing Data Gaps: Lack of" inside the answer)
                items[-1][1].append(piece)
    found = [(label, "\n".join(lines).strip()) for label, lines in items]
    return [(label, body) for label, body in found if body] or [("", "")]
