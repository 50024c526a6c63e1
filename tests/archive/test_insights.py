"""records.archive.insights: splitting the insights answer into insights."""

import pytest

from records.archive import PartnerMention, parse
from records.archive.insights import split_insights
from tests.factories import parse_data, parse_seed, plan_text


def test_seed_closing_insights_are_the_bullets():
    assert parse_seed("001").insights == [
        "To progress STEM students need personal interaction with role models, individual approach",
        "While advocating for women in STEM, need to include men into the dialogue",
        "Quotas for women in STEM could be applied, but there should be development work behind",
        "We have to be careful with positive discrimination issues",
    ]


def test_seed_closing_insights_are_the_last_list_after_intros():
    insights = parse_seed("002").insights
    assert len(insights) == 5
    assert insights[0].startswith("Even though Uzbek society does not approve/support girls")
    assert (
        insights[2] == "Surprisingly many fathers support their daughters in getting STEM education"
    )
    assert insights[4].startswith("In general picture – for the last several decades")


def test_insights_numbered_with_dashes():
    doc = parse_data("learningplan/1__accelerator_lab_can_intervene_during_cpd_design.md")
    assert doc.insights == [
        "Early CPD design intervention through Accelerator Lab can improve outcomes.",
        "Accelerator Lab enables successful project development under program pillars.",
        "Reflective sensemaking is an effective tool to synchronize CO work and review past "
        "experiences.",
        "Stronger collaboration was achieved through Accelerator Lab's approach during "
        "sensemaking.",
        "Sensemaking increased management and program engagement with Accelerator Lab.",
    ]
    assert doc.blog_urls == []  # a file name, not a link


def test_insights_flattened_numbering_split_and_title_completed():
    doc = parse_data(
        "learningplan/1__there_is_a_huge_potential_for_green_mobility_in_kathmandu_due_to_rising__.md"
    )
    assert doc.insights == [
        "There is a huge potential for green mobility in Kathmandu due to rising pressure or Air "
        "Pollution in metropolitan cities of Nepal.",
        "Qualitative research proved very effective in terms of getting insights from the target "
        "segment.",
        "Incentivizing people for using green alternatives might not be a permanent fix for "
        "decreasing people's carbon footprint.",
        "The government and the private sector needs to jointly develop sustainable green "
        "mobility plans.",
    ]
    assert doc.title == doc.insights[0]


def test_insights_flattened_nbsp_dash_list():
    doc = parse_data(
        "learningplan/_________collective_intelligence_workshop_on_how_to_identify_the_main_chall_.md"
    )
    assert doc.insights == [
        "Collective intelligence workshop on how to identify the main challenges on water scarcity",
        "Using open source tools to develop digital solution for smart territories",
        "Organizing a smart city caravan to meet innovators in different regions of Morocco",
        "Introduction of new generation equipement to helps entrepreneurs to test ideas",
        'Concept like "Do It Yourself" are important and can lead city to a smarter development '
        "of territories",
    ]
    assert doc.title_line == "- Collective intelligence workshop on how to identify the main chall…"
    assert doc.title == doc.insights[0]


def test_insights_written_as_quote_lines_are_not_prompts():
    doc = parse_data(
        "learningplan/citizens_feedback_app_for_project_monitoring_and_data_management__"
        "first_iteration_.md"
    )
    assert [a.key for a in doc.answers][:3] == ["insights", "blog_links", "barriers"]
    assert len(doc.insights) == 5
    assert doc.insights[0] == (
        "Innovative monitoring methodologies can help project teams stay on track with their work "
        "plans and in turn help to accelerate SDGs"
    )


def test_insights_flattened_numbering_with_double_escaped_entities():
    doc = parse_data("learningplan/1__partnerships_require_nurturing_and_work.md")
    assert doc.insights[0] == "Partnerships require a lot of nurturing, time and work!"
    assert len(doc.insights) == 5
    # "&amp;amp;amp;" in the link, an escape of an escape of "&", is "&".
    assert doc.blog_urls == [
        "https://www.facebook.com/yrika.maritz/posts/10222910623168671?__cft__[0]=AZWOmvsGP9Eo1"
        "Pso_fCNBUurc7xtufge7RPJ4_IoiUo_EwPGTxF7flkjbV7vnuWpT4D6q79hyOtvd0DXJ7VSOmV2AA3YkERmAQgP"
        "qvx9p4vJllH6p0W4IjjeD-Pz56exeT_Var0dD3PMM2PmTG2BH2nY&__tn__=%2CO%2CP-R"
    ]


def test_insights_inline_star_bullets_and_close_a_partners():
    doc = parse_data("learningplan/reverse_shop___closing_form.md")
    assert doc.insights == [
        "Incentivized product based rewards for up-cycling is the most promising",
        "Accessibility to recycling/up-cycling stations is extremely important",
        "Explanation of the full chain effect of recycling has positive impact",
        "Children are the ideal candidates in a post conflict setting for reviving "
        "recycling/up-cycling knowledge",
        "Parks are an interesting reflection of deep held beliefs about the value of "
        "recycling/up-cycling",
    ]
    assert doc.partners == [
        PartnerMention("Local Recycling Businesses", "civil_society"),
        # A unit with its parent is one name, never cut at " - ".
        PartnerMention("University of Aleppo - Environment Engineering Unit", "academia"),
        PartnerMention("Local Municipality in Aleppo", "government"),
    ]


def test_parse_close_b_insights_single_paragraph_is_one_insight():
    body = (
        "> What are the top key insights you generated about your learning challenge during "
        "this Action Learning Plan? (Please list a maximum of 5 key insights)\n\n"
        "We learned that 2 phases work. It took 3 months.\n"
    )
    doc = parse(plan_text(body))
    assert (doc.form, doc.insights) == (
        "close-b",
        ["We learned that 2 phases work. It took 3 months."],
    )


def test_insights_flattened_dash_list_keeps_lower_case_items_apart():
    text = (
        "# - SMEs are\n\n[[type:learningplan]]\n## Learnings on your challenge\n\n"
        "> What are the top 5 key insights you generated about your frontier challenge during "
        "this Action Learning Plan?\n\n"
        "- mSMEs are ready to transform to digital; - there is a lack of coordinated strategy; "
        "- there are lots of experts.\n"
    )
    assert parse(text).insights == [
        "mSMEs are ready to transform to digital",
        "there is a lack of coordinated strategy",
        "there are lots of experts.",
    ]


# -- heuristics, each with the example it exists for -------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "-\u00a0\u00a0 Listen first -\u00a0\u00a0 Then act",
            ["Listen first", "Then act"],
            id="flattened-dash-list-with-nbsp-runs",
        ),
        pytest.param(
            "- a participatory approach -Collective ownership",
            ["a participatory approach", "Collective ownership"],
            id="dash-glued-to-a-capital",
        ),
        pytest.param(
            "The approach includes 2 phases:\n- Listen\n- Act\nFirst insights are:\n- Trust\n"
            "- Time",
            (
                "The approach includes 2 phases:\n- Listen\n- Act\nFirst insights are:",
                ["Trust", "Time"],
            ),
            id="the-last-list-after-intros",
        ),
        pytest.param(
            "Local teams know\nthe problem best\nPartners need time",
            ["Local teams know the problem best", "Partners need time"],
            id="hard-wrapped-lower-case-continues",
        ),
        pytest.param(
            "Trust • Time · Money * Data",
            ["Trust", "Time", "Money", "Data"],
            id="inline-bullets",
        ),
        pytest.param("> 1. Quoted\n> 2. Lines", ["Quoted", "Lines"], id="quote-marks-dropped"),
        # The page's "Key insights" heading says what these say.
        pytest.param("Our Learnings: \n\n1.Trust\n\n2.Time", ["Trust", "Time"], id="list-heading"),
        pytest.param(
            "Top 5 lessons learned\n1. Trust\n2. Time", ["Trust", "Time"], id="numbered-heading"
        ),
        pytest.param("-\n(1) Trust (2) Time", ["Trust", "Time"], id="marker-without-item"),
        pytest.param(
            "Our learnings on waste:\n1. Trust\n2. Time",
            ("Our learnings on waste:", ["Trust", "Time"]),
            id="heading-saying-more-is-kept",
        ),
        pytest.param(
            "1.) Working with weather data helps.\n2.) Farmers are hit.",
            ["Working with weather data helps.", "Farmers are hit."],
            id="point-and-bracket",
        ),
    ],
)
def test_split_insights_reads_hand_written_lists(text, expected):
    assert split_insights(text) == (expected if isinstance(expected, tuple) else ("", expected))


@pytest.mark.parametrize(
    "text",
    [
        "This area was eventually not pursued, in part due to funding constraints.",
        "System not yet implemented. Held an inception meeting with selected consulting firm "
        "and Lilongwe City Council.",
        "We have not yet launched the campaign so do not have much learnings to report back on",
        "Due to the situation in Gaza that effected tourism in the region the experiment was "
        "postponed to 2024.",
        "The Learning cycle is still ongoing.",
        "This is being extended into 2024 due to delays caused by changes in partners for this "
        "activity.",
    ],
)
def test_a_status_note_is_no_insight(text):
    assert split_insights(text) == (text, [])


def test_a_long_answer_saying_the_cycle_stopped_keeps_its_insight():
    text = (
        "The pilot was postponed to 2024 because of the elections. Still, the interviews with "
        "the market vendors showed that most of them keep their savings in cash at home, that "
        "they trust the savings groups of their own market more than any bank, and that a "
        "digital wallet would have to be offered through those groups to be used at all."
    )
    assert split_insights(text) == ("", [text])


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # What a sentence names, numbered inside it: one insight.
        (
            "We generated scenarios on health reform in three scenarios: (1) global instability; "
            "(2) climate change; (3) digitalization of health data.",
            (
                "",
                [
                    "We generated scenarios on health reform in three scenarios: (1) global "
                    "instability; (2) climate change; (3) digitalization of health data."
                ],
            ),
        ),
        # A sentence announcing the findings: its items are insights, lower case or not.
        (
            "The findings suggest that there are several types of measures: 1. awareness "
            "raising campaigns 2. continuous cooperation 3. financial subsidies",
            (
                "The findings suggest that there are several types of measures:",
                ["awareness raising campaigns", "continuous cooperation", "financial subsidies"],
            ),
        ),
        # Items starting the answer: a list.
        (
            "1. farmers registered 2. data kept",
            ("", ["farmers registered", "data kept"]),
        ),
    ],
)
def test_a_numbered_run_inside_a_sentence_is_one_insight(text, expected):
    assert split_insights(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("1. Water in PET.\n\nbottles.\n\n2. Next one.", ["Water in PET. bottles.", "Next one."]),
        # An insight's own heading, and its lettered sub-items, keep their paragraphs.
        ("1. Climate impact:\n\nthe trees\n\n2. B", ["Climate impact:\n\nthe trees", "B"]),
        ("1. Measures\n\na) maps\n\n2. B", ["Measures\n\na) maps", "B"]),
    ],
)
def test_a_paragraph_in_lower_case_goes_on_the_one_above(text, expected):
    assert split_insights(text)[1] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "Partners matter.\n\n Timing is everything: start right.\n\n\nit's crucial to align.",
            ["Partners matter.", "Timing is everything: start right.", "it's crucial to align."],
            id="paragraph-after-a-sentence",
        ),
        pytest.param(
            "Partners matter.\n\nTiming is everything, with\n\nthe right process.",
            ["Partners matter.", "Timing is everything, with the right process."],
            id="paragraph-inside-a-sentence",
        ),
        pytest.param(
            "Partners matter.\n\nTiming is everything: start right.\nit's crucial to align.",
            ["Partners matter.", "Timing is everything: start right. it's crucial to align."],
            id="line-without-a-blank-line",
        ),
        pytest.param(
            "Partners matter.\n\nWe recycle bottles made of PET.\n\nbottles are sold.",
            ["Partners matter.", "We recycle bottles made of PET. bottles are sold."],
            id="after-an-abbreviation",
        ),
        pytest.param(
            "Partners matter.\n\nSee the blog.\n\nhttps://x.org/blog",
            ["Partners matter.", "See the blog. https://x.org/blog"],
            id="url-after-a-sentence",
        ),
    ],
)
def test_a_lower_case_paragraph_after_a_sentence_is_an_insight_of_its_own(text, expected):
    assert split_insights(text)[1] == expected
