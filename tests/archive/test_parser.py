"""parse: whole documents (seeds and real files of each kind) and the promise never to raise."""

import datetime

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from records.archive import parse, sniff_type
from tests.factories import parse_data, parse_seed


def test_seed_plan_header_fields():
    doc = parse_seed("000")
    assert (doc.type, doc.form, doc.year, doc.focal_point) == (
        "learningplan",
        "start",
        2023,
        "leyla.seyidzade@undp.org",
    )
    assert doc.locations == [("Azerbaijan", "40.28911896407594,47.54211129052379")]
    assert doc.sdgs == [5, 8, 9]
    assert doc.methods == ["System Thinking", "Sensemaking", "Proof of concept", "Crowdsourcing"]
    assert doc.data_sources == ["press", "trend watchers news", "solutions mapping"]
    assert doc.warnings == []


def test_seed_blog_header_fields():
    doc = parse_seed("003")
    assert (doc.type, doc.title, doc.year, doc.published_on) == (
        "blog",
        "More women and girls in Azerbaijan are getting involved in science",
        2022,
        datetime.date(2022, 10, 13),
    )
    assert doc.source_url == (
        "https://www.undp.org/azerbaijan/blog/more-women-and-girls-azerbaijan-are-getting-"
        "involved-science"
    )
    assert doc.countries == ["Azerbaijan"]
    assert (doc.answers, doc.insights, doc.partners, doc.warnings) == ([], [], [], [])


def test_plan_header_only_has_no_answers():
    doc = parse_data("learningplan/facilitating_community_ownership_of_development_initiatives.md")
    assert (doc.type, doc.form, doc.title, doc.year, doc.countries) == (
        "learningplan",
        "",
        "Facilitating Community Ownership of Development Initiatives",
        2023,
        ["Nigeria"],
    )
    assert (doc.answers, doc.insights, doc.partners, doc.warnings) == ([], [], [], [])


def test_publication_header_fields():
    doc = parse_data("publications/blog_3_6_project.md")
    assert (doc.type, doc.title, doc.source_url, doc.countries) == (
        "publications",
        "3*6 project",
        "https://www.undp.org/jordan/publications/36-project",
        ["Jordan"],
    )
    assert doc.warnings == ["year 1970 is a placeholder: ignored"]


FRAGMENTS = st.sampled_from(
    [
        "[[type:learningplan]]",
        "[[type:blog]]",
        "[[country:Chad]]",
        "[[latlng:1,2]]",
        "[[sdgs:x]]",
        "[[date:1 MAI 1970]]",
        "[[year:abc]]",
        "[[ai_summary:open",
        "[[type:",
        "]]",
        "# ",
        "# Title…",
        "## ",
        "## Partners",
        "> ",
        "> None",
        "> Please state the name of the partner:",
        "> What are the top 5 key insights",
        "> If applicable, what academic partners",
        '<div class="group">',
        "</div>",
        "&amp;amp;",
        "&nbsp;",
        "&#2;",
        "1. a 2. b",
        "- ",
        "(CSO) - x",
        "\r",
        "\r\n",
        "\n",
        "\xa0",
        "\u2028",
        "![](data:image/png;base64,AAAA)",
    ]
)


FORMAT_LIKE = st.lists(st.one_of(FRAGMENTS, st.text(max_size=8)), max_size=40).map("".join)


@pytest.mark.slow  # fuzz
@settings(max_examples=300, deadline=None)
@given(st.text())
def test_parse_never_raises_on_any_text(text):
    doc = parse(text, "x.md")
    assert not [w for w in doc.warnings if w.startswith("internal error")]


@pytest.mark.slow  # fuzz
@settings(max_examples=500, deadline=None)
@given(FORMAT_LIKE)
def test_parse_never_raises_on_format_like_text(text):
    doc = parse(text, "x.md")
    assert not [w for w in doc.warnings if w.startswith("internal error")]
    assert sniff_type(text) == doc.type
