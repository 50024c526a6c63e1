"""How a plan's page is laid out: what a reader came for first, then the rest of the form.

The lead is the challenge and the learning questions (then, on the page, the cycle, insights,
partners and blogs); the rest of the form follows in titled sections a reader can skim or fold.
"""

from dataclasses import dataclass, field
from itertools import groupby

from django.core.paginator import Paginator
from django.utils.text import slugify
from django.utils.translation import gettext as _

from ..archive.titles import is_placeholder_title
from ..enums import AnswerKey
from ..folding import fold
from ..link_urls import blog_links
from ..prose import list_items
from ..search.query import words

LEAD_KEYS = (AnswerKey.CHALLENGE_STATEMENT, AnswerKey.LEARNING_QUESTION)
# Answers that are structure rather than content: "end" is the form's closing note (and the
# name answer, when it repeats the page's heading: see says_more_than_title).
STRUCTURAL_KEYS = {AnswerKey.END}
# The form's own partner prompts, shown once as the page's Partners section when it has one.
PARTNER_KEYS = {
    AnswerKey.PARTNER_NAME,
    AnswerKey.PARTNER_SECTOR,
    AnswerKey.PARTNER_DESCRIPTION,
    AnswerKey.PARTNER_NEW,
}
# Headings that only mark where the form ends, in the languages of the archive ("Ailette" is
# a machine translation of "Fin").
STRUCTURAL_HEADINGS = {"end", "fin", "ailette"}
# An "on this page" list pays off once the page has this many form sections.
CONTENTS_FROM = 3
# A plan page shows its answers and its insights this many at a time (`?answers=2`,
# `?insights=2` for the next ones): the import's limits (records.importing.limits) keep a plan
# within one page of each, so only a plan grown by hand has more; its page stays bounded.
ANSWERS_PER_PAGE = 200
INSIGHTS_PER_PAGE = 50


@dataclass
class FormSection:
    title: str
    anchor: str
    answers: list = field(default_factory=list)


def lead(plan):
    """The challenge statement and the learning questions, as {"challenge", "questions"}: an
    answer listing several questions ("1. …", "A) …", "- …", a line each) gives each its own."""
    return {
        "challenge": plan.answer(AnswerKey.CHALLENGE_STATEMENT),
        "questions": [
            question
            for a in plan.answers.all()
            if a.key == AnswerKey.LEARNING_QUESTION and a.text.strip()
            for question in list_items(a.text) or [a.text]
        ],
    }


def shown_elsewhere(plan):
    """The answer keys the page shows outside the form sections, or never."""
    keys = {*LEAD_KEYS, *STRUCTURAL_KEYS}
    if plan.insights.all():
        keys.update((AnswerKey.INSIGHTS, AnswerKey.INSIGHTS_AFTER))
    if plan.has_blog_links:
        keys.add(AnswerKey.BLOG_LINKS)
    return keys


def form_answers(plan, left_out):
    """The plan's non-empty answers whose key is not in `left_out`, in the plan's order; the
    name answer only when it says more than the title, and the answers of a partner set only
    when the set names none of the plan's partners (unrecorded_sets)."""
    unrecorded = unrecorded_sets(plan)
    return [
        a
        for a in plan.answers.all()
        if a.text.strip()
        and a.key not in left_out
        and (a.key != AnswerKey.TITLE or says_more_than_title(a.text, plan.title))
        and (a.key not in PARTNER_KEYS or a.pk in unrecorded)
    ]


def unrecorded_sets(plan) -> set[int]:
    """The ids of the partner answers the Partners section does not show: those of each of the
    form's partner sets (a name answer, then the sector, description and "new" answers after
    it) that names none of the plan's partners (see _names), and any before the first set. A
    set whose organisations were not recorded (a class of actors, "Research institutions. We
    aim to involve researchers…") is shown as written."""
    partners = [words(p.partner.name) for p in plan.partnerships.all()]
    sets: list[list] = [[]]
    for answer in plan.answers.all():
        if answer.key == AnswerKey.PARTNER_NAME:
            sets.append([answer])
        elif answer.key in PARTNER_KEYS:
            sets[-1].append(answer)
    unrecorded = {answer.pk for answer in sets[0]}
    for answers in sets[1:]:
        if not any(_names(answers, partner) for partner in partners):
            unrecorded |= {answer.pk for answer in answers}
    return unrecorded


def _names(answers, partner: list[str]) -> bool:
    """Whether a partner set's `answers` name the partner whose name has the words `partner`:
    the set holds every word of it, or its initials ("BSU", "Baku State University"), or its
    name answer is words of it."""
    said = set(words(" ".join(answer.text for answer in answers)))
    name = set(words(answers[0].text))
    initials = "".join(word[0] for word in partner) if len(partner) > 1 else None
    return bool(partner) and (
        set(partner) <= said or initials in said or bool(name) and name <= set(partner)
    )


def says_more_than_title(name: str, title: str) -> bool:
    """Whether the plan's name answer says what its title does not: it is no placeholder
    ("Missing title", "1.") and not the title itself, whatever its case, accents and spaces
    ("Building resilience of rural small holder farming communities…" for the title "Climate
    Resilience Experiment")."""
    folded, title = (" ".join(fold(text).split()).strip(" .") for text in (name, title))
    return folded != title and not is_placeholder_title(name)


def form_sections(answers):
    """`answers` grouped by section in the plan's order; a structural heading ("End") reads as
    "Other answers"."""
    sections = []
    for number, (heading, items) in enumerate(groupby(answers, lambda a: a.section), 1):
        title = heading.strip()
        if not title or title.casefold() in STRUCTURAL_HEADINGS:
            title = _("Other answers")
        anchor = f"section-{number}-{slugify(title)[:40]}".rstrip("-")
        sections.append(FormSection(title, anchor, list(items)))
    return sections


def part_page(request, param, rows, per_page):
    """The page of `rows` the query parameter `param` asks for, with the URLs of the pages
    before and after it (`previous_url`, `next_url`, "" at either end). A value that is no
    page number, or past the end, gives the first or the last page (Paginator.get_page)."""
    page = Paginator(rows, per_page).get_page(request.GET.get(param))

    def url(number):
        query = request.GET.copy()
        query[param] = number
        return f"?{query.urlencode()}"

    page.previous_url = url(page.previous_page_number()) if page.has_previous() else ""
    page.next_url = url(page.next_page_number()) if page.has_next() else ""
    return page


def plan_layout(request, plan):
    """The context a plan page needs beyond the plan: its lead, the page of its form answers
    (`answers`) in their sections, the page of its insights and their intro, and whether to
    show an "on this page" list."""
    answers = part_page(
        request, "answers", form_answers(plan, shown_elsewhere(plan)), ANSWERS_PER_PAGE
    )
    sections = form_sections(answers)
    return {
        "lead": lead(plan),
        "form_sections": sections,
        "answers": answers,
        "insights": part_page(request, "insights", plan.insights.all(), INSIGHTS_PER_PAGE),
        # The insights answer's text before its list, shown above the insights, and its
        # closing text, shown below them.
        "insights_intro": plan.answer(AnswerKey.INSIGHTS),
        "insights_after": plan.answer(AnswerKey.INSIGHTS_AFTER),
        "show_contents": len(sections) >= CONTENTS_FROM,
        "blog_links": blog_links(plan),
    }
