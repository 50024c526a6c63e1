"""records.archive.tags: tag lines anywhere, the type sniff and the header fields."""

import pytest

from records.archive import Answer, decode, parse, sniff_type
from records.archive.tags import facet, tag_end
from tests.factories import DATA, parse_data, parse_seed, seed_path


def test_parse_tags_cleaned_deduplicated_and_paired():
    text = (
        "# T\n[[type:solution]]\n[[type:solution]]\n[[country:Ukraine]]\n[[latlng:1,2]]\n"
        "[[country:Ukraine]]\n[[latlng:1,2]]\n[[country:Null Island]]\n"
        "[[sdgs:5. Gender equality]]\n[[sdgs:10. Reduced innequalities]]\n[[sdgs:5. Gender]]\n"
        "[[sdgs:Peace]]\n[[thematic_areas:green transition,]]\n[[thematic_areas:Green "
        "transition]]\n[[datasources:]]\n[[consent: https://a.org/x ]]\n[[custom_key:kept]]\n"
    )
    doc = parse(text)
    assert doc.types == ["solution"]
    assert doc.locations == [("Ukraine", "1,2"), ("Null Island", "")]
    assert doc.countries == ["Ukraine", "Null Island"]
    assert doc.sdgs == [5, 10]
    assert doc.thematic_areas == ["green transition"]
    assert doc.data_sources == []
    assert doc.tags["consent"] == ["https://a.org/x"]
    assert doc.tags["custom_key"] == ["kept"]
    assert doc.warnings == ["unreadable sdg 'Peace'"]


def test_parse_timestamps_and_unterminated_tags_are_text():
    doc = parse("[[type:story]]\n# S\n### [[0:15]] Hello\n[[principles:open\nno end\n")
    assert doc.tags == {"type": ["story"]}
    assert doc.warnings == ["unterminated tag '[[principles:open'"]


def test_sniff_type_reads_only_tag_lines():
    assert sniff_type("see [[type:blog]] here\n[[type: learningplan ]]\n") == "learningplan"
    assert sniff_type("# no type\n") == ""


def test_sniff_type_passes_over_an_empty_type_as_parse_does():
    text = "[[type:]]\r[[type:learningplan]]"
    assert sniff_type(text) == parse(text).type == "learningplan"


@pytest.mark.parametrize("number", ["000", "001", "002", "003", "004"])
def test_sniff_type_agrees_with_parse_on_seeds(number):
    path = seed_path(number)
    text = decode(path.read_bytes())
    assert sniff_type(text) == parse(text).type


def test_solution_tags_only_is_sniffed_without_parsing():
    text = decode((DATA / "solution/sadfsd.md").read_bytes())
    assert sniff_type(text) == "solution"
    doc = parse(text)
    assert (doc.type, doc.title, doc.sdgs, doc.answers, doc.body) == (
        "solution",
        "sadfsd",
        [2],
        [],
        "",
    )


def test_solution_lone_cr_inside_multiline_tag():
    doc = parse_data("solution/xfarm_academy_advanced.md")
    assert doc.thematic_areas == [
        "Digital Agriculture Precision Farming Data Analysis Technology in Agriculture"
    ]
    assert doc.tags["consent"] == ["https://xfarm.ag/en/academy-advanced"]
    assert doc.answers[0] == Answer("", "Title of the Solution", "", "xFarm Academy Advanced")


def test_element_tags_before_title_and_several_types():
    doc = parse_data("tactics/Focusing on the value added.md")
    assert (doc.type, doc.types, doc.title) == (
        "tactics",
        ["tactics", "tools"],
        "Focusing on the value added",
    )


def test_story_interleaved_tags_deduplicated():
    doc = parse_data("story/Explorers_TLS.md")
    assert doc.title == (
        "Exploring Innovation in Timor Leste: A Collaborative Approach to Job Development"
    )
    assert doc.tags["principles"] == ["Recognize and promote agency", "Recognize local expertise"]
    assert (doc.countries, doc.answers) == (["Timor Leste"], [])


def test_story_multiline_tag_value_kept_whole():
    doc = parse_data("story/Experimenters_MKD.md")
    summary = doc.tags["ai_summary"]
    assert len(summary) == 1
    assert summary[0].startswith(
        "Here is a summary of the interview transcript in exactly 5 sentences or fewer:\n\n"
        "Lazar Popiwanov"
    )
    assert doc.title == '"Accelerating SDGs in North Macedonia: A Crowdsourced Approach"'


def test_seed_closing_data_sources_deduplicated_by_slug():
    assert parse_seed("002").data_sources == [
        "ethnographic data",
        "focus group",
        "in-depth interviews",
    ]


# -- heuristics, each with the example it exists for -------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param("\u200b\ufeff[[type:blog]]\n", "blog", id="invisible-characters-before-it"),
        pytest.param("text [[type:blog]]\n", "", id="not-at-a-line-start"),
        pytest.param("# T\u2028[[type:story]]", "story", id="after-a-unicode-line-separator"),
        pytest.param("[[type:blog\n]]\n", "", id="a-type-is-one-line"),
    ],
)
def test_sniff_type_reads_type_lines_only(text, expected):
    assert sniff_type(text) == expected


@pytest.mark.parametrize(
    ("lines", "expected"),
    [
        pytest.param(["[[summary:open", "more", "end]]"], 2, id="closed-lines-below"),
        pytest.param(["[[summary:open", "[[type:blog]]", "x]]"], None, id="complete-tag-below"),
        pytest.param(["[[summary:open", "a ]] b"], None, id="brackets-inside-a-line"),
        pytest.param(["[[summary:open", *["x"] * 60, "end]]"], None, id="must-not-swallow-doc"),
    ],
)
def test_tag_end_finds_the_closing_line_of_a_multiline_tag(lines, expected):
    assert tag_end(lines, 0) == expected


@pytest.mark.parametrize(
    ("values", "expected"),
    [
        pytest.param(
            ["In-depth interviews", "in depth interviews,", "In depth-interviews."],
            ["In-depth interviews"],
            id="hyphens-case-and-trailing-punctuation",
        ),
        pytest.param(["press", "  press  ", "-", ","], ["press"], id="blank-values-dropped"),
    ],
)
def test_facet_values_are_one_when_their_letters_are(values, expected):
    assert facet(values, []) == expected


def test_a_run_of_named_items_too_long_for_a_name_gives_the_names():
    # A value of the form's "other" field that other plans picked too.
    value = (
        "future analysis: identify emerging ai-driven job roles and required skills.  scenario "
        "planning: develop potential future scenarios to anticipate workforce shifts.5  "
        "stakeholder mapping: identify key players.     data mining: extract insights."
    )
    warnings = []
    assert facet(["surveys", value], warnings) == [
        "surveys",
        "future analysis",
        "scenario planning",
        "stakeholder mapping",
        "data mining",
    ]
    assert warnings == []


def test_prose_too_long_for_a_name_is_no_tag():
    value = "as previously mentioned, this challenge leverages three key methodologies: " * 2
    warnings = []
    assert facet([value, "surveys"], warnings) == ["surveys"]
    assert warnings == [
        "prose as a tag, not kept: 'as previously mentioned, this challenge leverages three key…'"
    ]
    # As long as a name may be, a value is one.
    assert facet(["a" * 100], []) == ["a" * 100]


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        pytest.param(
            "linkedin data, national labor market surveys, real-time job market analytics",
            ["linkedin data", "national labor market surveys", "real-time job market analytics"],
            id="names-listed",
        ),
        pytest.param(
            "micro, small, medium enterprises", ["micro, small, medium enterprises"], id="one-name"
        ),
        pytest.param(
            "free, prior and informed consent", ["free, prior and informed consent"], id="consent"
        ),
        pytest.param(
            "publications - journals, academic papers",
            ["publications - journals, academic papers"],
            id="two-parts",
        ),
        pytest.param("agriculture, cooperativism", ["agriculture, cooperativism"], id="two-words"),
    ],
)
def test_facet_value_listing_names_apart_by_commas_gives_each(value, expected):
    assert facet([value], []) == expected
