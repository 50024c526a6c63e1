"""Saving one learning plan or closing report: a ParsedDocument mapped onto a LearningPlan
and its answers, insights, partnerships, blog links, countries, SDGs and tags."""

from __future__ import annotations

import hashlib

from records import archive
from records.enums import Stage
from records.models import (
    BlogLink,
    Insight,
    LearningPlan,
    Partnership,
    PlanAnswer,
    search_document,
)
from records.search.entries import index_plan
from records.search.language import detect_language

from .columns import fit, normalise_url, redact_emails
from .lookups import TAG_FACETS, Lookups
from .sources import Source, titled_record

# The parser's `form` of the two closing-report forms.
CLOSING_FORMS = ("close-a", "close-b")


def plan_key(doc: archive.ParsedDocument) -> str:
    """What identifies a plan upstream: its type and title line, with the focal point to tell
    two plans of one title apart; never the file name."""
    identity = f"{doc.type}\n{doc.title_line or doc.title}\n{doc.focal_point}"
    return "learningplan:" + hashlib.sha256(identity.encode()).hexdigest()[:40]


def save_plan(
    plan: LearningPlan | None, doc: archive.ParsedDocument, source: Source, lookups: Lookups
) -> LearningPlan:
    """Write `doc` onto `plan` (a new plan when None), replacing all its rows.

    Everything that can add a warning comes first, so the plan is saved once, with its
    warnings and the search text its rows give.
    """
    created = plan is None
    warnings = list(doc.warnings)
    plan = titled_record(LearningPlan, plan, doc.title, source, lookups, warnings)
    plan.stage = Stage.CLOSING if doc.form in CLOSING_FORMS else Stage.PLAN
    plan.year = doc.year
    plan.title_from_text = doc.title_from_text
    plan.focal_point = fit(LearningPlan, "focal_point", doc.focal_point, warnings)
    answers = plan_answers(doc, warnings)
    insights = [
        Insight(position=position, text=redact_emails(text))
        for position, text in enumerate(doc.insights)
    ]
    partners = partner_descriptions(doc.partners, lookups, warnings)
    countries = lookups.country_codes(doc.countries, warnings)
    # The same text plan.build_search_document() gives from the rows written below.
    plan.search_document = search_document(
        plan.title, *(a.text for a in answers), *(i.text for i in insights)
    )
    plan.language = detect_language(plan.search_document)
    source.stamp(plan, warnings)
    plan.save()

    if not created:
        for related in (plan.answers, plan.insights, plan.partnerships, plan.blog_links):
            related.all().delete()
    for row in (*answers, *insights):
        row.plan = plan
    PlanAnswer.objects.bulk_create(answers)
    Insight.objects.bulk_create(insights)
    # Written in bulk, without signals: the plan's search entries are written again with them.
    index_plan(plan)
    Partnership.objects.bulk_create(
        Partnership(plan=plan, partner_id=pid, description=description, position=position)
        for position, (pid, description) in enumerate(partners.items())
    )
    link_blogs(plan, doc.blog_urls, lookups)
    plan.countries.set(countries)
    plan.sdgs.set(lookups.sdg_numbers(doc.sdgs))
    set_tags(plan, doc, lookups, replace=not created)
    if created:
        lookups.remember_plan(source.key, plan.pk)
    return plan


def split_answer(doc: archive.ParsedDocument) -> archive.Answer | None:
    """The answer the parser split `doc.insights` from (its first non-empty "insights"
    answer), or None when nothing was split."""
    if not doc.insights:
        return None
    return next((a for a in doc.answers if a.key == "insights" and a.text), None)


def plan_answers(doc: archive.ParsedDocument, warnings: list[str]) -> list[PlanAnswer]:
    """The plan's answers in document order, unsaved. The answer its insights were split from
    is left out: the Insight rows hold its text, and the page and search show it once."""
    split = split_answer(doc)
    return [
        PlanAnswer(
            position=position,
            section=fit(PlanAnswer, "section", answer.section, warnings),
            prompt=answer.prompt,
            key=fit(PlanAnswer, "key", answer.key, warnings),
            text=redact_emails(answer.text),
        )
        for position, answer in enumerate(doc.answers)
        if answer is not split
    ]


def partner_descriptions(
    mentions: list[archive.PartnerMention], lookups: Lookups, warnings: list[str]
) -> dict[int, str]:
    """partner id → this plan's description of the work with it (the first, when a plan names
    a partner twice)."""
    partnerships = {}
    for mention in mentions:
        partner_id = lookups.partner_id(mention.name, mention.sector, warnings)
        if partner_id is not None:
            partnerships.setdefault(partner_id, redact_emails(mention.description))
    return partnerships


def link_blogs(plan: LearningPlan, urls: list[str], lookups: Lookups) -> None:
    """One link per normalised URL, tied to the blog of that URL when it was imported (a blog
    imported later ties itself to the links waiting for it)."""
    links = dict.fromkeys(filter(None, map(normalise_url, urls)))
    BlogLink.objects.bulk_create(
        BlogLink(plan=plan, url=url, blog_id=lookups.blog_id(url), position=position)
        for position, url in enumerate(links)
        if len(url) <= 2000
    )


def set_tags(
    plan: LearningPlan, doc: archive.ParsedDocument, lookups: Lookups, *, replace: bool
) -> None:
    """The plan's tags of every facet; `replace` drops those it had first."""
    for facet in TAG_FACETS:
        through = LearningPlan._meta.get_field(facet).through
        tag_ids = lookups.tag_ids(facet, getattr(doc, facet))
        if replace:
            through.objects.filter(content_object=plan).delete()
        through.objects.bulk_create(through(content_object=plan, tag_id=pk) for pk in tag_ids)
