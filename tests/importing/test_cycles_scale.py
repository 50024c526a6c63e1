"""Learning cycles at scale: a report is scored against the plans of its countries and years,
at most MAX_CANDIDATES of them, and the focal points are matched in batches; on the
hand-checked cycles neither changes a join."""

import pytest

from records import cycle_matching
from records.cycle_matching import MAX_CANDIDATES, CycleRecord, FocalPoint
from records.importing import cycle_joins
from records.importing.cycle_joins import join_cycles
from records.importing.run import import_paths, iter_paths
from records.models import LearningPlan
from tests.factories import run_import
from tests.importing.test_cycles import CYCLES, FEW, FOLDERS, PAIRS, among, joined_files

REPORT = CycleRecord(
    pk=1,
    title="Closing: seaweed farming in Zanzibar",
    year=2023,
    countries=frozenset({"TZ"}),
    text="Seaweed farming in Zanzibar: the women's cooperatives dried and sold the harvest.",
    is_report=True,
    is_plan=False,
)


def plan(pk, title, text, year=2022, country="TZ"):
    return CycleRecord(pk, title, year, frozenset({country}), text, False, True)


def plans(count):
    """Plans of the report's country and years, each about words of its own."""
    return [
        plan(pk, f"Topic {word}", f"Learning about {word} and youth employment.")
        for pk, word in enumerate((f"word{chr(97 + n) * 3}" for n in range(count)), start=10)
    ]


SEAWEED = plan(99, "Seaweed farming in Zanzibar", "Seaweed farming by women's cooperatives.")
ELSEWHERE = [
    plan(100, "Seaweed farming in Zanzibar", "Seaweed farming in Zanzibar.", country="KE"),
    plan(101, "Seaweed farming in Zanzibar", "Seaweed farming in Zanzibar.", year=2020),
    plan(102, "Seaweed farming in Zanzibar", "Seaweed farming in Zanzibar.", year=2024),
]


def test_every_plan_of_the_reports_countries_and_years_is_a_candidate():
    records = [REPORT, *plans(MAX_CANDIDATES - 1), SEAWEED, *ELSEWHERE]
    candidates = FocalPoint(records).candidates(REPORT)
    assert sorted(join.plan for join in candidates) == [*range(10, 10 + MAX_CANDIDATES - 1), 99]
    assert candidates[0].plan == 99


def test_past_the_cap_the_plans_sharing_the_reports_rarest_words_are_scored():
    records = [REPORT, *plans(MAX_CANDIDATES + 5), SEAWEED, *ELSEWHERE]
    candidates = FocalPoint(records).candidates(REPORT)
    # The seaweed plan, last of the records, and the first others in record order.
    assert sorted(join.plan for join in candidates) == [*range(10, 10 + MAX_CANDIDATES - 1), 99]
    assert cycle_matching.match(records)[REPORT.pk].plan == 99


@pytest.mark.django_db
@pytest.mark.parametrize("paths", FOLDERS)
def test_focal_points_matched_in_batches_join_as_one_batch(monkeypatch, paths):
    monkeypatch.setattr(cycle_joins, "BATCH_RECORDS", 3)
    import_paths(paths)
    joined = joined_files()
    monkeypatch.setattr(cycle_joins, "BATCH_RECORDS", 500)
    LearningPlan.objects.update(closes=None, closes_source="", closes_evidence="")
    join_cycles(set(LearningPlan.objects.values_list("focal_point", flat=True)))
    assert joined_files() == joined
    pairs = among(PAIRS, {name for name, _ in iter_paths(paths)})
    assert {c: joined[c] for c, _ in pairs} == dict(pairs)


def spy(function, calls: list):
    """`function`, each call's arguments appended to `calls`."""

    def called(*args):
        calls.append(args)
        return function(*args)

    return called


# A cycle of one focal point and two reports of another, whose records make two batches of
# BATCH_RECORDS 3.
TWO_BATCHES = [
    CYCLES / name
    for name in (
        "reverse_shop.md",
        "reverse_shop___closing_form.md",
        "closing_climate_action_2023.md",
        "closing_action_plan_2023___renewable_energies.md",
    )
]


@pytest.mark.django_db
@pytest.mark.parametrize(
    "paths",
    [
        pytest.param(TWO_BATCHES, id="few"),
        pytest.param([CYCLES], id="whole-folder", marks=pytest.mark.slow),
    ],
)
def test_a_plan_staff_joined_is_offered_in_no_batch(monkeypatch, paths):
    monkeypatch.setattr(cycle_joins, "BATCH_RECORDS", 3)
    import_paths(paths)
    closing, plan_file = "reverse_shop___closing_form.md", "reverse_shop.md"
    report = LearningPlan.objects.get(source_file=closing)
    colleague = LearningPlan.objects.exclude(focal_point=report.focal_point).get(
        source_file="closing_climate_action_2023.md"
    )
    plan = LearningPlan.objects.get(source_file=plan_file)
    LearningPlan.objects.filter(pk=colleague.pk).update(closes=plan, closes_source="staff")
    batches = []
    monkeypatch.setattr(cycle_joins, "_join_batch", spy(cycle_joins._join_batch, batches))
    join_cycles([report.focal_point, colleague.focal_point])
    assert len(batches) > 1
    report.refresh_from_db()
    assert (report.closes, report.closes_source) == (None, "")


@pytest.mark.django_db
@pytest.mark.parametrize(
    ("paths", "queries"),
    [
        (TWO_BATCHES, 20),
        pytest.param(FEW, 20, marks=pytest.mark.slow),
        pytest.param([CYCLES], 20, marks=pytest.mark.slow),
    ],
    ids=["four", "few", "whole-folder"],
)
def test_joining_again_reads_a_fixed_number_of_queries(django_assert_num_queries, paths, queries):
    import_paths(paths)
    focal_points = set(LearningPlan.objects.values_list("focal_point", flat=True))
    # Five for the run, four for its one batch of focal points, then the joins across focal
    # points, which weigh the texts the batch cut without reading them again (no more as the
    # reports grow); nothing to write.
    with django_assert_num_queries(queries):
        assert join_cycles(focal_points) == 0


@pytest.mark.django_db
def test_a_plan_without_a_country_leaves_the_joins_to_the_others(tmp_path):
    (tmp_path / "no_country.md").write_text(
        "# Plan of no country\n\n[[type:learningplan]]\n[[focal_point:lab@undp.org]]\n"
        "[[year:2022]]\n## Title\n\nPlan of no country\n"
    )
    lines, code = run_import(tmp_path)
    assert (code, lines[-1]) == (
        0,
        "1 file: 1 created, 0 updated, 0 unchanged, 0 conflicts, 0 skipped, 0 failed",
    )
    assert LearningPlan.objects.get().closes is None
