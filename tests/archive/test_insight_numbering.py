"""Insights split the way their author numbered them; intros and headings handled."""

import pytest

from records.archive.enumerations import numbered_items
from records.archive.insights import split_insights
from tests.factories import parse_data


@pytest.mark.parametrize(
    ("name", "starts"),
    [
        pytest.param(
            "__information_is_power__learning_cycle_2021_closing_form.md",
            [
                '"El Viaje del Agua" (Micro survey and collective intelligence exercise)',
                "Likewise, the interactive survey revealed",
                "Sea and river water quality measurements:",  # not cut at a "3." inside (2)
                "Community Profiling and Solutions Mapping:",
                "Additionally, by using a wiki-style online repository",
            ],
            id="parenthesised-numbers-with-inner-numbers",
        ),
        pytest.param(
            "1___cape_verde__as_a_small_island_developing_state__sids__recognizes_the_gr_.md",
            [
                "Cape Verde, as a Small Island Developing State",
                "We discovered during project implementation",
                "The need for semi-industrial fishing",  # "3 –": an en dash among hyphens
                "Proposed innovations include",
                "Winning",
            ],
            id="numbers-with-dashes",
        ),
        pytest.param(
            "closing_form_enterprise_and_employment_formalization.md",
            [
                "Each cluster is unique, even when they belong to the same sector:\n\n"
                "The three selected territories",
                "Known challenges met new emergent challenges we did not foresee\n\n"
                "For SME clusters in the apparel industry",
                "Emerging lessons demand flexibility",
                "Informality remains high, not only in the garment industry:\n\n",
                "The rising need for digital transformation:\n\n",
            ],
            id="hash-numbers-over-inner-numbers-headings-apart",
        ),
        pytest.param(
            "gender_equality_and_socioeconomic_inclusion_of_women_in_cambodia.md",
            [
                "Beliefs about the role of women in the household",
                "This burden of unpaid and domestic/care work",
            ],
            id="intro-paragraph-apart",
        ),
    ],
)
def test_real_insights(name, starts):
    insights = parse_data(f"learningplan/{name}").insights
    assert len(insights) == len(starts)
    for insight, start in zip(insights, starts, strict=True):
        assert insight.startswith(start), (insight[:120], start)


@pytest.mark.parametrize(
    ("text", "items"),
    [
        (
            "a) First point\nb) Second point\nc) Third point",
            ["First point\n", "Second point\n", "Third point"],
        ),
        (
            "Three angles: a) social, b) environmental and c) economic.",
            [],  # letters inside a sentence are not a list
        ),
        ("1. A (2) B (3) C", ["A ", "B ", "C"]),  # the author's first marker may differ
        (
            "(1) Alpha, see 3. below (2) Beta (3) Gamma",
            ["Alpha, see 3. below ", "Beta ", "Gamma"],
        ),
    ],
)
def test_numbered_items(text, items):
    assert numbered_items(text) == items


def test_intro_paragraph_needs_to_announce_insights():
    text = (
        "The teams worked with youth and shifted their focus. They proposed the following ideas.\n"
        "- Idea one\n- Idea two"
    )
    assert split_insights(text) == (
        "",
        [
            "The teams worked with youth and shifted their focus. They proposed the following "
            "ideas.",
            "Idea one",
            "Idea two",
        ],
    )
