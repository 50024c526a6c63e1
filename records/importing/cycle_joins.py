"""Joining closing reports to the plans they close, for the focal points an import touched.

Run at the end of every import run (see Importer.run), so the order of the files does not
matter: a plan imported after its closing report, in this run or a later one, still joins.
The scoring is records.cycle_matching; this module reads one focal point's records and writes the
links. A link staff set (or cleared) is never changed, and the plan it names is not offered
to another report. The reports a focal point's records leave unjoined are then joined by the
plan their title names, whoever filed it (records.cycle_naming), and those still unjoined by
the plan their text agrees with (records.cycle_texts). A joined report without a
real title (`title_from_text`) that staff have not edited is named after its plan: "Closing
report: <plan title>". Cost: five queries, four more for each batch of focal points of about
BATCH_RECORDS records, then, to join across focal points, eight queries and the records' texts
read BATCH_RECORDS at a time for each of its three passes, and the writes: linear in the
records of the touched focal points and the plans and closing reports of their countries. The
joins across focal points hold their records' ids, titles, countries and partners' names, and
the words of a few texts at a time, never every text.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Iterator
from dataclasses import replace

from django.db.models import Q
from django.db.models.functions import Lower

from records import cycle_matching, cycle_naming, cycle_texts, versioning
from records.archive.titles import first_sentence
from records.enums import AnswerKey, CycleSource, Sector, Stage
from records.models import Country, LearningPlan, Partnership, PlanAnswer

_FIELDS = ("pk", "title", "year", "stage", "fp", "search_document")
# What the join by title reads of a record: its text is read when needed (_matched_texts).
_TITLE_FIELDS = ("pk", "title", "year", "fp")
_NAMING = ("title_from_text", "edited_since_import")
_LINK = ("closes_id", "closes_source", "closes_evidence")
# The focal points are matched in batches of about this many records (a focal point is never
# split): only a batch's texts are held at once.
BATCH_RECORDS = 500
# The answers that say what a plan set out to learn (records.cycle_matching: echo).
_QUESTIONS = (AnswerKey.TITLE, AnswerKey.CHALLENGE_STATEMENT, AnswerKey.LEARNING_QUESTION)


def join_cycles(focal_points: Iterable[str]) -> int:
    """Redo the importer's matches of every closing report of these focal points (compared
    without case) and of every closing report left unjoined, so that a run interrupted
    before its joins leaves none for good; then join by their titles the reports still
    unjoined, across focal points (records.cycle_naming). Returns how many reports' links
    changed."""
    wanted = _with_naming_focal_points(focal_points) | _unjoined_focal_points()
    records = _records().filter(fp__in=wanted)
    # A plan staff joined to a report is not offered to another, whichever batch it is in.
    staff = records.filter(closes_source=CycleSource.STAFF).exclude(closes=None)
    staff_plans = set(staff.values_list("closes_id", flat=True))
    changed, unjoined = 0, []
    for batch in _batches(records):
        batch_changed, batch_unjoined = _join_batch(batch, staff_plans)
        changed += batch_changed
        unjoined += batch_unjoined
    return changed + _join_by_title(unjoined)


def _unjoined_focal_points() -> set[str]:
    """The focal points of the closing reports no plan is joined to (and staff left so)."""
    reports = (
        _records().filter(stage=Stage.CLOSING, closes=None).exclude(closes_source=CycleSource.STAFF)
    )
    return set(reports.values_list("fp", flat=True).distinct())


def _records():
    """Imported records, with their focal point compared without case (`fp`)."""
    return LearningPlan.objects.annotate(fp=Lower("focal_point"))


def _batches(records) -> Iterator[list[int]]:
    """The ids of `records` in batches of about BATCH_RECORDS, a focal point's in one: read
    once, so that a batch is read by its ids, not by a scan for its focal points."""
    ids = defaultdict(list)
    for fp, pk in records.values_list("fp", "pk"):
        ids[fp].append(pk)
    batch: list[int] = []
    for fp in sorted(ids):
        if batch and len(batch) + len(ids[fp]) > BATCH_RECORDS:
            yield batch
            batch = []
        batch += ids[fp]
    if batch:
        yield batch


def _join_batch(ids: list[int], staff_plans: set[int]) -> tuple[int, list[int]]:
    """Match the focal points of `ids` and write the reports joined; returns how many links
    changed and the reports left unjoined (for _join_by_title, which writes them)."""
    rows, groups = _load(_records().filter(pk__in=ids))
    elsewhere = _named_elsewhere(groups)
    joins: dict[int, cycle_matching.Join | None] = dict.fromkeys(elsewhere)
    for group in groups.values():
        # A plan staff joined to a report is not offered to another; a report named after a
        # colleague's plan takes no plan from the others.
        offered = [
            replace(
                r,
                is_plan=r.is_plan and r.pk not in staff_plans,
                is_report=r.is_report and r.pk not in elsewhere,
            )
            for r in group
        ]
        joins.update(cycle_matching.match(offered))
    unjoined = [pk for pk, join in joins.items() if join is None]
    titles = {row["pk"]: row["title"] for row in rows}
    return _write(rows, {pk: join for pk, join in joins.items() if join}, titles), unjoined


def _join_by_title(unjoined: list[int]) -> int:
    """Join the reports of `unjoined`, and those joined by title before, to the plan their
    title names, whoever filed it (records.cycle_naming), among the plans no other report
    closes: one pass over all of them, so that the joins do not depend on the order of the
    runs. Eight queries, the texts read for each pass (cycle_naming.Texts), and the writes."""
    by_title = LearningPlan.objects.filter(closes_source=CycleSource.MATCHED).filter(
        Q(closes_evidence__startswith=cycle_naming.EVIDENCE_START)
        | Q(closes_evidence__startswith=cycle_texts.EVIDENCE_START)
    )
    ids = set(unjoined) | set(by_title.values_list("pk", flat=True))
    if not ids:
        return 0
    joined = LearningPlan.objects.exclude(closes=None).values_list("pk", "closes_id")
    taken = {plan for pk, plan in joined if pk not in ids}
    rows, reports, plans, places = _title_inputs(_records().filter(pk__in=ids))
    offered = [plan for plan in plans if plan.pk not in taken]
    joins = cycle_naming.match(reports, offered, places, excluded=taken, read=_matched_texts)
    # A title may name a plan's name answer instead of its title ("Smart Erdenet: Waste
    # Collection Experiment" and "Mongolia 2021 Q2 Action Plan - Exploratory", named "Smart
    # Erdenet (Mongolia)"), whoever filed it; the reports left are read for the plan their
    # text agrees with.
    left = [report for report in reports if not joins.get(report.pk)]
    taken |= {join.plan for join in joins.values() if join}
    names = [
        replace(plan, title=plan.name, focal_point="")
        for plan in offered
        if plan.name and plan.pk not in taken
    ]
    by_name = cycle_naming.match(left, names, places, excluded=taken, read=_matched_texts)
    joins.update((pk, join) for pk, join in by_name.items() if join)
    left = [report for report in left if not joins.get(report.pk)]
    taken |= {join.plan for join in joins.values() if join}
    joins.update(cycle_texts.match(left, plans, places, excluded=taken, read=_matched_texts))
    return _write(rows, joins, {plan.pk: plan.title for plan in plans})


def _title_inputs(reports):
    """The rows of the closing reports of the queryset `reports` (of `_records()`), and, as
    cycle_naming reads them, those of them not joined by staff, the plans of their
    countries (with their name answers and partners), and the names of those countries. Eight
    queries."""
    rows = list(reports.values(*_TITLE_FIELDS, *_LINK, *_NAMING))
    countries = defaultdict(set)
    for pk, code in _country_rows(reports):
        countries[pk].add(code)
    codes = set().union(*countries.values())
    through = LearningPlan.countries.through.objects.filter(country__in=codes)
    plans = _records().filter(stage=Stage.PLAN, pk__in=through.values("learningplan"))
    plan_rows = list(plans.values(*_TITLE_FIELDS))
    plan_countries = defaultdict(set)
    for pk, code in _country_rows(plans):
        plan_countries[pk].add(code)
    places = defaultdict(set)
    for code, name in Country.objects.filter(code__in=codes).values_list("code", "name"):
        places[code].add(name)
    # A report without a title of its own is read by its opening line (_opening).
    untitled = reports.filter(title_from_text=True)
    untitled = untitled.values("pk", "title_from_text", "search_document")
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
    line), year, countries and focal point; its text is read when needed (_matched_texts)."""
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


def _matched_texts(pks: list[int]) -> Iterator[tuple[int, str]]:
    """(pk, text) of the records of `pks` as cycle_naming matches them: a report's `_text`, a
    plan's whole search document; read BATCH_RECORDS at a time."""
    for start in range(0, len(pks), BATCH_RECORDS):
        records = LearningPlan.objects.filter(pk__in=pks[start : start + BATCH_RECORDS])
        for row in records.values("pk", "stage", "title_from_text", "search_document"):
            text = _text(row) if row["stage"] == Stage.CLOSING else row["search_document"]
            yield row["pk"], text


def _country_rows(records):
    """(record pk, country code) of each of `records`' countries."""
    through = LearningPlan.countries.through.objects
    return through.filter(learningplan__in=records.values("pk")).values_list(
        "learningplan_id", "country_id"
    )


def _named_elsewhere(groups: dict[str, list[cycle_matching.CycleRecord]]) -> set[int]:
    """The reports whose own title names another plan of their country word for word, filed
    by another focal point ("Closing: Innovation Environment in Iraq…" and the plan
    "Innovation Environment in Iraq…" a colleague filed): the match only sees a focal
    point's plans, so a winner there would be the wrong plan. Such a report is left to the
    join by title (_join_by_title), and the plan it would have won stays offered to the
    others."""
    reports = [r for group in groups.values() for r in group if r.is_report and r.titled]
    if not reports:
        return set()
    focal_points = {r.pk: fp for fp, group in groups.items() for r in group}
    codes = set().union(*(r.countries for r in reports))
    plans = _records().filter(stage=Stage.PLAN, countries__in=codes)
    filed_by = defaultdict(set)  # (country, title words) → the focal points of such plans
    for title, country, fp in plans.values_list("title", "countries", "fp").distinct():
        filed_by[country, cycle_matching.title_words(title, {country})].add(fp)
    return {
        r.pk
        for r in reports
        if (named := cycle_matching.title_words(r.title, r.countries))
        and any(filed_by[country, named] - {focal_points[r.pk]} for country in r.countries)
    }


def _with_naming_focal_points(focal_points: Iterable[str]) -> set[str]:
    """These focal points and those of other focal points' closing reports whose own title
    names one of their plans word for word (see _named_elsewhere): a plan imported after
    such a report changes the report's join, whatever the order of the files."""
    wanted = {fp.casefold() for fp in focal_points if fp}
    records = _records()
    plans = records.filter(fp__in=wanted, stage=Stage.PLAN, countries__isnull=False)
    plans = plans.values_list("title", "countries")
    named = {(country, cycle_matching.title_words(title, {country})) for title, country in plans}
    reports = records.filter(
        stage=Stage.CLOSING, title_from_text=False, countries__in={c for c, _ in named}
    ).exclude(fp__in=wanted)
    return wanted | {
        fp
        for title, country, fp in reports.values_list("title", "countries", "fp")
        if (country, cycle_matching.title_words(title, {country})) in named
    }


def plan_candidates(report: LearningPlan) -> list[tuple[LearningPlan, cycle_matching.Join]]:
    """The plans `report` may close, each with its score and evidence: what the importer
    weighs, for staff to choose from: its focal point's plans, best first, then the plans of
    other focal points its title names in part."""
    _, groups = load([report.focal_point])
    group = groups.get(report.focal_point.casefold(), [])
    record = next((r for r in group if r.pk == report.pk), None)
    if record is None:
        return []
    joins = cycle_matching.FocalPoint(group).candidates(record)
    _, reports, others, places = _title_inputs(_records().filter(pk=report.pk))
    if reports:
        joins += [
            cycle_matching.Join(named.plan, named.score, cycle_naming.evidence(named))
            for named in cycle_naming.Titles(others, places).candidates(reports[0])
        ]
    plans = LearningPlan.objects.only("title", "year", "slug").in_bulk([j.plan for j in joins])
    return [(plans[join.plan], join) for join in joins]


def load(
    focal_points: Iterable[str],
) -> tuple[list[dict], dict[str, list[cycle_matching.CycleRecord]]]:
    """The rows of the records of these focal points, and their CycleRecords by focal point.
    A report whose link staff set is no report to match: its `is_report` is False."""
    wanted = {fp.casefold() for fp in focal_points if fp}
    if not wanted:
        return [], {}
    return _load(_records().filter(fp__in=wanted))


def _load(records) -> tuple[list[dict], dict[str, list[cycle_matching.CycleRecord]]]:
    """`load` of the queryset `records` (of `_records()`)."""
    rows = list(records.values(*_FIELDS, *_LINK, *_NAMING))
    countries = defaultdict(set)
    for plan_id, code in _country_rows(records):
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


def closing_title(plan_title: str) -> str:
    """The name of a closing report without a title of its own, joined to `plan_title`."""
    return f"Closing report: {plan_title}"[: LearningPlan._meta.get_field("title").max_length]


def _opening(row: dict) -> str:
    """A report's title as cycle_naming reads it: a title of its own, or, for one taken from
    its text, the first sentence of its text, whether or not it has since been named after its
    plan ("Closing report: …"), so that naming it changes no later match."""
    return first_sentence(_text(row)) if row["title_from_text"] else row["title"]


def _text(row: dict) -> str:
    """The record's text for matching: its search document, without the title of a report
    whose title is not its own (a line of the text, or its plan's title once joined), so
    that naming a report after its plan changes no later match."""
    if row["title_from_text"]:
        return row["search_document"].partition("\n")[2]
    return row["search_document"]


def _write(
    rows: list[dict], joins: dict[int, cycle_matching.Join | None], titles: dict[int, str]
) -> int:
    """Write the links of `joins` (report pk → its Join or None) on the reports of `rows`;
    `titles` holds the joined plans' titles, after which a report without a title of its own
    is named."""
    changed = []  # (report to write, the title it had, whether it is renamed)
    for row in rows:
        if row["pk"] not in joins:
            continue
        join = joins[row["pk"]]
        plan_id = join.plan if join else None
        link = (plan_id, CycleSource.MATCHED if join else "", join.evidence[:300] if join else "")
        renamed = bool(join and row["title_from_text"] and not row["edited_since_import"])
        title = closing_title(titles[plan_id]) if renamed else row["title"]
        if tuple(row[name] for name in _LINK) != link or title != row["title"]:
            report = LearningPlan(pk=row["pk"], title=title)
            report.closes_id, report.closes_source, report.closes_evidence = link
            changed.append((report, row["title"], renamed))
    for start in range(0, len(changed), BATCH_RECORDS):
        _update(changed[start : start + BATCH_RECORDS])
    if changed:
        versioning.bump()  # bulk_update sends no signal
    return len(changed)


def _update(changed: list[tuple[LearningPlan, str, bool]]) -> None:
    """Write `_write`'s reports, with their search documents read here: the document begins
    with the title (LearningPlan.build_search_document), so a renamed report's changes."""
    documents = LearningPlan.objects.filter(pk__in=[report.pk for report, _, _ in changed])
    documents = dict(documents.values_list("pk", "search_document"))
    for report, title, renamed in changed:
        document = documents[report.pk]
        if renamed:
            document = report.title + document.removeprefix(title)
        report.search_document = document
    fields = ["title", "search_document", "closes", "closes_source", "closes_evidence"]
    LearningPlan.objects.bulk_update([report for report, _, _ in changed], fields, batch_size=500)
