"""Facet tags spelled cleanly: hyphens joined, no stray backslash, no value cut mid-word."""

from records.archive.tags import facet
from tests.factories import parse_data


def test_hyphen_with_a_space_is_one_word_and_variants_are_one_value():
    areas = parse_data("solution/communal_curatorial_co_design_system.md").thematic_areas
    # "co -creation" then "co creation": one value, written "co-creation".
    assert [a for a in areas if "creation" in a] == ["co-creation"]


def test_no_stray_backslash():
    areas = parse_data("learningplan/march_2021___action_learning_plan.md").thematic_areas
    assert "transparency and accountability" in areas
    assert not any("\\" in area for area in areas)


def test_a_value_cut_mid_word_is_dropped():
    assert parse_data("solution/filter_straw.md").thematic_areas == [
        "climate change adaptation",
        "water scarcity",  # "water sca" after it is gone
    ]
    assert parse_data("learningplan/crisis_ready.md").data_sources == [
        "behavioral insights",
        "academic literature",
        "consultative workshop",  # "co-d" is gone
    ]


def test_whole_words_stay():
    assert facet(["health", "healthcare", "eco- housing", "climate - health"], []) == [
        "health",
        "healthcare",
        "eco-housing",
        "climate - health",
    ]
