"""The form's structure kept: group items under their question, labelled items, images, and no
pasted HTML in an answer. Golden files: real learning plans, with what a curator expects."""

import pytest

from records.archive import parse
from records.archive.items import labelled_items
from records.archive.markup import strip_markup
from tests.factories import parse_data, plan_text

QUANTITATIVE = "Quantitative evidence: What (official) data sources do you have on this challenge"
QUALITATIVE = "Qualitative evidence: What weak signals have you recently spotted"


def evidence(doc):
    return [
        (a.key, a.label, a.text)
        for a in doc.answers
        if a.key in ("quantitative_evidence", "qualitative_evidence") and a.text
    ]


def test_evidence_items_keep_their_question_and_an_image_group_without_prompt_is_kept():
    doc = parse_data(
        "learningplan/a_participatory_approach_to_amplify_behavioral_awareness_on_waste_management.md"
    )
    items = [a for a in doc.answers if a.group is not None and a.key.endswith("evidence")]
    assert [(a.key, a.group) for a in items] == [
        ("quantitative_evidence", 0),
        ("quantitative_evidence", 1),
        ("qualitative_evidence", 2),
    ]
    assert all(
        a.prompt.startswith(("Quantitative evidence: ", "Qualitative evidence: ")) for a in items
    )
    assert items[0].text.startswith("• It estimates that a person living in a city produces 500g")
    # The second group has no "> " line: only the uploaded picture, kept as it was written.
    assert items[1].text == (
        "![Missing alt text](https://undp-accelerator-labs.github.io/Archive_SDG_Commons_2023/"
        "blobs/learningplans/a99520a497105740471649cbaafd3860.png)"
    )
    # The empty answers of the two questions went: their items say it all.
    assert [a.key for a in doc.answers if a.key.endswith("evidence") and not a.text] == []
    assert not [a for a in doc.answers if not a.prompt]


def test_an_answer_repeating_its_own_label_loses_only_the_label():
    doc = parse_data(
        "learningplan/addressing_the_stem_leaky_pipeline__integrating_gender_equality_in_it_management.md"
    )
    assert [(key, label, text[:40]) for key, label, text in evidence(doc)] == [
        ("quantitative_evidence", "", "Women in Serbia make up 60% of STEM grad"),
        ("qualitative_evidence", "", "Weak signals include:\n\nPersistent glass "),
    ]


def test_labels_in_capitals_inside_a_line_split_it_into_labelled_items():
    doc = parse_data("learningplan/buy_proudly_swazi_campaign.md")
    (quantitative, qualitative) = evidence(doc)
    assert quantitative[:2] == ("qualitative_evidence", "Quantitative evidence")
    assert quantitative[2].startswith("The low contribution of MSME’s to employment creation")
    assert quantitative[2].endswith(
        "against the backdrop of low external investment inflow. "
        "https://www.uneca.org/storys/eca-sro-sa-supports-validation-"
        "draft-financing-model-micro-small-medium-enterprises-kingdom"
    )
    assert qualitative[:2] == ("qualitative_evidence", "Qualitative evidence")
    assert qualitative[2].startswith("SEDCO through its incubation facilities has several MSME’s")


def test_pasted_markup_escaped_many_times_leaves_the_links_alone():
    doc = parse_data(
        "learningplan/advancing_an_inclusive_and_circular_economy_in_belarus_through_regional_"
        "development_and_inclusion.md"
    )
    (links,) = [a.text for a in doc.answers if a.key == "blog_links"]
    assert "<" not in links and "&" not in links.split("?")[0]
    assert links.split("\n")[:3] == [
        "https://www.undp.org/belarus/stories/story-one-plastic-bottle",
        "",
        "https://www.undp.org/ru/belarus/speeches/rol-regionov-v-dostizhenii-cur-i-ikh-finansirovanii",
    ]
    assert doc.blog_urls[0] == "https://www.undp.org/belarus/stories/story-one-plastic-bottle"
    assert len(doc.blog_urls) == 5


def test_div_and_br_debris_in_an_evidence_item_become_line_breaks():
    doc = parse_data("learningplan/collective_intelligence_for_cliamte_action.md")
    assert evidence(doc)[1] == (
        "qualitative_evidence",
        "",
        "Link to video of local communities speaking on the positive impact of access to clean "
        "energy\nhttps://www.youtube.com/watch?v=G0JCL3UCYYQ",
    )


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        pytest.param("a<div><br></div>b", "a\n\nb", id="blocks-are-line-breaks"),
        pytest.param('<span lang="EN-US" style="x: "A",b">Hi</span>', "Hi", id="word-spans-go"),
        pytest.param("x &lt;div&gt;y&lt;/div&gt;", "x\ny", id="escaped-tags-go"),
        pytest.param("R&amp;D", "R&D", id="an-escape-left-over"),
        pytest.param("a<b and c>d", "a<b and c>d", id="a-comparison-is-no-tag"),
        pytest.param("?a=1&copy=2", "?a=1&copy=2", id="query-without-semicolon-kept"),
        pytest.param("[u<br>](u<br>)", "u", id="pasted-link-becomes-its-text"),
        pytest.param("[object HTMLDivElement]", "", id="a-script-object-goes"),
        pytest.param("See [object Object] [object x]", "See  [object x]", id="only-class-names"),
        pytest.param(
            '<a href="https://x.org/f">https://x.org/f</a> - a form',
            "https://x.org/f - a form",
            id="html-link-becomes-its-url",
        ),
        pytest.param(
            '<a target="_blank" href="https://x.org/f">the form</a>',
            "[the form](https://x.org/f)",
            id="html-link-with-words-becomes-a-markdown-link",
        ),
        pytest.param(
            'www. href="http://www.x.go.tz/" target="_blank">http://www.x.go.tz/',
            "http://www.x.go.tz/",
            id="link-cut-at-its-start-leaves-its-url",
        ),
        pytest.param(
            'x.org/a.pdf" target="_blank">https://cdn.x.org/a.pdf',
            "https://cdn.x.org/a.pdf",
            id="link-cut-in-its-address-leaves-its-url",
        ),
        pytest.param(
            'y.org/b.pdf" target="_blank">https://cdn.x.org/a.pdf',
            'y.org/b.pdf" target="_blank">https://cdn.x.org/a.pdf',
            id="another-address-is-kept",
        ),
    ],
)
def test_strip_markup(raw, expected):
    assert strip_markup(raw) == expected


def test_labelled_items_own_label_at_start_and_another_later():
    text = "Quantitative Evidence:\nA\nQualitative evidence - B\nC"
    assert labelled_items(text, "Quantitative evidence") == [
        ("", "A"),
        ("Qualitative evidence", "B\nC"),
    ]
    assert labelled_items("Our background: ok", "") == [("", "Our background: ok")]


def test_unnamed_prompt_inside_a_group_and_indented_heading():
    body = (
        f"> {QUANTITATIVE}?\n\n"
        '<div class="group">\n> \nFirst\n</div>\n<div class="group">\n> None\nSecond\n</div>\n'
        "  ## Challenge classification\n> Early leads to grow: what?\nLeads\n"
        "##Partners\n"
    )
    doc = parse(plan_text(body))
    assert [(a.section, a.key, a.text, a.group) for a in doc.answers] == [
        ("Title", "quantitative_evidence", "First", 0),
        ("Title", "quantitative_evidence", "Second", 1),
        ("Challenge classification", "early_leads", "Leads", None),
    ]


def test_the_answers_own_label_inside_it_is_the_writers_heading_not_an_item():
    # Five sub-headings ("1️-Behavioral Insights"), each with "Existing Data Gaps: …" and
    # "Value Added: …": one answer, each heading above its own lines.
    doc = parse_data(
        "learningplan/towards_a_plastic_free_future__a_learning_plan_for_sustainable_plant_"
        "production.md"
    )
    (gaps,) = [a for a in doc.answers if a.key == "data_gaps"]
    assert gaps.label == ""
    # A line wrapped after "the" is joined to the next (prose.join_wrapped_lines).
    assert gaps.text.startswith("In partnership with the University of Cape Verde (Uni-CV)")
    assert "2️- Campaign Implementers\n\nExisting Data Gaps: Uncertainty\nabout which" in gaps.text
    assert gaps.text.count("Existing Data Gaps:") == 5
    assert gaps.text.endswith("responsible plant production in Cape Verde.")


def test_the_answers_own_label_after_another_starts_its_item_again():
    text = "Intro.\nQuantitative evidence: figures\nQualitative evidence: signals\nmore"
    assert labelled_items(text, "Qualitative evidence") == [
        ("", "Intro."),
        ("Quantitative evidence", "figures"),
        ("Qualitative evidence", "signals\nmore"),
    ]
    assert labelled_items("Intro.\nQualitative evidence: signals", "Qualitative evidence") == [
        ("", "Intro.\nQualitative evidence: signals")
    ]


@pytest.mark.parametrize(
    ("written", "expected"),
    [
        ("Description: Strategic partner for AI.", "Strategic partner for AI."),
        ("Brief description- The current proposal…", "The current proposal…"),
        ("Description of the partnership: Joint pilots.", "Joint pilots."),
        ("Descriptions of work: see below", "Descriptions of work: see below"),
        ("Description:", "Description:"),
    ],
)
def test_a_partner_description_loses_the_forms_label(written, expected):
    body = (
        '<div class="group">\n> Please state the name of the partner:\n\nAcme Ltd\n</div>\n'
        '<div class="group">\n> Please provide a brief description of the collaboration.\n\n'
        f"{written}\n</div>\n"
    )
    doc = parse(plan_text(body))
    assert [a.text for a in doc.answers if a.key == "partner_description"] == [expected]
