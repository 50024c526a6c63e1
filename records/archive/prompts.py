"""The prompts of the forms: each `> ` line's prompt, and the stable key of the well-known ones.

Prompts are compared lower-case, quotes dropped, whitespace collapsed, by their opening words.
A few prompts also say which form the document is: START, CLOSE-A or CLOSE-B.
"""

from __future__ import annotations

import functools
import re

from .text import collapse, unescape

# (opening words, key, form marker), tried in order.
_PROMPTS = (
    ("please provide a name for your action learning plan", "title", "start"),
    ("challenge type:", "challenge_type", ""),
    ("challenge statement:", "challenge_statement", ""),
    ("background:", "background", ""),
    ("quantitative evidence:", "quantitative_evidence", ""),
    ("qualitative evidence:", "qualitative_evidence", ""),
    ("value proposition:", "value_proposition", ""),
    ("short tweet summary", "tweet_summary", ""),
    ("who are your top 5 partners", "partners", ""),
    ("please state the name of the parter", "partner_name", ""),
    ("please state the name of the partner", "partner_name", ""),
    ("what sector does our partner belong to", "partner_sector", ""),
    ("what sector does your partner belong to", "partner_sector", ""),
    ("please provide a brief description of the collaboration", "partner_description", ""),
    ("please provide a brief description of the partnership", "partner_description", ""),
    ("is this a new and unusual partner", "partner_new", ""),
    ("learning question:", "learning_question", ""),
    ("to what stage(s) in the learning cycle", "learning_stage", ""),
    ("usage of methods:", "methods_usage", ""),
    ("existing data gaps:", "data_gaps", ""),
    ("early leads to grow:", "early_leads", ""),
    ("please upload any further supporting evidence", "evidence_uploads", ""),
    ("for this frontier challenge, how much of your time", "time_allocation", ""),
    ("what are the top 5 key insights", "insights", "close-a"),
    ("what are the top key insights", "insights", "close-b"),
    ("please paste the link(s) to the blog(s)", "blog_links", ""),
    ("please paste any link(s) to blog(s)", "blog_links", ""),
    ("did you experience any barriers", "barriers", ""),
    ("relating to your types of data, why did you chose these", "data_rationale", ""),
    ("why was it necessary to apply the above innovation method", "method_rationale", ""),
    ("bonus question:", "bonus_question", ""),
    ("if applicable, what civil society organisations", "partners_civil_society", ""),
    ("if applicable, what academic partners", "partners_academia", ""),
    ("if applicable, what private sector partners", "partners_private_sector", ""),
    ("if applicable, what government partners", "partners_government", ""),
    ("if applicable, which un internal partners", "partners_un", ""),
    ("relating to your answers above: who of the partners listed", "partners_new_unusual", ""),
    ("please indicate what partners you have actually worked with", "partners_worked_with", ""),
    ("considering the outcomes of this learning challenge", "handover", ""),
    ("can you provide more detail on your handover process", "handover_detail", ""),
    ("end of action learning plan", "end", ""),
    ("the closing form saves automatically", "end", ""),
)
# One-word group sub-prompts must match exactly: "Test" must not claim "Testing showed…".
_EXACT_PROMPTS = {
    "sense": "time_sense",
    "explore": "time_explore",
    "test": "time_test",
    "grow": "time_grow",
}
# No prompt's: the importer's key for the closing text of the insights answer, after its list
# (ParsedDocument.insights_after), kept apart so the page shows it below the insights.
INSIGHTS_AFTER = "insights_after"
# Every key an answer can have besides "" (records.enums.AnswerKey holds the same values).
ANSWER_KEYS = (
    frozenset(key for _, key, _ in _PROMPTS)
    | frozenset(_EXACT_PROMPTS.values())
    | frozenset((INSIGHTS_AFTER,))
)
# The labels the form's questions open with ("Quantitative evidence: What … ?"), folded, with
# how they read: the line of an answer that opens with one starts an item under that label.
LABELS = {
    opening[:-1]: opening[:-1].capitalize() for opening, _, _ in _PROMPTS if opening.endswith(":")
}
_UNNAMED_PROMPTS = ("", "none")  # "None" is a leaked Python None on upload groups
# The template's note under "Challenge type:" is no answer.
CHALLENGE_TYPE_NOTE = "please note: we ask you to only submit a maximum of 3 challenges"


@functools.lru_cache(maxsize=4096)  # the forms' prompts come back in every plan, twice each
def display_prompt(raw: str) -> str:
    """The prompt as shown: literal "\\n" from the form export made spaces, entities decoded."""
    return collapse(unescape(raw.replace("\\n", " ")))


def prompt_label(prompt: str) -> str:
    """The label `prompt` opens with ("Quantitative evidence"), or "" when none of LABELS."""
    head, colon, _ = prompt.partition(":")
    return LABELS.get(collapse(head.lower()), "") if colon else ""


@functools.lru_cache(maxsize=4096)  # the forms' prompts come back in every plan
def match_prompt(prompt: str) -> tuple[str, str] | None:
    """(key, form marker) of a known prompt, ("", "") for an unnamed one, None if unknown."""
    norm = collapse(re.sub('["“”„]', "", prompt.lower()))
    if norm in _UNNAMED_PROMPTS:
        return "", ""
    if norm in _EXACT_PROMPTS:
        return _EXACT_PROMPTS[norm], ""
    for prefix, key, marker in _PROMPTS:
        if norm.startswith(prefix):
            return key, marker
    return None
