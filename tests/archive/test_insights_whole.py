"""Every word of an insights answer lands in an insight or in the report's intro: real closing
reports, each with the insights and intro a curator expects."""

import re
from collections import Counter

import pytest

from records.archive.insights import split_insights
from tests.factories import parse_data


def _words(text: str) -> Counter:
    return Counter(re.findall(r"[^\W\d_]{2,}", text.casefold()))


def _whole(name: str):
    doc = parse_data(f"learningplan/{name}")
    answer = next(a.text for a in doc.answers if a.key == "insights" and a.text)
    lost = _words(answer) - _words(
        " ".join([doc.insights_intro, *doc.insights, doc.insights_after])
    )
    assert not lost, lost
    return doc


def test_inline_numbered_run_keeps_the_text_before_it_as_intro():
    doc = _whole("green_entrepreneurship_week.md")
    assert doc.insights_intro == (
        "In order to have a green economic transition in Algeria, below are the top 5 key "
        "insights and recommendations we generated:"
    )
    assert doc.insights == [
        "Encourage private sector investment in clean technology and strengthen public-private "
        "partnership",
        "Creating a green entrepreneurial culture in the educational curriculum",
        "Encourage funding of university-level research projects in the field of waste management",
        "Encourage the signature of agreements between the various actors in the ecosystem who "
        "work in the waste sector to support the green project leader.",
        "Encourage the coordination between ministerial departments and other sectors to "
        "facilitate the implementation of projects in waste management",
    ]


def test_closing_paragraph_after_the_last_numbered_item_is_not_glued_to_it():
    doc = _whole(
        "community_based_tourism_for_all_co_creation_journey_for_inclusive_tourism_in_thailand.md"
    )
    assert [i.split(":")[0] for i in doc.insights] == [
        "Inclusive pathway for all",
        "User-centric solution to accessibility information issue",
        "Local creativity to enabling drawing for the blind",
    ]
    assert doc.insights[-1].endswith("they are able to co-create solutions beyond our imagination.")
    assert doc.insights_intro.startswith("I was initially excited about developing inclusive")
    assert "\n\n" not in doc.insights_intro
    # The closing paragraph is the text after the list, shown below it.
    assert doc.insights_after.startswith("These prototypes and pilots are merely a starting point.")
    assert doc.insights_after.endswith("for inclusive tourism development nationwide.")


def test_of_two_numbered_runs_the_insights_win_and_the_questions_are_intro():
    doc = _whole("bangladesh_lab_developed_the__youth_employment_accelerator_program_initiati_.md")
    assert len(doc.insights) == 5
    assert doc.insights[0].startswith("The Lab’s investigation found that skills-based")
    assert doc.insights[2].endswith("the digital divide created by the pandemic.")
    assert "Is an online micro-credential scholarship pathway" in doc.insights_intro
    assert doc.insights_intro.endswith("Insights Generated:")


def test_flattened_lettered_list_split_after_its_intro():
    doc = _whole("a______the_challenge_of_single_use_diapers_can_not_be_dealt_with_in_isolati_.md")
    assert doc.insights_intro == (
        "Although this learning cycle has not been completed, a number of insights can be reported:"
    )
    assert [i[:40] for i in doc.insights] == [
        "The challenge of single use diapers can ",
        "Another related insight was that because",
        "Another key insight generated in this le",
        # "participants e. Finally": a letter with no gap after it stays in its item.
        "The lab further found that contrary to o",
    ]


@pytest.mark.parametrize(
    ("name", "starts"),
    [
        pytest.param(
            "alternative_finance_for_native_forest_restoration.md",
            [
                "Crowdfunding in Uruguay",
                "Through crowdfunding",
                "If the proposal",
                "It is possible",
            ],
            id="nbsp-runs-between-sentences",
        ),
        pytest.param(
            "collective_intelligence_for_improved_solid_waste_management_in_santo_domingo_este.md",
            [
                "The issue of improper waste management",
                "We need to use system thinking",
                "We grouped our learning",
                "Low social capital",
                "Urban inequality is normalized",
            ],
            id="double-spaces-before-capitals",
        ),
        pytest.param(
            "les_conflits_communautaires_tirent_leurs_origines_de_l_insuffisance_des_ter_.md",
            [
                "Les conflits communautaires",
                "Des mécanismes endogènes",
                "L'agriculture intégrée",
                "Les portefeuilles de solutions",
            ],
            id="semicolons-before-capitals",
        ),
        pytest.param(
            "vaccines__access_and_misinformation.md",
            [
                "In Argentina, getting vaccinated",
                "While in Argentina",
                "People get negative information",
                "The main factors that ease vaccination",
                "On our collaborative project with Chequeado and Healthy Internet Project\n\n"
                "One of our key lessons",
            ],
            id="gaps-with-an-intro-and-a-heading",
        ),
        pytest.param(
            "grounding_portfolio_approaches_at_a_territorial_level.md",
            [
                "Centralized Power Structures and the Move Toward Local Engagement:\n\nOur focus",
                "Strategic Partnerships and Citizen Participation are Key to Success:\n\n",
                "Digital Tools as Catalysts for Participation and Cohesion:\n\n",
                "Social cohesion as a Concept and Its Key Dimensions:\n\n",
                "Solid Waste Management and Circular Economy as a Shared Priority:\n\n",
            ],
            id="paragraphs-under-headings-of-their-own",
        ),
    ],
)
def test_flattened_and_headed_lists_split_into_their_items(name, starts):
    doc = _whole(name)
    assert len(doc.insights) == len(starts), [i[:60] for i in doc.insights]
    for insight, start in zip(doc.insights, starts, strict=True):
        assert insight.startswith(start), (insight[:120], start)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "We found:   - Trust   - Time",
            ("We found:", ["Trust", "Time"]),
            id="intro-before-a-gapped-list",
        ),
        pytest.param(
            "Questions:\n1. Why?\n2. How?\nInsights:\n1. Trust\n2. Time\n3. Money",
            ("Questions:\n1. Why?\n2. How?\nInsights:", ["Trust", "Time", "Money"]),
            id="a-restart-at-1-ends-a-run",
        ),
        pytest.param(
            "1. Trust\n\n2. Time\n\nWe will go on.",
            ("We will go on.", ["Trust", "Time"]),
            id="closing-paragraph-after-the-last-item",
        ),
        pytest.param(
            "1. Trust\n\n2. Time: 1. days 2. years\n\nMoney: it helps.",
            ("", ["Trust", "Time: 1. days 2. years", "Money: it helps."]),
            id="an-inner-run-and-a-headed-paragraph-after-the-last-item",
        ),
        pytest.param(
            "1. Trust\n\n2. We covered the following:\n\ni) Survey\n\nii) Design",
            ("", ["Trust", "We covered the following:\n\ni) Survey\n\nii) Design"]),
            id="a-list-the-last-item-announces-stays-in-it",
        ),
        pytest.param(
            "1. Trust\n\nIt grows.\n\n2. Time\n\nIt passes.",
            ("", ["Trust\n\nIt grows.", "Time\n\nIt passes."]),
            id="items-of-two-paragraphs-keep-them",
        ),
        pytest.param(
            "We worked hard.  It paid.  Then we rested.",
            ("", ["We worked hard.", "It paid.", "Then we rested."]),
            id="double-spaced-sentences-of-a-short-list",
        ),
        pytest.param(
            "A b.  C d.  E f.  G h.  I j.  K l.  M n.  O p.  Q r.  S t.  U v.",
            ("", ["A b. C d. E f. G h. I j. K l. M n. O p. Q r. S t. U v."]),
            id="a-writer-who-double-spaces-every-sentence",
        ),
    ],
)
def test_split_insights_keeps_every_word(text, expected):
    intro, items = split_insights(text)
    assert (intro, [item.strip() for item in items]) == (
        expected[0],
        [item.strip() for item in expected[1]],
    )
