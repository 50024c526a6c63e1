"""The form's answers: every `> ` prompt with the text below it, in its section and group.

Sections are `## ` headings; groups are `<div class="group">` … `</div>` blocks (a group
closes at its first `</div>` line). The form (START, CLOSE-A, CLOSE-B) follows from the
prompts found.
"""

from __future__ import annotations

from .document import Answer, ParsedDocument
from .prompts import CHALLENGE_TYPE_NOTE, display_prompt, match_prompt
from .text import clean_block, collapse, unescape


def parse_answers(doc: ParsedDocument, lines: list[str], skip: list[bool]) -> None:
    """Every "> " prompt with the answer below it, in document order."""
    known = _known_prompts(lines, skip)
    markers = {m[1] for m in known.values() if m}
    doc.form = next((f for f in ("close-a", "close-b", "start") if f in markers), "")
    # In learning plans a "> " line that is no template is a user's quoted answer line.
    plan_mode = doc.type == "learningplan" or bool(doc.form)

    section, group, groups = "", None, 0
    current: Answer | None = None
    body: list[str] = []
    for i, line in enumerate(lines):
        if skip[i]:
            continue
        stripped = line.strip()
        heading = line.startswith("##") and (line[2:3].isspace() or line == "##")
        opens = stripped == '<div class="group">'
        closes = stripped == "</div>" and group is not None
        prompt = (
            not (heading or opens or closes)
            and i in known
            and bool(known[i] or not plan_mode or current is None)
        )
        if not (heading or opens or closes or prompt):
            if current is not None:
                body.append(line)
            continue
        _finish(doc, current, body)
        current = None
        if heading:
            section = collapse(unescape(line[2:]))
        elif opens:
            group, groups = groups, groups + 1
        elif closes:
            group = None
        else:
            key, _ = known[i] or ("", "")
            unnamed = known[i] == ("", "")
            current = Answer(section, "" if unnamed else display_prompt(line[1:]), key, "", group)
    _finish(doc, current, body)
    if group is not None:
        doc.warnings.append('unclosed <div class="group">')


def _finish(doc: ParsedDocument, current: Answer | None, body: list[str]) -> None:
    """Add the answer being read, its text cleaned, to the document; `body` is emptied."""
    if current is not None:
        if current.key == "challenge_type":
            body[:] = [b for b in body if not b.lower().startswith(CHALLENGE_TYPE_NOTE)]
        current.text = clean_block(body)
        doc.answers.append(current)
    body.clear()


def _known_prompts(lines: list[str], skip: list[bool]) -> dict[int, tuple[str, str] | None]:
    """Each "> " line's index with what `match_prompt` makes of it."""
    return {
        i: match_prompt(display_prompt(line[1:]))
        for i, line in enumerate(lines)
        if line.startswith(">") and not skip[i]
    }
