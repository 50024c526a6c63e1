"""A closing report whose title names another focal point's plan word for word is not joined
to its own focal point's best plan: that would be the wrong plan. It is joined to the plan
it names (records.cycle_naming), and the plan it would have won stays offered to the focal
point's other reports."""

from records.cycle_matching import title_words
from records.enums import Stage
from records.importing.cycle_inputs import load
from records.importing.cycle_joins import _named_elsewhere, _names
from records.models import LearningPlan
from tests.factories import DATA, run_import

CYCLES = DATA / "cycles"
REPORT = CYCLES / "closing__innovation_environment_in_iraq___youth_and_unemployment.md"
ITS_PLAN = CYCLES / "innovation_environment_in_iraq___youth_and_unemployment.md"  # a colleague's
SUCCESSOR = CYCLES / "enabling_innovation_ecosystem___iraq.md"  # the report's focal point's


def report_link(path=REPORT):
    report = LearningPlan.objects.get(source_file=path.name)
    return report.closes, report.closes_source


def test_report_naming_a_colleagues_plan_is_joined_to_it(db):
    run_import(REPORT, SUCCESSOR, ITS_PLAN)
    its_plan = LearningPlan.objects.get(source_file=ITS_PLAN.name)
    assert report_link() == (its_plan, "matched")
    lines, code = run_import(REPORT, SUCCESSOR, ITS_PLAN)
    assert (lines[-1], code) == (
        "3 files: 0 created, 0 updated, 3 unchanged, 0 conflicts, 0 skipped, 0 failed",
        0,
    )
    assert report_link() == (its_plan, "matched")


def named_elsewhere():
    report = LearningPlan.objects.get(stage=Stage.CLOSING)
    _, groups = load([report.focal_point])
    return _named_elsewhere(groups), report.pk


def test_report_is_named_elsewhere_when_a_colleague_filed_the_named_plan(db):
    run_import(REPORT, SUCCESSOR, ITS_PLAN)
    found, report = named_elsewhere()
    assert found == {report}


def test_report_is_not_named_elsewhere_when_no_other_focal_point_filed_the_named_plan(db):
    run_import(REPORT, SUCCESSOR)
    found, _ = named_elsewhere()
    assert found == set()


# Paraguay: "Enterprise and Employment Formalization Closing Form 2022" closes the 2022 cycle;
# its title names a colleague's plan, written in 2023 (a later cycle's), and its own focal
# point's 2021 plan is closed by another report.
FORMALIZATION = CYCLES / "employment_formalization.md"  # 2021
CLOSES_IT = CYCLES / "informal_work_and_employment_formalizacion.md"  # 2022
NAMES_ANOTHER = CYCLES / "enterprise_and_employment_formalization_closing_form_2022.md"
COLLEAGUES_PLAN = CYCLES / "enterprise_and_employment_formalization.md"


def test_plan_a_report_named_elsewhere_would_win_goes_to_the_report_that_closes_it(db):
    run_import(FORMALIZATION, CLOSES_IT, NAMES_ANOTHER, COLLEAGUES_PLAN)
    plan = LearningPlan.objects.get(source_file=FORMALIZATION.name)
    assert report_link(CLOSES_IT) == (plan, "matched")
    # The colleague's plan was written after the cycle the report's title names.
    assert report_link(NAMES_ANOTHER) == (None, "")


def test_without_the_colleagues_plan_the_better_report_wins_the_plan(db):
    # The contrast: the report named after the colleague's plan scores higher on the 2021
    # plan, so only the rule above lets the report that closes it have it.
    run_import(FORMALIZATION, CLOSES_IT, NAMES_ANOTHER)
    plan = LearningPlan.objects.get(source_file=FORMALIZATION.name)
    assert report_link(NAMES_ANOTHER) == (plan, "matched")
    assert report_link(CLOSES_IT) == (None, "")


def test_a_title_names_a_plan_by_all_its_words_or_by_four_or_more_of_the_plans():
    plan = title_words("Kenya Climate Security pilot project in Tana River County")
    assert _names(title_words("Kenya Climate Security Pilot Project"), plan)
    assert _names(plan, plan)
    # Three words in the plan's title are too few to name it; a word of its own names
    # another plan.
    assert not _names(title_words("Climate Security Project"), plan)
    assert not _names(title_words("Kenya Climate Security Pilot Programme"), plan)


def test_report_naming_a_colleagues_misspelt_plan_is_joined_to_it(db):
    # Jordan: "Energy Efficiency and Electricity Consumption" closes a colleague's "Energy
    # Effeciency" (the electricity bill redesigned), not the report's focal point's own plan
    # of 2021, "Exploring Non-urban Areas".
    report = CYCLES / "energy_efficiency_and_electricity_consumption.md"
    plan = CYCLES / "energy_effeciency.md"
    run_import(report, plan, CYCLES / "exploring_non_urban_areas.md")
    assert report_link(report) == (LearningPlan.objects.get(source_file=plan.name), "matched")
    evidence = LearningPlan.objects.get(source_file=report.name).closes_evidence
    assert evidence.startswith("title names the plan 1.00")
