"""Closing reports of a blind curator audit (golden files under
tests/data/learningplan/golden/) that close plans another focal point filed (real files of
tests/data/cycles), as the curator found, among the other plans of their country and years.
The telemedicine report's text agrees with its plan 0.033, with "Quality of Education and
Knowledge management…" 0.030: no lead (records.cycle_texts.LEAD), but "Telemedicine" is a rare
word of its own title that only its plan's title holds. The Ethiopian report's plan is read
more by another report left unjoined ("Experimenting with inclusive and innovative
collaboration…", 0.096 to 0.034), whose own title names another plan, and the report reads
the other candidate, a closed plan, a third as much as the report closing it."""

import pytest

from records.models import LearningPlan
from tests.factories import DATA, run_import

GOLDEN = DATA / "learningplan" / "golden"
CYCLES = DATA / "cycles"


# The plans and reports of the report's country and years beside it.
SOMALIA = [
    "telemedicine.md",
    "dppd_pilot__a_scale_up_plan.md",
    "financial_inclusion.md",
    "justice_system_transformation.md",
    "quality_of_education_and_knowledge_management_in_somalia_s_innovation_ecosy_.md",
    "closing_first_learning_cycle__dppd_pilot.md",
]
ETHIOPIA = [
    "experimenting_with_portfolio_approach_through_designing_empowerment_of_wome_.md",
    "experimenting_with_inclusive_and_innovative_collaboration_within_internal_hubs.md",
    "exploring_inclusive_and_innovative_collaboration_within_internal_hubs.md",
    "we_looked_at_the_previously_done_staff_perception_surveys_to_get_an_underst_.md",
]


@pytest.mark.parametrize(
    ("report", "others"),
    [
        # "The plan was to install 5 of these sets in youth centres with small clinics…"
        ("what_did_we_learn_from_telemedicine_.md", SOMALIA),
        # "test portfolio approach to bear silos across programmes"; the portfolio manager.
        (
            "ethiopian_women_face_entrenched_barriers_restricting_their_economic_opportu_.md",
            ETHIOPIA,
        ),
    ],
    ids=["somalia-telemedicine", "ethiopia-portfolio"],
)
def test_a_report_closes_the_plan_another_focal_point_filed(db, report, others):
    _, code = run_import(GOLDEN / report, *(CYCLES / other for other in others))
    assert code == 0
    closed = LearningPlan.objects.select_related("closes").get(source_file=report).closes
    assert closed is not None and closed.source_file == others[0]


def test_alone_beside_its_plan_a_report_closes_it(db):
    # With no other plan of its country and years, the texts decide (records.cycle_texts).
    _, code = run_import(GOLDEN / "what_did_we_learn_from_telemedicine_.md", CYCLES / SOMALIA[0])
    assert code == 0
    report = LearningPlan.objects.get(source_file="what_did_we_learn_from_telemedicine_.md")
    assert report.closes.source_file == "telemedicine.md"
