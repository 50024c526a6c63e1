"""Plans and closing reports read blind by a curator beside their files (golden files under
tests/data/learningplan/golden/): titles, insights and answers as the curator expects them."""

import pytest

from tests.factories import parse_data


def golden(name: str):
    return parse_data(f"learningplan/golden/{name}")


def answer(doc, key: str) -> str:
    (text,) = [a.text for a in doc.answers if a.key == key and a.text]
    return text


def test_truncated_title_completed_from_the_name_answer_that_holds_it():
    # "# Collective Intelligence to … in South A…" and the name answer "Using Collective
    # Intelligence to … in South Africa".
    doc = golden("collective_intelligence_to_accelerate_the_just_energy_transition_in_south_a_.md")
    assert doc.title_line.endswith("in South A…")
    assert (doc.title, doc.title_from_text) == (
        "Using Collective Intelligence to Accelerate the Just Energy Transition in South Africa",
        False,
    )
    assert not [w for w in doc.warnings if "title" in w]


def test_truncated_title_reworded_from_the_insights_is_replaced_and_flagged():
    # "# ü1000 farmers (500 Chili … from Prakasam and Guntur …": a Wingdings check mark, then
    # an older wording of the first insight "1000 farmers were registered on the platform
    # (500 Chili …": it cannot be completed, so the first insight names the report.
    doc = golden("_1000_farmers__500_chili_and_500_turmeric_farmers_from_prakasam_and_guntur__.md")
    assert doc.title_line.startswith("ü1000 farmers")
    assert doc.title_from_text is True
    assert doc.title == (
        "1000 farmers were registered on the platform (500 Chili and 500 Turmeric farmers from "
        "Prakasam and Guntur Districts of…"
    )
    assert "empty title: using the first insight" in doc.warnings


def test_sentence_title_reworded_from_a_status_note_is_flagged_and_no_insight():
    # "# This area was not pursued due to funding constraints." above the insights answer
    # "This area was eventually not pursued, in part due to funding constraints."
    doc = golden("this_area_was_not_pursued_due_to_funding_constraints_.md")
    assert (doc.title, doc.title_from_text) == (
        "This area was not pursued due to funding constraints.",
        True,
    )
    assert doc.insights == []
    assert (
        doc.insights_intro
        == answer(doc, "insights")
        == ("This area was eventually not pursued, in part due to funding constraints.")
    )


def test_numbered_scenarios_inside_a_sentence_stay_in_one_insight():
    # "…explored local outcomes for health in three scenarios: (1) global instability …;
    # (2) climate change …; (3) digitalization …": what the sentence names, not 3 insights.
    doc = golden("we_had_to_cut_short_the_frontier_challenge_due_to.md")
    assert doc.insights_intro == ""
    (insight,) = doc.insights
    assert insight.startswith("This frontier challenge was terminated early, limiting")
    assert "in three scenarios: (1) global instability impacting government fiscal space; " in (
        insight
    )
    assert insight.endswith(
        "(3) digitalization of health data and issues of data ownership and security."
    )
    # The placeholder title gives way to the insight's first sentence, flagged.
    assert (doc.title, doc.title_from_text) == (
        "This frontier challenge was terminated early, limiting generation of insights into the "
        "specific challenge",
        True,
    )


def test_a_line_break_inside_an_insight_is_no_paragraph():
    # "4. … mediante la recolección de agua mediante PET." / "" / "botellas."
    doc = golden(
        "dise_ar_y_probar_productos_clim_ticos_para_mejorar_la_toma_de_decisiones_locales_en_"
        "respuesta_al_c_.md"
    )
    assert len(doc.insights) == 5
    assert doc.insights[3] == (
        "Se identifican soluciones de base para hacer frente a los períodos de sequía, por "
        "ejemplo, mediante la recolección de agua mediante PET. botellas."
    )
    assert not [insight for insight in doc.insights if "\n" in insight]


def test_hard_wrapped_answers_read_as_sentences_lists_kept():
    doc = golden("gaza_emergency_investor_pipelines.md")
    # A lone "·" (and its NBSP run) above the first item is no text.
    assert answer(doc, "methods_usage").startswith(
        "Identifies priority sectors and sub-sectors for recovery and reconstruction.\n\n"
        "Explores business ideas within these sectors, prioritizing them based on their"
    )
    background = answer(doc, "background")
    assert "economy. According to estimates of the socio-economic impact assessment" in background
    assert "1) Essential public and social infrastructure and services, 2)" in background
    # The paragraph before keeps its end: "…respectively" has no full stop but "Against"
    # starts a sentence.
    assert "over 16 and 20 years, respectively\n\nAgainst this backdrop" in background
    value = answer(doc, "value_proposition")
    assert value.startswith(
        "The Accelerator Lab along with UNDP relevant team in Gaza aim to develop"
    )
    # The list the answer announces keeps its items, the one ending in "and" too.
    assert "The proposed Emergency Investment Pipelines for Gaza aim to:\n\nContribute" in value
    assert "guarantee mechanisms, and\n\nUtilize impact analysis" in value
    descriptions = [a.text for a in doc.answers if a.key == "partner_description"]
    assert descriptions[0].startswith(
        "Support in creating an adapted and simplified SDG Investor Map Methodology for the Gaza "
        "Emergency\n\nProvide ongoing"
    )


@pytest.mark.parametrize(
    ("name", "title", "insights"),
    [
        (
            "bridging_indigenous_information_systems_with_digital_technology_in_the_amazon.md",
            "Bridging Indigenous Information Systems with Digital Technology in the Amazon",
            0,
        ),
        (
            "frontier_challenge__accelerating_undp_in_house_digital_transformation.md",
            "Frontier Challenge: Accelerating UNDP in-house Digital Transformation",
            5,
        ),
        ("transport_innovation_challenge.md", "Transport Innovation Challenge", 0),
    ],
)
def test_signed_records_keep_their_title_and_insights(name, title, insights):
    doc = golden(name)
    assert (doc.title, doc.title_from_text, len(doc.insights)) == (title, False, insights)


def test_signed_report_keeps_nested_points_inside_their_insight():
    doc = golden("frontier_challenge__accelerating_undp_in_house_digital_transformation.md")
    assert doc.insights[2] == (
        "Within the Activation Plan specific directions to be indicated to optimize the process: "
        "3.1. Institutionalization of the efforts 3.2. Digital Readiness Assessment 3.3. "
        'Introduction of "Digital by Default" principle 3.4. Harnessing innovative data for '
        "development"
    )


def test_signed_plan_keeps_its_numbered_causes_as_paragraphs():
    background = answer(golden("transport_innovation_challenge.md"), "background")
    paragraphs = background.split("\n\n")
    assert paragraphs[1:4] == [
        "Causes of the Challenge",
        "Several factors contribute to the traffic congestion problem in Trinidad:",
        paragraphs[3],
    ]
    assert [p.split(":")[0] for p in paragraphs[3:8]] == [
        "1. High Car Ownership Rates",
        "2. Inadequate Public Transportation System",
        "3. Urban Sprawl",
        "4. Limited Road Infrastructure",
        "5. Cultural Preference for Cars",
    ]
