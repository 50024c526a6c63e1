"""records.archive.titles: the title block, truncated titles and empty ones."""

import pytest

from records.archive import parse
from records.archive.titles import complete_title, title_block
from tests.factories import parse_data, parse_seed, plan_text


def test_seed_plan_truncated_title_completed_from_title_answer():
    doc = parse_seed("000")
    assert doc.title_line == (
        "Growing number of women in STEM fields and helping them to advance througho…"
    )
    assert doc.title == (
        "Growing number of women in STEM fields and helping them to advance throughout their "
        "careers."
    )


def test_seed_closing_title_completed_from_first_insight():
    doc = parse_seed("001")
    assert doc.form == "close-a"
    assert doc.title_line == (
        "- To progress STEM students need personal interaction with role models, ind…"
    )
    assert doc.title == (
        "To progress STEM students need personal interaction with role models, individual approach"
    )


def test_title_completed_from_a_long_insight_ends_at_its_first_sentence():
    insight = "Cape Verde, as a Small Island Developing State, recognizes the potential. " + (
        "The sector is a national priority and strategic planning has been developed. " * 5
    )
    text = (
        "# Cape Verde, as a Small Island Developing State, recogni…\n\n[[type:learningplan]]\n"
        "## Learnings on your challenge\n\n"
        "> What are the top 5 key insights you generated about your frontier challenge during "
        f"this Action Learning Plan?\n\n{insight}\n"
    )
    assert parse(text).title == (
        "Cape Verde, as a Small Island Developing State, recognizes the potential."
    )


def test_title_on_the_line_after_an_empty_heading():
    doc = parse_data(
        "learningplan/sme_growth_and_resilience_with_the_focus_on_the_ecommerce_in_serbia___"
        "closing_2022.md"
    )
    assert (doc.title_line, doc.title, doc.warnings) == (
        "",
        "SME Growth and Resilience with the focus on the eCommerce in Serbia - Closing 2022",
        # The lab writing the plan is not its own partner: this answer names no other.
        [
            "partner answer names no organisation: "
            "'Accelerator Lab has worked very closely with many private…'"
        ],
    )


def test_solution_crlf_and_title_on_the_next_line():
    doc = parse_data("solution/bcg_vaccine_in_the_fight_against_the_covid_19_pandemic.md")
    assert doc.title == "BCG vaccine in the fight against the COVID-19 pandemic"
    assert [(a.prompt, a.key) for a in doc.answers] == [
        ("Title", ""),
        ("Image", ""),
        ("Link to covIDJEA 2020 solution", ""),
    ]
    assert all("\r" not in a.text for a in doc.answers)


def test_parse_title_continuation_lines_and_escapes():
    doc = parse("# Explorer\\-Ghana \n\t\n  Seth &amp; co \n[[type:solution]]\n")
    assert (doc.title_line, doc.title) == ("Explorer\\-Ghana", "Explorer-Ghana Seth & co")


def test_parse_empty_title_falls_back_to_title_answer():
    body = "> Please provide a name for your action learning plan.\n\nGreen cities\n"
    doc = parse(plan_text(body, title=""))
    assert (doc.title_line, doc.title, doc.warnings) == (
        "",
        "Green cities",
        ["empty title: using the Title answer"],
    )


def test_parse_empty_title_falls_back_to_first_insight():
    body = "> What are the top 5 key insights you generated?\n- Listen first\n- Then act\n"
    doc = parse(plan_text(body, title="\u00a0"))
    assert (doc.title, doc.warnings) == ("Listen first", ["empty title: using the first insight"])


def test_parse_empty_title_falls_back_to_file_name():
    doc = parse("# \n\n[[type:solution]]\n", "solution/air_quality_app.md")
    assert (doc.title, doc.warnings) == ("air quality app", ["empty title: using the file name"])


def test_parse_truncated_title_without_source_kept_with_warning():
    doc = parse("# A very long and truncated title…\n\n[[type:experiment]]\n> Q\nOther text\n")
    assert (doc.title, doc.warnings) == (
        "A very long and truncated title…",
        ["truncated title: no full text found"],
    )


# -- heuristics, each with the example it exists for -------------------------------------------


@pytest.mark.parametrize(
    ("lines", "expected"),
    [
        pytest.param(
            ["# Home", "Kenya", "Blog", "...", "[[type:blog]]"],
            (0, 4),
            id="scraped-page-title-runs-to-the-tags",
        ),
        pytest.param(["# T", "> Q", "[[type:blog]]"], (0, 1), id="never-over-structure"),
        pytest.param(["# T", *["x"] * 12, "[[type:blog]]"], (0, 1), id="tags-too-far-below"),
        pytest.param(["#hashtag", "# T", "[[type:blog]]"], (1, 2), id="hashtag-is-no-title"),
        pytest.param(["no title", "[[type:blog]]"], (-1, 0), id="none"),
    ],
)
def test_title_block_continues_up_to_close_header_tags(lines, expected):
    assert title_block(lines, [line.startswith("[[") for line in lines]) == expected


def test_truncated_closing_title_without_source_loses_its_marker():
    # Closing forms take their title from the first insight: "1) Using new data…".
    doc = parse("# 1) Using new data…\n\n[[type:learningplan]]\n")
    assert (doc.title, doc.warnings) == (
        "Using new data…",
        ["truncated title: no full text found"],
    )


@pytest.mark.parametrize(
    ("title", "candidates", "expected"),
    [
        pytest.param(
            "1) Using new data…",
            ["1. Using new data sources helps"],
            "Using new data sources helps",
            id="markers-on-both-sides",
        ),
        pytest.param("Short…", ["Short and sweet"], None, id="prefix-too-short"),
        pytest.param(
            "Growing number of women...",
            ["Other", "growing number of women in STEM"],
            "growing number of women in STEM",
            id="case-folded-three-dots",
        ),
        pytest.param(
            "Redesigning public policymaking through the development of a National Devel…",
            [
                "Redesigning public policy making through the development of a National Development"
                " Strategy."
            ],
            "Redesigning public policy making through the development of a National Development"
            " Strategy.",
            id="compound-written-apart",
        ),
        pytest.param(
            "Test prototypes of better designed door…",
            [f"Test prototypes of better-designed door to door collection. {'More. ' * 40}"],
            "Test prototypes of better-designed door to door collection.",
            id="hyphenated-compound-ends-at-its-sentence",
        ),
        pytest.param(
            "The Future of Small Island: Unveiling the Potential of Sustainable Tourism …",
            [
                "The Future of Small Islands: Unveiling the Potential of Sustainable Tourism and"
                " Informal Economy in Small Islands in Bangladesh"
            ],
            "The Future of Small Islands: Unveiling the Potential of Sustainable Tourism and"
            " Informal Economy in Small Islands in Bangladesh",
            id="a-word-in-the-singular-cut-from-its-plural",
        ),
        pytest.param("Small Island…", ["Small Isle of Man"], None, id="not-the-same-word"),
    ],
)
def test_complete_title_finds_the_text_a_title_was_cut_from(title, candidates, expected):
    assert complete_title(title, candidates) == expected


CLOSING = (
    "[[type:learningplan]]\n## Learnings on your challenge\n\n> What are the top 5 key insights "
    "you generated about your frontier challenge during this Action Learning Plan?\n\n"
)


@pytest.mark.parametrize(
    ("title", "insights", "flagged"),
    [
        pytest.param(
            "This area was not pursued due to funding constraints.",
            "This area was eventually not pursued, in part due to funding constraints, but the "
            "team learned a lot.",
            True,
            id="reworded-sentence",
        ),
        pytest.param(
            "1. Partnerships require nurturing and work",
            "1. Partnerships require a lot of nurturing, time and work! 2. Incentives matter.",
            True,
            id="reworded-first-item",
        ),
        pytest.param(
            "The Climate Security Programme",
            "The Regional Climate Security Programme, within which the learning cycle is to "
            "embed, helped us.",
            False,
            id="short-real-title",
        ),
        pytest.param(
            "Smart Erdenet: Waste Collection Experiment",
            "As part of Smart Erdenet initiative, we tested 2 types of waste bins for 45 days; "
            "waste collection could be more efficient with one of the designs.",
            False,
            id="words-found-far-apart",
        ),
    ],
)
def test_closing_title_reworded_from_its_insights_is_flagged(title, insights, flagged):
    doc = parse(f"# {title}\n\n{CLOSING}{insights}\n")
    # The first item's number goes with it: "1. Partnerships…" is titled "Partnerships…".
    assert (doc.title, doc.title_from_text) == (title.removeprefix("1. "), flagged)


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("2. Empowering rural women", "Empowering rural women"),
        ("1- Accelerator Lab can intervene", "Accelerator Lab can intervene"),
        ("3) Piloting remote remand", "Piloting remote remand"),
        ("4-H Clubs of Kenya", "4-H Clubs of Kenya"),
        ("2030 Agenda in Cities", "2030 Agenda in Cities"),
        ("a. The challenge of single use diapers", "The challenge of single use diapers"),
        ("-The private sector is not well informed", "The private sector is not well informed"),
        ("(Em)Powering Women", "(Em)Powering Women"),
        ('"How to address credible data?"', "How to address credible data?"),
        ('"Bridging the Gap" (Green skills)', '"Bridging the Gap" (Green skills)'),
    ],
)
def test_plan_title_loses_the_number_of_the_labs_list_and_enclosing_quotes(line, expected):
    doc = parse(f"# {line}\n\n[[type:learningplan]]\n")
    assert (doc.title_line, doc.title) == (line, expected)


def test_truncated_title_completed_without_the_words_left_after_its_sentence():
    doc = parse(
        "# Exploration de solutions digitales pour aider les jeunes…\n\n[[type:learningplan]]\n"
        "## Title\n\n> Please provide a name for your action learning plan.\n\n"
        "Exploration de solutions digitales pour aider les jeunes à la paix et à la sécurité."
        "   la sécurité\n"
    )
    assert doc.title == (
        "Exploration de solutions digitales pour aider les jeunes à la paix et à la sécurité."
    )


def test_wingdings_bullet_glued_to_a_number_leaves_the_title():
    doc = parse("# ü1000 farmers registered\n\n[[type:learningplan]]\n")
    assert (doc.title_line, doc.title) == ("ü1000 farmers registered", "1000 farmers registered")


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        pytest.param(
            "Using Green Mobility in South Africa", "Using Green Mobility in South Africa", id="in"
        ),
        pytest.param("Green Mobility in South Africa", "Green Mobility in South Africa", id="at"),
        pytest.param("Blue Mobility in South Africa", None, id="other-name"),
        pytest.param("Evergreen Mobility in South Africa", None, id="not-at-a-word-start"),
    ],
)
def test_truncated_title_completed_from_the_name_answer_holding_it(name, expected):
    doc = parse(
        "# Green Mobility in South A…\n\n[[type:learningplan]]\n## Title\n\n"
        f"> Please provide a name for your action learning plan.\n\n{name}\n"
    )
    assert doc.title == (expected or "Green Mobility in South A…")


def test_placeholder_title_of_a_plan_without_answers_falls_back_to_the_file_name():
    doc = parse("# later\n\n[[type:learningplan]]\n## Title\n\nBody.", "plans/later_plan.md")
    assert (doc.title, doc.title_from_text) == ("later plan", True)


@pytest.mark.parametrize(
    ("title", "name", "expected"),
    [
        ("Mobility for All (pending)", "", "Mobility for All"),
        ("Green cities [Draft]", "Green cities", "Green cities"),
        ("Social Listening Experiment (Failed)", "", "Social Listening Experiment (Failed)"),
        ("(pending)", "", "(pending)"),
        ("URBAN BIG DATA", "Urban Big Data", "Urban Big Data"),
        ("COMMUNITY PARTICIPATION IN TOURISM", "Community participation in Tourism",
         "Community participation in Tourism"),
        ("RESPONDING TO FRAGILITY", "Responding to fragility with data", "RESPONDING TO FRAGILITY"),
        ("URBAN BIG DATA", "URBAN BIG DATA", "URBAN BIG DATA"),
        ("UNDP AccLab", "Undp acclab", "UNDP AccLab"),
        ("SIEH", "", "SIEH"),
        ("SDG AI LAB (ongoing)", "SDG AI Lab", "SDG AI Lab"),
    ],
)  # fmt: skip
def test_a_status_marker_goes_and_capitals_take_the_name_answers_case(title, name, expected):
    body = f"> Please provide a name for your action learning plan.\n\n{name}\n" if name else ""
    doc = parse(plan_text(body, title=title))
    assert (doc.title_line, doc.title) == (title, expected)


def test_a_status_marker_stays_in_other_records_titles():
    assert parse("# Water app (pending)\n\n[[type:solution]]\n").title == "Water app (pending)"


TRUNCATED = "Exploring why social impact business led by CO teams have limited …"


@pytest.mark.parametrize(
    ("name", "completed"),
    [
        pytest.param(
            "Exploring why social impact businesses led by CO teams have limited access",
            True,
            id="plural",
        ),
        pytest.param(
            "Exploring why social impact business led by Country Office teams have limited access",
            True,
            id="acronym-written-out",
        ),
        pytest.param(
            "Exploring why social impact business led by CO teams in Hanoi have limited access",
            True,
            id="two-words-more",
        ),
        pytest.param(
            "Exploring why social impact business led by CO teams in Hanoi now have limited access",
            False,
            id="three-words-more",
        ),
        pytest.param(
            "Exploring why social impact business led by CO teams have no access",
            False,
            id="cut-word-not-started",
        ),
        pytest.param(
            "Exploring why social impact business led by country teams have limited access",
            False,
            id="acronym-for-other-words",
        ),
    ],
)
def test_truncated_title_completed_from_the_name_answer_agreeing_on_its_words(name, completed):
    doc = parse(
        f"# {TRUNCATED}\n\n[[type:learningplan]]\n## Title\n\n"
        f"> Please provide a name for your action learning plan.\n\n{name}\n"
    )
    assert doc.title == (name if completed else TRUNCATED)


@pytest.mark.parametrize(
    ("title", "flagged"),
    [
        pytest.param(
            "Firstly it is important for such a project to ensure that we have the right…",
            True,
            id="pronouns-and-verbs",
        ),
        pytest.param("There are many unemployed youth in the country, but al…", True, id="there"),
        pytest.param(
            "1) Using new data sources brought a lot of interest fr…", True, id="numbered"
        ),
        pytest.param("plastics turned into construction materials with a good…", True, id="lower"),
        pytest.param(
            "En situation compliquee, il est mieux de pivoter vers des zo…", True, id="fr"
        ),
        pytest.param(
            "Harvesting Insights: Unveiling Agricultural Dynamics through Innovation, Data…",
            False,
            id="name",
        ),
        pytest.param(
            "Informality and circular economy initiative can trigger positive impact on Yo…",
            False,
            id="can",
        ),
        pytest.param("Firstly it is important to have the right partner", False, id="whole"),
    ],
)
def test_closing_title_cut_from_a_sentence_no_answer_holds_is_flagged(title, flagged):
    doc = parse(f"# {title}\n\n{CLOSING}Craftsmen need training first.\n")
    assert doc.title_from_text == flagged
    assert doc.title.endswith(title[-3:])
