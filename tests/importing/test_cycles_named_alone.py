"""A closing report is joined to the plan whose title its text alone holds, short of the
margin its text's agreement needs otherwise (records.cycle_texts: _named_alone); a colleague's
plan of two years before on the same subject is not taken for it. Real files of
tests/data/cycle_rules."""

from records import cycle_naming, cycle_texts
from records.importing.cycle_joins import join_cycles
from records.models import LearningPlan
from tests.factories import DATA, run_import

RULES = DATA / "cycle_rules"


def link(name):
    report = LearningPlan.objects.select_related("closes").get(source_file=name)
    return report.closes.source_file if report.closes else "", report.closes_evidence


def test_report_writing_of_the_plans_lab_is_joined_to_it(db):
    # North Macedonia, one focal point: "Biowaste and circularity" (2024) writes of "the
    # biohacking laboratory" the 2022 plan set out to establish; its text agrees nearly as
    # much with "Cities as Innovation hubs" (2023), which its own closing report closes.
    report = "biowaste_and_circularity.md"
    plan = "establishing_a_biohacking_lab_in_north_macedonia__open_to_the_public_.md"
    names = [report, plan, "cities_as_innovation_hubs.md", "_closure__cities_as_innovation_hubs.md"]
    run_import(*(RULES / name for name in names))
    closes, evidence = link(report)
    assert closes == plan
    assert "the only plan whose title its text holds" in evidence
    assert link("_closure__cities_as_innovation_hubs.md")[0] == "cities_as_innovation_hubs.md"


def test_failed_social_listening_report_is_joined_to_its_vaccines_campaign(db):
    # Georgia, one focal point: the 2022 report on a failed tender for "sentiment analysis
    # around covid19 vaccines" on social media closes the 2021 plan "Data-communication
    # campaign to tackle Covid-19 vaccines disinformation in social networks", not the
    # plastic waste plan of the same year, nor a colleague's of 2022.
    report = "social_listening_experiment__failed_.md"
    plan = "data_communication_campaign_to_tackle_covid_19_vaccines_disinformation_in_s_.md"
    others = [
        "testing_new_ways_to_separate_household_plastic_waste_in_batumi_and_tbilisi.md",
        "plastic_waste_separation.md",
    ]
    run_import(*(RULES / name for name in [report, plan, *others]))
    assert link(report)[0] == plan


def test_colleagues_plan_of_two_years_before_is_not_taken_for_the_reports(db, monkeypatch):
    # Kazakhstan: a 2023 report on air pollution in Almaty (its design stage done, its
    # implementation in 2024) and a colleague's 2021 plan "Air quality data platform in
    # Almaty": the same subject, most likely an earlier cycle. With the texts agreeing too
    # little for any other rule, only the plan's title in the report's text could join them:
    # not for a colleague's plan two years before, but for one of the year before.
    monkeypatch.setattr(cycle_texts, "AGREE", 1.0)
    report = "the_air_pollution_while_discussed_through_the_lenses_of_public_healthcare_a_.md"
    plan = "air_quality_data_platform_in_almaty__kazakhstan_.md"
    run_import(*(RULES / name for name in [report, plan, "march_2021___action_learning_plan.md"]))
    assert link(report) == ("", "")
    LearningPlan.objects.filter(source_file=plan).update(year=2022)
    join_cycles(LearningPlan.objects.values_list("focal_point", flat=True))
    closes, evidence = link(report)
    assert closes == plan
    assert "the only plan whose title its text holds" in evidence


def test_one_word_of_a_plans_title_is_no_naming(db, monkeypatch):
    # South Africa: "Closing Form: Empowering Youth Enterprises through Innovation" (2023)
    # and a colleague's 2022 plan "Surfacing Sustainable Blue Economy Innovations": of its
    # title, the report's text holds one word alone. However little the plan's title
    # in the report's text must weigh, and whatever the others', and with the texts agreeing
    # too little for any other rule, one word is no naming.
    monkeypatch.setattr(cycle_texts, "AGREE", 1.0)
    monkeypatch.setattr(cycle_texts, "NAMED_ALONE", 0.0)
    monkeypatch.setattr(cycle_texts, "ALONE_MARGIN", 0.0)
    monkeypatch.setattr(cycle_naming, "RARE_TITLES", 0)  # no rare word of its title either
    report = "closing_form__empowering_youth_enterprises_through_innovation.md"
    plan = "surfacing_sustainable_blue_economy_innovations.md"
    run_import(RULES / report, RULES / plan)
    assert link(report) == ("", "")
    monkeypatch.setattr(cycle_texts, "ALONE_WORDS", 1)
    join_cycles(LearningPlan.objects.values_list("focal_point", flat=True))
    assert link(report)[0] == plan
