"""A closing report whose title names another focal point's plan word for word is not joined
to its own focal point's best plan: that would be the wrong plan (precision first)."""

from records.cycles import Join
from records.enums import Stage
from records.importing.cycles import _unjoin_named_elsewhere, load
from records.models import LearningPlan
from tests.factories import DATA, run_import

CYCLES = DATA / "cycles"
REPORT = CYCLES / "closing__innovation_environment_in_iraq___youth_and_unemployment.md"
ITS_PLAN = CYCLES / "innovation_environment_in_iraq___youth_and_unemployment.md"  # a colleague's
SUCCESSOR = CYCLES / "enabling_innovation_ecosystem___iraq.md"  # the report's focal point's


def report_link():
    report = LearningPlan.objects.get(stage=Stage.CLOSING)
    return report.closes, report.closes_source


def test_report_naming_a_colleagues_plan_stays_unjoined(db):
    run_import(REPORT, SUCCESSOR, ITS_PLAN)
    assert report_link() == (None, "")
    lines, code = run_import(REPORT, SUCCESSOR, ITS_PLAN)
    assert (lines[-1], code) == (
        "3 files: 0 created, 0 updated, 3 unchanged, 0 conflicts, 0 skipped, 0 failed",
        0,
    )
    assert report_link() == (None, "")


def forced_join():
    """What the rule does to a join of the report to its focal point's successor plan (the
    join the importer made on the whole archive, where the focal point's other records weigh
    the words differently)."""
    report = LearningPlan.objects.get(stage=Stage.CLOSING)
    successor = LearningPlan.objects.get(source_file=SUCCESSOR.name)
    _, groups = load([report.focal_point])
    join = Join(successor.pk, 1.0, "score 1.00")
    return _unjoin_named_elsewhere(groups, {report.pk: join}), report.pk, join


def test_join_to_the_successor_is_dropped_when_a_colleague_filed_the_named_plan(db):
    run_import(REPORT, SUCCESSOR, ITS_PLAN)
    joins, report, _ = forced_join()
    assert joins == {report: None}


def test_join_stays_when_no_other_focal_point_filed_the_named_plan(db):
    run_import(REPORT, SUCCESSOR)
    joins, report, join = forced_join()
    assert joins == {report: join}
