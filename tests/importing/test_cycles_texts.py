"""A closing report its focal point's plans and its title leave unjoined is joined to the plan
whose name answer its title names, or to the plan its text agrees with far more than with any
other (records.cycle_texts), whoever filed it. Real files of tests/data/cycles."""

from records.importing.cycle_joins import join_cycles
from records.models import LearningPlan
from tests.factories import DATA, run_import

CYCLES = DATA / "cycles"


def link(name):
    report = LearningPlan.objects.select_related("closes").get(source_file=name)
    return (report.closes.source_file if report.closes else "", report.closes_source)


def test_report_is_joined_to_a_colleagues_plan_its_text_agrees_with(db):
    # Turkey: the report's title is its first insight; the plan, a colleague's, is about the
    # participatory design of public spaces with municipalities.
    report = "willingness_of_a_municipality_is_not_enough_for_successful_partnership__but_.md"
    plan = "transformation_of_public_spaces_through_participatory_design.md"
    run_import(CYCLES / report, CYCLES / plan)
    assert link(report) == (plan, "matched")
    evidence = LearningPlan.objects.get(source_file=report).closes_evidence
    assert evidence.startswith("text agrees with the plan 0.")


def test_report_is_joined_to_its_own_plan_its_score_leaves_open(db):
    # Malawi: "Inception of a Digital Call Centre System with Waste Services" closes
    # "Digitalization for Municipal Solid Waste Management" (Lilongwe City), not the focal
    # point's other plan of the year.
    report = "inception_of_a_digital_call_centre_system_with_waste_services.md"
    plan = "digitalization_for_municipal_solid_waste_management.md"
    run_import(*(CYCLES / name for name in [report, plan, "agricultural_mechanization.md"]))
    assert link(report) == (plan, "matched")


def test_report_naming_a_closed_plan_is_not_joined_to_another_by_text(db):
    # Ethiopia: the 2023 report is named after the 2021 plan another report closes; its text
    # quotes a 2023 plan, but its title says otherwise: left to staff.
    report = "experimenting_with_inclusive_and_innovative_collaboration_within_internal_hubs.md"
    names = [
        report,
        "exploring_inclusive_and_innovative_collaboration_within_internal_hubs.md",
        "we_looked_at_the_previously_done_staff_perception_surveys_to_get_an_underst_.md",
        "experimenting_with_portfolio_approach_through_designing_empowerment_of_wome_.md",
    ]
    run_import(*(CYCLES / name for name in names))
    assert link(report) == ("", "")


def test_joins_by_text_are_redone_and_a_second_run_changes_nothing(db):
    report = "willingness_of_a_municipality_is_not_enough_for_successful_partnership__but_.md"
    plan = "transformation_of_public_spaces_through_participatory_design.md"
    run_import(CYCLES / report, CYCLES / plan)
    assert join_cycles(set(LearningPlan.objects.values_list("focal_point", flat=True))) == 0
    assert link(report) == (plan, "matched")


def test_report_naming_a_plans_name_answer_is_joined_to_it(db):
    # Mongolia: "Smart Erdenet: Waste Collection Experiment" names the name answer of "Mongolia
    # 2021 Q2 Action Plan - Exploratory" ("Smart Erdenet (Mongolia)"), not its title; the
    # focal point's other plan of the year is named "Digital Literacy and Access (Mongolia)".
    report = "smart_erdenet__waste_collection_experiment.md"
    plan = "mongolia_2021_q2_action_plan___exploratory.md"
    run_import(*(CYCLES / name for name in [report, plan, "mongolia_2021_q2_action_plan.md"]))
    assert link(report) == (plan, "matched")
    evidence = LearningPlan.objects.get(source_file=report).closes_evidence
    assert evidence.startswith("title names the plan 1.00")
