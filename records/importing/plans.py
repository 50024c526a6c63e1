"""Saving one learning plan or closing report: a ParsedDocument mapped onto a LearningPlan
and its answers, insights, partnerships, blog links, countries, SDGs and tags."""

from __future__ import annotations

import functools
import hashlib
from typing import NamedTuple

from django.db import connection

from records import archive, versioning
from records.enums import AnswerKey, Stage
from records.models import (
    BlogLink,
    Insight,
    LearningPlan,
    Partnership,
    PlanAnswer,
    search_document,
)
from records.search import entries
from records.search.language import detect_language

from .columns import MAX_URL_LENGTH, cut_to_column, normalise_url, redact_emails
from .facet_tags import TAG_FACETS
from .lookups import Lookups
from .sources import Source, titled_record

# The parser's `form` of the two closing-report forms.
CLOSING_FORMS = ("close-a", "close-b")


class AnswerRow(NamedTuple):
    """The values of a PlanAnswer row but its plan, as insert_rows writes them: a model
    instance per answer would cost more to build than its insert."""

    position: int
    section: str
    prompt: str
    key: str
    label: str
    text: str


def plan_key(doc: archive.ParsedDocument) -> str:
    """What identifies a plan upstream: its type and title line, with the focal point to tell
    two plans of one title apart; never the file name."""
    identity = f"{doc.type}\n{doc.title_line or doc.title}\n{doc.focal_point}"
    return "learningplan:" + hashlib.sha256(identity.encode()).hexdigest()[:40]


def version_key(key: str, name: str) -> str:
    """The key of the record of file `name` when another file of its run, of another content,
    holds the plan of `key`. Upstream names a file after its title as typed, so two such
    files are two documents whose titles read the same once entities and spaces are read
    ("… local solutions &amp; innovations …" and "… local solutions & innovations …", or one
    title a year apart): each keeps its own record, and the file's name tells them apart."""
    return "learningplan:" + hashlib.sha256(f"{key}\n{name}".encode()).hexdigest()[:40]


def plan_version(record: LearningPlan, file, seen_shas: dict[str, str], lookups: Lookups):
    """The record the plan file `file` (a reading.ReadFile) writes when `record`, the plan
    of its key, came from another file: the record the file was kept in before as a version
    of its own (version_key), or a new one (None) when that other file, of another content,
    was read earlier in this run (`seen_shas`: sha → file name); else `record`. Returns the
    record, its key, and for a version the other file's name."""
    key = version_key(file.key, file.name)
    pk = lookups.plan_id(key)
    earlier = seen_shas.get(record.source_sha256)
    if pk is None and (earlier is None or record.source_sha256 == file.sha):
        return record, file.key, None
    other = earlier or record.source_file
    return (LearningPlan.objects.get(pk=pk) if pk is not None else None), key, other


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
    plan.focal_point = cut_to_column(LearningPlan, "focal_point", doc.focal_point, warnings)
    answers = plan_answers(doc, warnings)
    insights = [
        Insight(position=position, text=redact_emails(text))
        for position, text in enumerate(doc.insights)
    ]
    countries = lookups.country_codes(doc.countries, warnings)
    partners = partner_descriptions(doc.partners, countries, lookups, warnings)
    # The same text plan.build_search_document() gives from the rows written below.
    plan.search_document = search_document(
        plan.title, *(a.text for a in answers), *(i.text for i in insights)
    )
    plan.language = detect_language(plan.search_document)
    source.stamp(plan, warnings)
    if created:
        LearningPlan.objects.bulk_create([plan])  # no signal: indexed below, with its insights
    else:
        plan.save()
        for related in (plan.answers, plan.insights, plan.partnerships, plan.blog_links):
            related.all().delete()
    # The rows are written in bulk, without signals.
    versioning.bump()
    insert_rows(PlanAnswer, ("plan", *AnswerRow._fields), [(plan.pk, *a) for a in answers])
    for insight in insights:
        insight.plan = plan
    Insight.objects.bulk_create(insights)  # its ids key the insights' search entries
    lookups.entries.add(entries.plan_entries(plan, insights))
    insert_rows(
        Partnership,
        ("plan", "partner", "description", "position"),
        [(plan.pk, pid, text, position) for position, (pid, text) in enumerate(partners.items())],
    )
    link_blogs(plan, doc.blog_urls, lookups)
    replace_links(plan, "countries", countries, replace=not created)
    replace_links(plan, "sdgs", lookups.sdg_numbers(doc.sdgs), replace=not created)
    for facet in TAG_FACETS:
        tag_ids = lookups.tags.ids(facet, getattr(doc, facet))
        replace_links(plan, facet, tag_ids, replace=not created)
    if created:
        lookups.remember_plan(source.key, plan.pk)
    return plan


def split_answer(doc: archive.ParsedDocument) -> archive.Answer | None:
    """The answer the parser split `doc.insights` from (its first non-empty "insights"
    answer), or None when nothing was split."""
    if not doc.insights:
        return None
    return next((a for a in doc.answers if a.key == AnswerKey.INSIGHTS and a.text), None)


def plan_answers(doc: archive.ParsedDocument, warnings: list[str]) -> list[AnswerRow]:
    """The rows of the plan's answers in document order, each at its place in the document. The
    answer its insights were split from keeps only its intro (the text before the list), or is
    left out when it has none; its closing text (after the list) is an answer keyed
    INSIGHTS_AFTER at the same place: the Insight rows hold the rest, and the page and search
    show it once."""
    split = split_answer(doc)
    rows = []
    for position, answer in enumerate(doc.answers):
        if answer is not split:
            rows.append((position, answer, answer.key, answer.text))
            continue
        for key, text in (
            (answer.key, doc.insights_intro),
            (AnswerKey.INSIGHTS_AFTER, doc.insights_after),
        ):
            if text:
                rows.append((position, answer, key, text))
    return [
        AnswerRow(
            position=position,
            section=cut_to_column(PlanAnswer, "section", answer.section, warnings),
            prompt=answer.prompt,
            key=cut_to_column(PlanAnswer, "key", key, warnings),
            label=answer.label,
            text=redact_emails(text),
        )
        for position, answer, key, text in rows
    ]


def partner_descriptions(
    mentions: list[archive.PartnerMention],
    countries: list[str],
    lookups: Lookups,
    warnings: list[str],
) -> dict[int, str]:
    """partner id → this plan's description of the work with it (the first, when a plan names
    a partner twice); `countries`: the plan's ISO codes (Lookups.partner_key)."""
    partnerships = {}
    named = [(mention.name, mention.sector) for mention in mentions]
    ids = lookups.partner_ids(named, warnings, countries)
    for mention, partner_id in zip(mentions, ids, strict=True):
        if partner_id is not None and partner_id not in partnerships:
            partnerships[partner_id] = redact_emails(mention.description)
    return partnerships


def link_blogs(plan: LearningPlan, urls: list[str], lookups: Lookups) -> None:
    """One link per normalised URL, tied to the blog of that URL when it was imported (a blog
    imported later ties itself to the links waiting for it)."""
    links = dict.fromkeys(filter(None, map(normalise_url, urls)))
    blogs = lookups.blog_ids([url for url in links if len(url) <= MAX_URL_LENGTH])
    BlogLink.objects.bulk_create(
        BlogLink(plan=plan, url=url, blog_id=blogs.get(url), position=position)
        for position, url in enumerate(links)
        if len(url) <= MAX_URL_LENGTH
    )
    lookups.waiting_links.note(url for url in links if url not in blogs)


def replace_links(plan: LearningPlan, field: str, ids: list, *, replace: bool) -> None:
    """Link the plan to the rows of `ids` through its many-to-many `field` (countries, SDGs, a
    tag facet) in one insert; `replace` drops the links it had first."""
    through = LearningPlan._meta.get_field(field).remote_field.through
    plan_field, row_field = link_fields(through)
    if replace:
        through.objects.filter(**{plan_field: plan.pk}).delete()
    insert_rows(through, (plan_field, row_field), [(plan.pk, pk) for pk in ids])


@functools.cache
def link_fields(through) -> tuple[str, str]:
    """The fields of a many-to-many through model naming the plan and the row it links."""
    fields = [f for f in through._meta.concrete_fields if f.is_relation]
    (plan_field,) = (f.name for f in fields if f.related_model is LearningPlan)
    (row_field,) = (f.name for f in fields if f.related_model is not LearningPlan)
    return plan_field, row_field


def insert_rows(model, fields: tuple[str, ...], rows: list[tuple]) -> None:
    """Insert `rows`, tuples of the values of `fields`, into `model`'s table in one
    executemany, without signals: a plan's answers, partnerships and links are rows by the
    thousand whose values are ready as they are, which bulk_create would prepare one by one."""
    if not rows:
        return
    quote = connection.ops.quote_name
    columns = ", ".join(quote(model._meta.get_field(name).column) for name in fields)
    placeholders = ", ".join(["%s"] * len(fields))
    with connection.cursor() as cursor:
        cursor.executemany(
            f"INSERT INTO {quote(model._meta.db_table)} ({columns}) VALUES ({placeholders})", rows
        )
