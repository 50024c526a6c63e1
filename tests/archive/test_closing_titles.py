"""A closing report's title says what it is: an intro line is never a title, and a title that
is the start of the insights, or its first insight lightly reworded, is marked as taken from
the text."""

import pytest

from records.archive.titles import is_intro_line, is_sentence_from
from tests.factories import parse_data


@pytest.mark.parametrize(
    ("title", "intro"),
    [
        ("The key insights generated from this learning challenge are listed below:", True),
        ("The top key insights generated through this learning challenge are:", True),
        ("The sensemaking opened our eyes to the following key insights:", True),
        ("The five keys learning are the followings:", True),
        ("Les idées principales générés au cours du cycle d'apprentissage sont:", True),
        ("Social Innovation Platforms (SIPs) on Maldives Future of Work:", False),
        ("Closing: Malay Food System Lessons", False),
        ("Harvesting Insights: Unveiling Agricultural Dynamics", False),
    ],
)
def test_is_intro_line(title, intro):
    assert is_intro_line(title) is intro


@pytest.mark.parametrize(
    ("name", "title"),
    [
        (
            "the_key_insights_generated_from_this_learning_challenge_are_listed_below_.md",
            "Collaboration and partnership between local government and private sector is "
            "crucial to explore, test and scale the…",
        ),
        (
            "the_five_keys_learning_are_the_followings_.md",
            "The legal and institutional ecosystem on waste collection subscription is "
            "scattered and potentially confrontational…",
        ),
        (
            # The intro and its list on one line: the first item of the list.
            "les_id_es_principales_g_n_r_s_au_cours_du_cycle_d_apprentissage_sont_.md",
            "Les changements climatiques affectent toutes les couches de la population",
        ),
    ],
)
def test_intro_line_title_gives_way_to_the_first_insight(name, title):
    doc = parse_data(f"learningplan/{name}")
    assert (doc.title, doc.title_from_text) == (title, True)
    assert any(w.startswith("intro line as title: ") for w in doc.warnings)


@pytest.mark.parametrize(
    ("name", "from_text"),
    [
        ("__though_science_is_viewed_as_important_course_at_secondary_school__little__.md", True),
        ("reverse_shop___closing_form.md", False),
        ("reverse_shop.md", False),
        # The first insight lightly reworded: "1. Willingness of a municipality is not enough
        # for a successful partnership, organizational capacity should be sufficient."
        ("willingness_of_a_municipality_is_not_enough_for_successful_partnership__but_.md", True),
        # Titles of their own that the first insight repeats in part.
        ("the_climate_security_programme.md", False),
        ("smart_erdenet__waste_collection_experiment.md", False),
    ],
)
def test_title_from_the_insights_is_marked(name, from_text):
    assert parse_data(f"cycles/{name}").title_from_text is from_text


@pytest.mark.parametrize(
    ("title", "text", "reworded"),
    [
        (
            "1. Partnerships require nurturing and work",
            "1. Partnerships require a lot of nurturing, time and work! 2. The incentives…",
            True,
        ),
        (
            "Les conflits communautaires tirent leurs origines de l'insuffisance des ter…",
            "Les conflits communautaires tirent leurs origines principalement de "
            "l'insuffisance des terres",
            True,
        ),
        # Too short to be a sentence, and another first word.
        ("The Climate Security Programme", "The Regional Climate Security Programme…", False),
        ("Smart Erdenet: Waste Collection Experiment", "As part of Smart Erdenet…", False),
        (
            "Accelerator Lab can intervene during CPD design",
            "Early CPD design intervention through Accelerator Lab can improve outcomes.",
            False,
        ),
    ],
)
def test_a_title_reworded_from_the_first_insight_is_a_sentence(title, text, reworded):
    assert is_sentence_from(title, text) is reworded


def test_intro_and_its_list_on_one_line_are_the_list():
    doc = parse_data(
        "learningplan/les_id_es_principales_g_n_r_s_au_cours_du_cycle_d_apprentissage_sont_.md"
    )
    assert doc.insights == [
        "les changements climatiques affectent toutes les couches de la population",
        "les populations ont des solutions locales et s'adaptent aux contextes",
        "L'orientation des jeunes ruraux vers d'autre métiers",
        "L'engagement des femmes dans la lutte contre les effets des changements climatiques",
        "l'insécurité exacerbe la vulnérabilité des communautés aux changements climatiques",
    ]
