"""Two plan files of one title and focal point but another content, read by a curator beside
their records (golden files under tests/data/learningplan/golden/): the archive names a
file after its title as typed, so they are two documents, and neither's text is dropped."""

from records.models import LearningPlan, PlanAnswer
from tests.factories import DATA, run_import

GOLDEN = DATA / "learningplan" / "golden"
# Samoa: the title typed "&amp;" in one, "&" in the other; other learning questions, and an
# end-of-plan answer in the first only.
SAMOA_AMP = GOLDEN / (
    "leveraging_local_solutions__amp__innovations_to_inform_experiments_under_the_sids_offer.md"
)
SAMOA = GOLDEN / (
    "leveraging_local_solutions___innovations_to_inform_experiments_under_the_sids_offer.md"
)
# Ecuador: one title (a double space in one), the plan of 2022 and its closing report of 2023.
VIOLENCE_2022 = GOLDEN / "reducing_gender_violence___justice_operators_and_schools.md"
REPORT_2023 = GOLDEN / "reducing_gender_violence__justice_operators_and_schools.md"


def answers(path) -> str:
    plan = LearningPlan.objects.get(source_file=path.name)
    return "\n".join(PlanAnswer.objects.filter(plan=plan).values_list("text", flat=True))


def test_both_versions_of_the_samoa_plan_keep_their_text(db):
    lines, code = run_import(SAMOA, SAMOA_AMP)
    assert code == 0
    assert lines[0] == (
        f"created: {SAMOA_AMP.name}: another version of the plan of {SAMOA.name} (the same "
        "title and focal point), kept as a record of its own"
    )
    titles = set(LearningPlan.objects.values_list("title", flat=True))
    assert titles == {
        "Leveraging local solutions & innovations to inform experiments under the SIDS offer"
    }
    amp = answers(SAMOA_AMP)
    assert "How can we leverage small scale and/or micro innovations" in amp
    assert "Samoa AccLab has explored several areas" in amp
    other = answers(SAMOA)
    assert "How can the current tourism practices" in other
    assert "Samoa AccLab has explored several areas" not in other


def test_a_closing_report_titled_as_its_plan_is_a_record_that_closes_it(db):
    run_import(VIOLENCE_2022, REPORT_2023)
    plan = LearningPlan.objects.get(source_file=VIOLENCE_2022.name)
    report = LearningPlan.objects.get(source_file=REPORT_2023.name)
    assert (plan.year, plan.stage, report.year, report.stage) == (2022, "plan", 2023, "closing")
    assert report.closes == plan
