"""Joining closing reports to the plans they close, for the focal points an import touched.

Run at the end of every import run (see Importer.run), so the order of the files does not
matter: a plan imported after its closing report, in this run or a later one, still joins. The
scoring is records.cycle_matching, the reading records.importing.cycle_inputs; this module
matches one focal point's records and writes the links. A link staff set (or cleared) is never
changed, and the plan it names is not offered to another report. The reports a focal point's
records leave unjoined are then joined by the plan their title names, whoever filed it
(records.cycle_naming), and those still unjoined by the plan their text agrees with
(records.cycle_texts). A joined report without a real title (`title_from_text`) that staff have
not edited is named after its plan: "Closing report: <plan title>". Cost: five queries, four
more for each batch of focal points of about BATCH_RECORDS records, then, to join across focal
points, ten queries, the texts the batches did not cut read cycle_inputs.TEXTS_READ at a time,
once for its three passes, and the writes (an UPDATE a batch of BATCH_RECORDS reports): linear
in the records of the touched focal points and the plans and closing reports of their
countries. Each text is cut into its features once a run (cycle_features.TextFeatures): the
joins across focal points hold their records' ids, titles, countries and partners' names, the
hashes of their texts' words and the words of a few texts at a time, never every text.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Iterator
from dataclasses import replace

from django.db.models import Prefetch, Q

from records import cycle_features, cycle_matching, cycle_naming, cycle_texts, versioning
from records.enums import CycleSource, Stage
from records.models import Insight, LearningPlan
from records.search import entries

from . import cycle_inputs as inputs

# The focal points are matched in batches of about this many records (a focal point is never
# split): only a batch's texts are held at once.
BATCH_RECORDS = 500
# A report's title names a plan whose title holds all its words, at least this many
# (_names).
NAMED_WORDS = 4


def join_cycles(focal_points: Iterable[str]) -> int:
    """Redo the importer's matches of every closing report of these focal points (compared
    without case) and of every closing report left unjoined, so that a run interrupted
    before its joins leaves none for good; then join the reports still unjoined across focal
    points, by their titles (records.cycle_naming) or their texts (records.cycle_texts).
    Returns how many reports' links changed."""
    wanted = _with_naming_focal_points(focal_points) | _unjoined_focal_points()
    records = inputs.records_with_fp().filter(fp__in=wanted)
    # A plan staff joined to a report is not offered to another, whichever batch it is in.
    staff = records.filter(closes_source=CycleSource.STAFF).exclude(closes=None)
    staff_plans = set(staff.values_list("closes_id", flat=True))
    # The texts' features, cut once for every pass of the run.
    read = cycle_features.TextFeatures(inputs.matched_texts)
    changed, unjoined = 0, []
    for batch in _batches(records):
        batch_changed, batch_unjoined = _join_batch(batch, staff_plans, read)
        changed += batch_changed
        unjoined += batch_unjoined
    return changed + _join_by_title(unjoined, read)


def _unjoined_focal_points() -> set[str]:
    """The focal points of the closing reports no plan is joined to (and staff left so)."""
    reports = (
        inputs.records_with_fp()
        .filter(stage=Stage.CLOSING, closes=None)
        .exclude(closes_source=CycleSource.STAFF)
    )
    return set(reports.values_list("fp", flat=True).distinct())


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


def _join_batch(
    ids: list[int], staff_plans: set[int], read: cycle_features.TextFeatures
) -> tuple[int, list[int]]:
    """Match the focal points of `ids` and write the reports joined; returns how many links
    changed and the reports left unjoined (for _join_by_title, which writes them). The
    features of the texts cut are kept in `read` for the joins across focal points."""
    rows, groups = inputs.load_records(inputs.records_with_fp().filter(pk__in=ids))
    alike = {row["pk"] for row in rows if inputs.read_alike(row)}

    def cut(record: cycle_matching.CycleRecord) -> frozenset[str]:
        return read.cut(record.pk, record.text, keep=record.pk in alike)

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
        joins.update(cycle_matching.match(offered, cut))
    unjoined = [pk for pk, join in joins.items() if join is None]
    titles = {row["pk"]: row["title"] for row in rows}
    return _write(rows, {pk: join for pk, join in joins.items() if join}, titles), unjoined


def _join_by_title(unjoined: list[int], read: cycle_features.TextFeatures) -> int:
    """Join the reports of `unjoined`, and those joined by title before, to the plan their
    title names, whoever filed it (records.cycle_naming), among the plans no other report
    closes: one pass over all of them, so that the joins do not depend on the order of the
    runs. Ten queries, the texts `read` holds no features of read once for the three passes,
    and the writes."""
    by_title = LearningPlan.objects.filter(closes_source=CycleSource.MATCHED).filter(
        Q(closes_evidence__startswith=cycle_naming.EVIDENCE_START)
        | Q(closes_evidence__startswith=cycle_texts.EVIDENCE_START)
    )
    ids = set(unjoined) | set(by_title.values_list("pk", flat=True))
    if not ids:
        return 0
    joined = LearningPlan.objects.exclude(closes=None).values_list("pk", "closes_id")
    closers = {plan: pk for pk, plan in joined if pk not in ids}  # plan → the report closing it
    taken = set(closers)
    rows, reports, plans, places = inputs.title_inputs(inputs.records_with_fp().filter(pk__in=ids))
    offered = [plan for plan in plans if plan.pk not in taken]
    # The three passes weigh the texts among all these reports and plans, each read once.
    # The closers' texts are read with the others' (cycle_texts sets aside a plan its closer
    # reads far better).
    read.keep([*(r.pk for r in reports), *(plan.pk for plan in plans), *closers.values()])
    read = cycle_features.Texts(reports, [plan for plan in plans if plan.year is not None], read)
    joins = cycle_naming.match(reports, offered, places, excluded=taken, read=read)
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
    by_name = cycle_naming.match(left, names, places, excluded=taken, read=read)
    joins.update((pk, join) for pk, join in by_name.items() if join)
    left = [report for report in left if not joins.get(report.pk)]
    closers |= {join.plan: pk for pk, join in joins.items() if join}
    joins.update(
        cycle_texts.match(left, plans, places, excluded=set(closers), read=read, closers=closers)
    )
    return _write(rows, joins, {plan.pk: plan.title for plan in plans})


def _named_elsewhere(groups: dict[str, list[cycle_matching.CycleRecord]]) -> set[int]:
    """The reports whose own title names another plan of their country (_names), filed by
    another focal point ("Closing: Innovation Environment in Iraq…" and the plan
    "Innovation Environment in Iraq…" a colleague filed; "Kenya Climate Security Pilot
    Project" and the plan "Kenya Climate Security pilot project in Tana River County"): the
    match only sees a focal point's plans, so a winner there would be the wrong plan. Such a
    report is left to the join by title (_join_by_title), and the plan it would have won
    stays offered to the others."""
    reports = [r for group in groups.values() for r in group if r.is_report and r.titled]
    if not reports:
        return set()
    focal_points = {r.pk: fp for fp, group in groups.items() for r in group}
    codes = set().union(*(r.countries for r in reports))
    plans = inputs.records_with_fp().filter(stage=Stage.PLAN, countries__in=codes)
    filed = defaultdict(set)  # country → (title words, focal point) of its plans
    for title, country, fp in plans.values_list("title", "countries", "fp").distinct():
        filed[country].add((cycle_matching.title_words(title, {country}), fp))
    return {
        r.pk
        for r in reports
        for country in r.countries
        if any(
            fp != focal_points[r.pk]
            and _names(cycle_matching.title_words(r.title, r.countries), words)
            for words, fp in filed[country]
        )
    }


def _names(report_words: frozenset[str], plan_words: frozenset[str]) -> bool:
    """Whether a report's title words name a plan's: the same words, or at least NAMED_WORDS
    of them all in the plan's title (a title cut before its place: "Kenya Climate Security
    Pilot Project" names "… Pilot Project in Tana River County")."""
    if not report_words:
        return False
    return report_words == plan_words or (
        len(report_words) >= NAMED_WORDS and report_words < plan_words
    )


def _with_naming_focal_points(focal_points: Iterable[str]) -> set[str]:
    """These focal points and those of other focal points' closing reports whose own title
    names one of their plans (see _named_elsewhere): a plan imported after such a report
    changes the report's join, whatever the order of the files."""
    wanted = {fp.casefold() for fp in focal_points if fp}
    records = inputs.records_with_fp()
    plans = records.filter(fp__in=wanted, stage=Stage.PLAN, countries__isnull=False)
    named = defaultdict(set)  # country → the title words of these focal points' plans
    for title, country in plans.values_list("title", "countries"):
        named[country].add(cycle_matching.title_words(title, {country}))
    reports = records.filter(
        stage=Stage.CLOSING, title_from_text=False, countries__in=set(named)
    ).exclude(fp__in=wanted)
    return wanted | {
        fp
        for title, country, fp in reports.values_list("title", "countries", "fp")
        if any(
            _names(cycle_matching.title_words(title, {country}), words) for words in named[country]
        )
    }


def plan_candidates(report: LearningPlan) -> list[tuple[LearningPlan, cycle_matching.Join]]:
    """The plans `report` may close, each with its score and evidence: what the importer
    weighs, for staff to choose from: its focal point's plans, best first, then the plans of
    other focal points its title names in part."""
    _, groups = inputs.load([report.focal_point])
    group = groups.get(report.focal_point.casefold(), [])
    record = next((r for r in group if r.pk == report.pk), None)
    if record is None:
        return []
    joins = cycle_matching.FocalPoint(group).candidates(record)
    _, reports, others, places = inputs.title_inputs(inputs.records_with_fp().filter(pk=report.pk))
    if reports:
        joins += [
            cycle_matching.Join(named.plan, named.score, cycle_naming.evidence(named))
            for named in cycle_naming.Titles(others, places).candidates(reports[0])
        ]
    plans = LearningPlan.objects.only("title", "year", "slug").in_bulk([j.plan for j in joins])
    return [(plans[join.plan], join) for join in joins]


def closing_title(plan_title: str) -> str:
    """The name of a closing report without a title of its own, joined to `plan_title`."""
    return f"Closing report: {plan_title}"[: LearningPlan._meta.get_field("title").max_length]


def _write(
    rows: list[dict], joins: dict[int, cycle_matching.Join | None], titles: dict[int, str]
) -> int:
    """Write the links of `joins` (report pk → its Join or None) on the reports of `rows`;
    `titles` holds the joined plans' titles, after which a report without a title of its own
    is named."""
    changed = []  # (report to write, the title it had)
    for row in rows:
        if row["pk"] not in joins:
            continue
        join = joins[row["pk"]]
        plan_id = join.plan if join else None
        link = (plan_id, CycleSource.MATCHED if join else "", join.evidence[:300] if join else "")
        renamed = bool(join and row["title_from_text"] and not row["edited_since_import"])
        title = closing_title(titles[plan_id]) if renamed else row["title"]
        if tuple(row[name] for name in inputs.LINK) != link or title != row["title"]:
            report = LearningPlan(pk=row["pk"], title=title)
            report.closes_id, report.closes_source, report.closes_evidence = link
            changed.append((report, row["title"]))
    for start in range(0, len(changed), BATCH_RECORDS):
        _update(changed[start : start + BATCH_RECORDS])
    if changed:
        versioning.bump()  # bulk_update sends no signal
    return len(changed)


def _update(changed: list[tuple[LearningPlan, str]]) -> None:
    """Write `_write`'s reports: the links of all, then the titles and search documents of
    those retitled, with their documents read here: the document begins with the title
    (LearningPlan.build_search_document), so a retitled report's changes, and so does its
    search entry."""
    reports = [report for report, _ in changed]
    LearningPlan.objects.bulk_update(reports, ["closes", "closes_source", "closes_evidence"])
    retitled = {report.pk: title for report, title in changed if report.title != title}
    if retitled:
        documents = LearningPlan.objects.filter(pk__in=retitled)
        documents = dict(documents.values_list("pk", "search_document"))
        renamed = [report for report in reports if report.pk in retitled]
        for report in renamed:
            report.search_document = report.title + documents[report.pk].removeprefix(
                retitled[report.pk]
            )
        LearningPlan.objects.bulk_update(renamed, ["title", "search_document"])
        # bulk_update sends no signal: the search entries of the renamed reports are written
        # here.
        insights = Prefetch("insights", queryset=Insight.objects.order_by("position", "pk"))
        plans = LearningPlan.objects.filter(pk__in=retitled).prefetch_related(insights)
        entries.write([entries.plan_entries(p, list(p.insights.all()))[0] for p in plans])
