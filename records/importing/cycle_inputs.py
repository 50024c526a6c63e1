"""What the joining of learning cycles (records.importing.cycle_joins) reads of the records: a
focal point's records as records.cycle_matching weighs them, and the closing reports, plans,
countries and partners the joins across focal points (records.cycle_naming,
records.cycle_texts) read, their texts read when a pass needs them, TEXTS_READ at a time."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Iterator
from dataclasses import replace

from django.db.models import OuterRef, Q, Subquery
from django.db.models.functions import Lower

from records import cycle_matching
from records.archive.titles import first_sentence
from records.enums import AnswerKey, CycleSource, Sector, Stage
from records.models import Country, Insight, LearningPlan, Partnership, PlanAnswer

FIELDS = ("pk", "title", "year", "stage", "fp", "search_document")
# What the joins across focal points read of a record: its text is read when needed
# (matched_texts).
TITLE_FIELDS = ("pk", "title", "year", "fp")
NAMING = ("title_from_text", "edited_since_import")
LINK = ("closes_id", "closes_source", "closes_evidence")
# The records whose texts matched_texts reads at once.
TEXTS_READ = 500
# The answers that say what a plan set out to learn (records.cycle_matching: echo).
_QUESTIONS = (AnswerKey.TITLE, AnswerKey.CHALLENGE_STATEMENT, AnswerKey.LEARNING_QUESTION)


def records_with_fp():
    """Imported records, with their focal point compared without case (`fp`)."""
    return LearningPlan.objects.annotate(fp=Lower("focal_point"))


def load(
    focal_points: Iterable[str],
) -> tuple[list[dict], dict[str, list[cycle_matching.CycleRecord]]]:
    """The rows of the records of these focal points, and their CycleRecords by focal point.
    A report whose link staff set is no report to match: its `is_report` is False."""
    wanted = {fp.casefold() for fp in focal_points if fp}
    if not wanted:
        return [], {}
    return load_records(records_with_fp().filter(fp__in=wanted))


def load_records(records) -> tuple[list[dict], dict[str, list[cycle_matching.CycleRecord]]]:
    """`load` of the queryset `records` (of `records_with_fp()`)."""
    rows = list(records.values(*FIELDS, *LINK, *NAMING))
    countries = defaultdict(set)
    for plan_id, code in country_rows(records):
        countries[plan_id].add(code)
    # What a plan set out to learn; a closing report that also holds its plan's form (a
    # challenge statement) can be closed.
    questions = defaultdict(list)
    holding_plans = set()
    answers = PlanAnswer.objects.filter(plan__in=records.values("pk"), key__in=_QUESTIONS)
    for plan_id, key, text in answers.exclude(text="").values_list("plan_id", "key", "text"):
        questions[plan_id].append(text)
        if key == AnswerKey.CHALLENGE_STATEMENT:
            holding_plans.add(plan_id)
    groups = defaultdict(list)
    for row in rows:
        groups[row["fp"]].append(
            cycle_matching.CycleRecord(
                pk=row["pk"],
                title=row["title"],
                year=row["year"],
                countries=frozenset(countries[row["pk"]]),
                text=_text(row),
                is_report=row["stage"] == Stage.CLOSING
                and row["closes_source"] != CycleSource.STAFF,
                is_plan=row["stage"] == Stage.PLAN or row["pk"] in holding_plans,
                titled=not row["title_from_text"],
                questions="\n".join(sorted(questions[row["pk"]])),
                focal_point=row["fp"],
            )
        )
    return rows, groups


def title_inputs(reports):
    """The rows of the closing reports of the queryset `reports` (of `records_with_fp()`), and, as
    cycle_naming reads them, those of them not joined by staff, the plans of their
    countries (with their name answers and partners), and the names of those countries. Eight
    queries."""
    rows = list(reports.values(*TITLE_FIELDS, *LINK, *NAMING))
    countries = defaultdict(set)
    for pk, code in country_rows(reports):
        countries[pk].add(code)
    codes = set().union(*countries.values())
    through = LearningPlan.countries.through.objects.filter(country__in=codes)
    plans = records_with_fp().filter(stage=Stage.PLAN, pk__in=through.values("learningplan"))
    plan_rows = list(plans.values(*TITLE_FIELDS))
    plan_countries = defaultdict(set)
    for pk, code in country_rows(plans):
        plan_countries[pk].add(code)
    places = defaultdict(set)
    for code, name in Country.objects.filter(code__in=codes).values_list("code", "name"):
        places[code].add(name)
    # A report without a title of its own is read by its opening line (_opening): its first
    # insight's, read in the same query.
    first = Insight.objects.filter(plan=OuterRef("pk")).order_by("position", "pk")
    untitled = reports.filter(title_from_text=True).annotate(
        first_insight=Subquery(first.values("text")[:1])
    )
    untitled = untitled.values("pk", "title_from_text", "search_document", "first_insight")
    openings = {row["pk"]: _opening(row) for row in untitled.iterator()}
    named_reports = [
        replace(
            _named_record(row, countries[row["pk"]], is_report=True),
            title=openings.get(row["pk"], row["title"]),
        )
        for row in rows
        if row["closes_source"] != CycleSource.STAFF
    ]
    names = {}
    answers = PlanAnswer.objects.filter(plan__in=plans.values("pk"), key=AnswerKey.TITLE)
    for pk, text in answers.exclude(text="").values_list("plan_id", "text"):
        names.setdefault(pk, text)
    named_plans = [
        replace(
            _named_record(row, plan_countries[row["pk"]], is_report=False),
            name=names.get(row["pk"], ""),
        )
        for row in plan_rows
    ]
    partners = _partner_names(Q(plan__in=reports.values("pk")) | Q(plan__in=plans.values("pk")))
    named_reports, named_plans = (
        [replace(r, partners=cycle_matching.partner_keys(partners[r.pk])) for r in records]
        for records in (named_reports, named_plans)
    )
    return rows, named_reports, named_plans, places


def _partner_names(plans: Q) -> dict[int, list[str]]:
    """Record pk → the names of its partners but the UN entities (records.cycle_texts). One
    query."""
    partners = defaultdict(list)
    rows = Partnership.objects.filter(plans).exclude(partner__sector=Sector.UN)
    for pk, name in rows.values_list("plan_id", "partner__name"):
        partners[pk].append(name)
    return partners


def _named_record(row: dict, countries: set[str], *, is_report: bool) -> cycle_matching.CycleRecord:
    """A report or a plan as cycle_naming reads it: its title (a report's, or its opening
    line), year, countries and focal point; its text is read when needed (matched_texts)."""
    return cycle_matching.CycleRecord(
        pk=row["pk"],
        title=row["title"],
        year=row["year"],
        countries=frozenset(countries),
        text="",
        is_report=is_report,
        is_plan=not is_report,
        focal_point=row["fp"],
        titled=not row.get("title_from_text", False),
    )


def matched_texts(pks: list[int]) -> Iterator[tuple[int, str]]:
    """(pk, text) of the records of `pks` as cycle_naming matches them: a report's `_text`, a
    plan's whole search document; read TEXTS_READ at a time."""
    for start in range(0, len(pks), TEXTS_READ):
        records = LearningPlan.objects.filter(pk__in=pks[start : start + TEXTS_READ])
        for row in records.values("pk", "stage", "title_from_text", "search_document"):
            text = _text(row) if row["stage"] == Stage.CLOSING else row["search_document"]
            yield row["pk"], text


def read_alike(row: dict) -> bool:
    """Whether matched_texts reads the text of `row` (of load_records) as load_records does:
    a report's, or a plan's with a title of its own."""
    return row["stage"] == Stage.CLOSING or not row["title_from_text"]


def country_rows(records):
    """(record pk, country code) of each of `records`' countries."""
    through = LearningPlan.countries.through.objects
    return through.filter(learningplan__in=records.values("pk")).values_list(
        "learningplan_id", "country_id"
    )


def _opening(row: dict) -> str:
    """A report's title as cycle_naming reads it: a title of its own, or, for one taken from
    its text, the first sentence of its first insight (`first_insight`), where such a title
    was taken from ("1. There is a huge potential for green mobility in Kathmandu…"), or of
    its text when it has none; whether or not it has since been named after its plan
    ("Closing report: …"), so that naming it changes no later match. Its text's first line is
    an answer: a blog's link, or a box ticked ("- Our work has not yet scaled")."""
    if not row["title_from_text"]:
        return row["title"]
    return first_sentence(row.get("first_insight") or _text(row))


def _text(row: dict) -> str:
    """The record's text for matching: its search document, without the title of a report
    whose title is not its own (a line of the text, or its plan's title once joined), so
    that naming a report after its plan changes no later match."""
    if row["title_from_text"]:
        return row["search_document"].partition("\n")[2]
    return row["search_document"]
