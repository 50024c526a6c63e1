"""The plan a closing report's title names, across focal points and languages
(records.cycle_naming), on titles of the archive."""

from dataclasses import replace

import pytest

from records import cycle_features, cycle_naming
from records.cycle_matching import CycleRecord
from records.cycle_naming import EVIDENCE_START, held_texts, match, terms

PLACES = {"COL": {"Colombia"}, "MYS": {"Malaysia"}, "PHL": {"Philippines"}, "IRQ": {"Iraq"}}


def report(title, year=2023, country="COL", focal_point="b@undp.org", pk=1):
    return CycleRecord(
        pk, title, year, frozenset({country}), "", True, False, focal_point=focal_point
    )


def plan(pk, title, year=2023, country="COL", focal_point="a@undp.org"):
    return CycleRecord(
        pk, title, year, frozenset({country}), "", False, True, focal_point=focal_point
    )


@pytest.mark.parametrize(
    ("title", "plan_title"),
    [
        ("Closing: Skills foresight study", "Skills foresight study"),
        (
            "Carbon Monitoring and Offset Feasibility Study - Closing",
            "Carbon Monitoring and Offset Feasibility Study",
        ),
        ("Financiación innovadora para el desarrollo", "Innovative financing for development"),
        (
            "Closing Form Enterprise and Employment Formalization",
            "Enterprise and Employment Formalization",
        ),
        (
            "Closing: Innovation Environment in Iraq - Youth and Unemployment",
            "Innovation Environment in Iraq - Youth and Unemployment",
        ),
        ("Gestion des déchets solides", "Solid waste management"),
        # The plan's title misspelt, and held whole by the report's, which names no other.
        ("Energy Efficiency and Electricity Consumption", "Energy Effeciency"),
        (
            "Energy Efficiency and Electricity Consumption of Households in Amman",
            "Energy Effeciency",
        ),
        (
            "Portfolio of experiments of a community-based solid waste management approach in…",
            "Portfolio of experiments of a community-based solid waste management approach in "
            "Los Tres Brazos",
        ),
    ],
)
def test_report_naming_a_colleagues_plan_is_joined_to_it(title, plan_title):
    plans = [plan(10, plan_title), plan(11, "Collective Solutions Mapping Community")]
    joins = match([report(title)], plans, PLACES)
    assert joins[1].plan == 10
    assert joins[1].evidence.startswith(EVIDENCE_START)


@pytest.mark.parametrize(
    ("title", "plans", "why"),
    [
        # The plan's title is named only in part: a lesson of the plan's cycle before.
        (
            "Closing: Malay Food System Lessons",
            ["Multi-Stakeholder Governance for Malay Food Systems Innovation"],
            "part",
        ),
        # "Closing" is a verb here, and no plan is named.
        (
            "Closing housing gaps with 3D printing solutions",
            ["Innovative financing for development"],
            "none",
        ),
        # The second edition is not the first.
        (
            "Green Entrepreneurship Week",
            ["The second edition of the Green Entrepreneurship Week"],
            "part",
        ),
        # Two plans named as well: left to staff.
        ("Closing: Citizen Science", ["Citizen Science", "Citizen science"], "tie"),
        # A one-word title names too little.
        ("Closing: Digitalization", ["Digitalization"], "short"),
        # Phase 2 is not phase 3.
        ("SMART Solar Dryer Phase 2 - Closing", ["SMART Solar Dryer Phase 3"], "part"),
        # The whole of one plan's title among many other words, and another plan named too.
        (
            "Energy Efficiency and Electricity Consumption of Households in Amman",
            ["Energy Effeciency", "Water consumption"],
            "whole, not alone",
        ),
    ],
)
def test_report_naming_no_plan_clearly_is_left_unjoined(title, plans, why):
    joins = match([report(title)], [plan(10 + i, t) for i, t in enumerate(plans)], PLACES)
    assert joins == {1: None}, why


@pytest.mark.parametrize(
    ("a", "b", "misspelt"),
    [
        ("effeciency", "efficiency", True),
        ("technolgoy", "technology", True),
        ("formalizacion", "formalization", True),
        # Too short to tell a misspelling from another word.
        ("funding", "finding", False),
        ("efficiency", "efficiency", False),
        ("transformation", "transformative", False),
        ("management", "managements", False),
    ],
)
def test_misspelt_words_are_one_letter_or_one_swap_apart(a, b, misspelt):
    assert cycle_naming.misspelt(a, b) is misspelt


def test_only_plans_of_another_focal_point_its_countries_and_years_are_named():
    own = plan(10, "Skills foresight study", focal_point="b@undp.org")
    elsewhere = plan(11, "Skills foresight study", country="MYS")
    later = plan(12, "Skills foresight study", year=2024)
    too_early = plan(13, "Skills foresight study", year=2020)
    other_year = plan(14, "Skills foresight study 2021")
    joins = match(
        [report("Closing: Skills foresight study 2023")],
        [own, elsewhere, later, too_early, other_year],
        PLACES,
    )
    assert joins == {1: None}


def test_plan_closes_one_report_the_best_named():
    plans = [plan(10, "Skills foresight study")]
    reports = [
        report("Skills foresight study and the future of work", pk=1),
        report("Closing: Skills foresight study", pk=2),
    ]
    joins = match(reports, plans, PLACES)
    assert (joins[1], joins[2].plan) == (None, 10)


def test_plan_closed_already_is_not_named():
    joins = match(
        [report("Closing: Skills foresight study")],
        [plan(10, "Skills foresight study")],
        PLACES,
        excluded={10},
    )
    assert joins == {1: None}


def test_terms_fold_languages_markers_and_places():
    assert terms(
        "Closing Form: Financiación innovadora para el desarrollo en Colombia", ["Colombia"]
    ) == (
        frozenset({"finan", "innov", "devel"}),
        False,
    )
    assert terms("Urban transformation…")[1] is True


ROBOTS = (
    "Experimenting the use educational robots to enhance speech therapy for children with "
    "special needs…"
)


def test_title_naming_a_plan_in_part_joins_it_when_their_texts_agree():
    robots = "Educational robots in speech therapy sessions at the Tumba school for the deaf."
    plans = [
        plan(10, ROBOTS, country="MYS"),
        replace(plan(11, "Scaling circular solutions", country="MYS"), text="Waste banks."),
    ]
    plans[0] = replace(plans[0], text=robots)
    report_ = replace(
        report("Experimenting the use educational robots for speechtherapy", 2024, "MYS"),
        text=f"{robots} The robots stay with the school.",
    )
    joins = match([report_], plans, PLACES)
    assert joins[1].plan == 10
    assert ", texts agree " in joins[1].evidence
    # Without the texts' agreement the title names too little of the plan.
    assert match([replace(report_, text="Nothing alike.")], plans, PLACES) == {1: None}


def test_report_naming_a_plan_in_part_leaves_it_to_a_report_that_reads_it_better():
    malay = "Malay food systems multi-stakeholder group: convergent governance in Boracay."
    plans = [replace(plan(10, "Multi-Stakeholder Governance for Malay Food Systems"), text=malay)]
    lessons = replace(
        report("Closing: Malay Food System Lessons", pk=1), text="Malay food mission lessons."
    )
    portfolio = replace(
        report("Closing: Bringing a food systems portfolio to life", pk=2),
        text=f"{malay} The group met monthly.",
    )
    assert match([lessons, portfolio], plans, PLACES) == {1: None, 2: None}


def test_report_naming_an_earlier_cycle_closes_no_later_plan():
    plans = [plan(10, "Enterprise and Employment Formalization", year=2023, country="COL")]
    named_2022 = report("Enterprise and Employment Formalization Closing Form 2022", 2023)
    assert match([named_2022], plans, PLACES) == {1: None}


def test_plan_two_reports_name_as_well_closes_the_one_whose_text_agrees_more():
    formalization = "Business and employment formalization in garment clusters of Itaugua."
    plans = [replace(plan(10, "Enterprise and Employment Formalization"), text=formalization)]
    first = report("Closing Form Enterprise and Employment Formalization", pk=1)
    second = replace(
        report("Enterprise and Employment Formalization - closing", pk=2), text=formalization
    )
    assert match([first, second], plans, PLACES) == {1: None, 2: match([second], plans, PLACES)[2]}
    # Named as well and read as well: neither.
    assert match([first, replace(second, text="")], plans, PLACES) == {1: None, 2: None}


def robots_records():
    """A report naming a plan in part, joined by their texts' agreement, among other plans."""
    robots = "Educational robots in speech therapy sessions at the Tumba school for the deaf."
    plans = [replace(plan(10, ROBOTS, country="MYS"), text=robots)]
    plans += [
        replace(plan(pk, f"Scaling circular solutions {pk}", country="MYS"), text=f"Banks {pk}.")
        for pk in range(11, 16)
    ]
    report_ = replace(
        report("Experimenting the use educational robots for speechtherapy", 2024, "MYS"),
        text=f"{robots} The robots stay with the school.",
    )
    return [report_], plans


def recording_reader(records):
    """A reader of the records' texts, and the list of the pks each read asked for."""
    held = held_texts(records)
    asked = []

    def read(pks):
        asked.append(sorted(pks))
        return held(pks)

    return read, asked


def test_texts_read_through_a_reader_join_as_texts_held():
    reports, plans = robots_records()
    read, asked = recording_reader([*reports, *plans])

    without_texts = [replace(r, text="") for r in [*reports, *plans]]
    joins = match(without_texts[:1], without_texts[1:], PLACES, read=read)
    assert joins == match(reports, plans, PLACES)
    assert joins[1].plan == 10
    # Every text once, to weigh the words and to weigh the report against the plans.
    assert asked == [[1, *range(10, 16)]]


def test_texts_read_once_for_the_passes_that_share_their_features():
    reports, plans = robots_records()
    read, asked = recording_reader([*reports, *plans])

    features = cycle_features.TextFeatures(read)
    without_texts = [replace(r, text="") for r in [*reports, *plans]]
    first = match(without_texts[:1], without_texts[1:], PLACES, read=features)
    again = match(without_texts[:1], without_texts[1:3], PLACES, read=features)
    assert first[1].plan == 10
    assert again == match(reports, plans[:2], PLACES)
    assert asked == [[1, *range(10, 16)]]


def test_text_features_keep_a_bounded_number_of_records(monkeypatch):
    monkeypatch.setattr(cycle_features, "KEPT_TEXTS", 2)
    reports, plans = robots_records()
    read, asked = recording_reader([*reports, *plans])

    features = cycle_features.TextFeatures(read)
    first = dict(features.of([1, 10, 11, 12]))
    again = dict(features.of([12, 11, 10, 1]))
    assert again == first
    assert sorted(features.hashes) == [1, 10]
    assert asked == [[1, 10, 11, 12], [11, 12]]


def test_texts_keep_the_words_of_a_bounded_number_of_records(monkeypatch):
    monkeypatch.setattr(cycle_features, "CACHED_TEXTS", 2)
    reports, plans = robots_records()
    texts = cycle_features.Texts(reports, plans, held_texts([*reports, *plans]))
    agreements = [texts.agreement(1, plan.pk) for plan in plans]
    assert len(texts.features) == 2
    monkeypatch.setattr(cycle_features, "CACHED_TEXTS", 100)
    unbounded = cycle_features.Texts(reports, plans, held_texts([*reports, *plans]))
    assert agreements == [unbounded.agreement(1, plan.pk) for plan in plans]
    assert agreements[0] > max(agreements[1:])
