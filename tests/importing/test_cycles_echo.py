"""A report answers the questions of the plan it closes (records.cycle_matching: echo): the echo
joins a report the scores leave open, but never takes a plan another report won by score
and never goes against the report's own title. Real files of tests/data/cycles."""

from records.models import LearningPlan
from tests.factories import DATA, run_import

CYCLES = DATA / "cycles"


def link(name):
    report = LearningPlan.objects.select_related("closes").get(source_file=name)
    return (report.closes.source_file if report.closes else "", report.closes_source)


def test_echo_joins_a_report_the_scores_leave_open(db):
    # "Formalizing is easy…" answers the plan's "How important is formalization to them?";
    # its score alone (0.24, the focal point's only plan) does not clear the bar.
    report = "formalizing_is_easy__but_continuity_through_compliance_is_not_verified_in_practice.md"
    plan = "informality___women_in_informal_market.md"
    run_import(CYCLES / report, CYCLES / plan)
    assert link(report) == (plan, "matched")
    evidence = LearningPlan.objects.get(source_file=report).closes_evidence
    assert evidence.startswith("score 0.") and ", echoes its questions 0." in evidence


def test_echo_takes_no_plan_a_report_won_by_score(db):
    # Tanzania: the 2024 report echoes the 2022 plan's GIS question most, but the 2023
    # report closes that plan by score.
    won = "this_exercise_generated_lots_of_insights_in_the_islands_of_zanzibar_.md"
    echoing = "community_engagement_is_essential_for_the_success_of_circular_economy_progr_.md"
    plan = "using_citizen_generated_data_to_improve_solid_waste_management.md"
    others = [
        "waste_banks__community_led_waste_banking_solutions.md",
        "synergy_in_circularity__unleashing_the_power_of_co_creation_for_scaling_ci_.md",
    ]
    run_import(*(CYCLES / name for name in [won, echoing, plan, *others]))
    assert (link(won), link(echoing)) == ((plan, "matched"), ("", ""))


def test_echo_does_not_go_against_the_reports_own_title(db):
    # Ethiopia: the report is named after the 2021 plan (closed by another report) but
    # quotes the 2023 plan's challenge: left for staff.
    named = "experimenting_with_inclusive_and_innovative_collaboration_within_internal_hubs.md"
    closes_named = "we_looked_at_the_previously_done_staff_perception_surveys_to_get_an_underst_.md"
    named_plan = "exploring_inclusive_and_innovative_collaboration_within_internal_hubs.md"
    quoted = "experimenting_with_portfolio_approach_through_designing_empowerment_of_wome_.md"
    run_import(*(CYCLES / name for name in [named, closes_named, named_plan, quoted]))
    assert (link(named), link(closes_named)) == (("", ""), (named_plan, "matched"))
