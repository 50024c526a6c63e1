"""The form's answers: every `> ` prompt with the text below it, in its section and group.

Sections are `## ` headings; groups are `<div class="group">` … `</div>` blocks (a group
closes at its first `</div>` line). The form (START, CLOSE-A, CLOSE-B) follows from the
prompts found.

In a plan, a group with an unnamed prompt (`> `, `> None`) or none at all is an item of the
question above it (the evidence, the uploads): it keeps that question, never an empty one. An
answer's text is split into the items its labels start (`items.labelled_items`), without the
pasted HTML (`markup.strip_markup`), its hard-wrapped lines joined (`prose.join_wrapped_lines`).
"""

from __future__ import annotations

import re
from dataclasses import replace

from ..prose import join_wrapped_lines
from .document import Answer, ParsedDocument
from .items import labelled_items
from .links import separate_urls
from .markup import strip_markup
from .prompts import CHALLENGE_TYPE_NOTE, display_prompt, match_prompt, prompt_label
from .text import clean_block, collapse, unescape

# Answers that are lists, one item a line, whatever case an item starts in: the insights
# (read by `insights`) and the partners' names ("…du Burkina," / "l'office nationale…").
_LISTS = ("insights", "partner_name")
# The form's own word for a partner's description, written before it: "Description: Strategic
# partner for…", "Brief description- The current proposal…".
_DESCRIPTION_LABEL = re.compile(
    r"^(?:brief\s+)?(?:description|descripción|descriptif)"
    r"(?:\s+of\s+the\s+(?:collaboration|partnership))?\s*(?::|[-–—])\s*(?=\S)",
    re.IGNORECASE,
)


def parse_answers(doc: ParsedDocument, lines: list[str], skip: list[bool]) -> None:
    """Every "> " prompt with the answer below it, in document order."""
    known = _known_prompts(lines, skip)
    markers = {m[1] for m in known.values() if m}
    doc.form = next((f for f in ("close-a", "close-b", "start") if f in markers), "")
    # In learning plans a "> " line that is no template is a user's quoted answer line.
    plan_mode = doc.type == "learningplan" or bool(doc.form)

    section, group, groups = "", None, 0
    current: Answer | None = None
    container: Answer | None = None  # the question a plan's unnamed group items belong to
    body: list[str] = []
    for i, line in enumerate(lines):
        if skip[i]:
            continue
        stripped = line.strip()
        heading = _is_heading(line, plan_mode)
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
        unnamed = prompt and known[i] == ("", "")
        if unnamed and current is not None and current.group == group and not "".join(body).strip():
            continue  # the "> " line of a group item already begun
        _finish(doc, current, body)
        current = None
        if heading:
            section, container = collapse(unescape(line.strip().lstrip("#"))), None
        elif opens:
            group, groups = groups, groups + 1
            if plan_mode and container is not None and not _named_next(known, lines, skip, i):
                current = replace(container, text="", group=group)
        elif closes:
            group = None
        elif unnamed and plan_mode and container is not None:
            current = replace(container, text="", group=group)
        else:
            key, _ = known[i] or ("", "")
            current = Answer(section, "" if unnamed else display_prompt(line[1:]), key, "", group)
            if group is None:
                container = current
    _finish(doc, current, body)
    if group is not None:
        doc.warnings.append('unclosed <div class="group">')
    _drop_empty_containers(doc)


def _named_next(known: dict, lines: list[str], skip: list[bool], i: int) -> bool:
    """Whether the first line with text after line `i` is a named prompt (a partner's name…)."""
    after = (j for j in range(i + 1, len(lines)) if not skip[j] and lines[j].strip())
    j = next(after, None)
    return j is not None and bool(known.get(j)) and known[j] != ("", "")


def _is_heading(line: str, plan_mode: bool) -> bool:
    """A "## " section heading; in a plan also one a pasted answer left indented or run
    together ("  ## Challenge classification", "##Challenge classification")."""
    if plan_mode:
        line = line.lstrip()
    if not line.startswith("##") or line.startswith("###"):
        return False
    return line == "##" or line[2:3].isspace() or (plan_mode and line[2:3].isalpha())


def _finish(doc: ParsedDocument, current: Answer | None, body: list[str]) -> None:
    """Add the answer being read, its text cleaned and split into its labelled items, to the
    document; `body` is emptied."""
    if current is not None:
        if current.key == "challenge_type":
            body[:] = [b for b in body if not b.lower().startswith(CHALLENGE_TYPE_NOTE)]
        text = separate_urls(strip_markup(clean_block(body)))
        if current.key == "partner_description":
            text = _DESCRIPTION_LABEL.sub("", text, count=1)
        if current.key not in _LISTS:
            text = join_wrapped_lines(text)
        # Only the answers to the form's labelled questions are split: never an insight.
        own = prompt_label(current.prompt)
        for label, item in labelled_items(text, own) if own else [("", text)]:
            doc.answers.append(replace(current, text=item, label=label))
    body.clear()


def _drop_empty_containers(doc: ParsedDocument) -> None:
    """An empty answer followed by items of its own question says nothing the items do not."""
    answers = doc.answers
    doc.answers = [
        a
        for n, a in enumerate(answers)
        if a.text
        or a.group is not None
        or not a.prompt
        or n + 1 == len(answers)
        or (answers[n + 1].prompt, answers[n + 1].group is None) != (a.prompt, False)
    ]


def _known_prompts(lines: list[str], skip: list[bool]) -> dict[int, tuple[str, str] | None]:
    """Each "> " line's index with what `match_prompt` makes of it."""
    return {
        i: match_prompt(display_prompt(line[1:]))
        for i, line in enumerate(lines)
        if line.startswith(">") and not skip[i]
    }
