"""records.archive.blog_pages.medium: Medium pages, line by line and flattened."""

import pytest

from records.archive import Author, parse
from records.archive.blog_pages.medium import _is_date as medium_date
from records.archive.blog_pages.medium import _split_publication as split_publication
from records.archive.blog_pages.medium import is_flat
from tests.factories import DATA, article, page_text, paragraphs, parse_file

BLOG = DATA / "blog"
PUBLICATIONS = DATA / "publications"


def test_medium_page_title_author_and_chrome():
    path = BLOG / (
        "blog_write_sign_up_sign_in_accelerating_economic_diversification_in_azerbaijan_"
        "can_the_4th_industrial_revolution_help_undp.md"
    )
    title, body, authors = article(parse_file(path))
    assert title == (
        "Accelerating economic diversification in Azerbaijan: "
        "can the 4th Industrial Revolution help?"
    )
    assert authors == [Author("Alessandro Fracassetti", "")]
    paras = paragraphs(body)
    assert paras[0].startswith("Azerbaijan, a resource rich economy, experienced an explosion")
    assert paras[-1].startswith("We feel the moment is right for UNDP’s global groundbreaking")
    assert len(paras) == 21
    for text in ("Sign up", "Follow", "5 min read", "Written by", "Medium", "Listen"):
        assert text not in body


def test_medium_flat_page_splits_title_byline_and_article():
    path = BLOG / (
        "blog_four_shades_of_blue_in_the_caribbeanundp_accelerator_labsfollow4_min_read_"
        "oct_16_2019--listenshareby_tamaisha_eytle.md"
    )
    title, body, authors = article(parse_file(path))
    assert title == "Four shades of blue in the Caribbean"
    assert authors == [
        Author("Tamaisha Eytle", "Program Officer"),
        Author("Miguel Guirao", "Eastern Caribbean Support Officer"),
    ]
    assert body.startswith("As you may have read in our last blog, for the emerging blue economy")
    assert body.endswith("You can follow him on Twitter.")
    assert "ListenShare" not in body
    assert "min read" not in body


def test_medium_page_without_paywall_drops_tags_and_claps():
    lines = [
        "Write",
        "Sign up",
        "Sign in",
        "Member-only story",
        "Mapping informal markets in Lagos",
        "UNDP Accelerator Labs",
        "·",
        "Follow",
        "4 min read",
        "·",
        "Jan 5, 2020",
        "12",
        "Listen",
        "Share",
        "Traders in Lagos keep their own records of every sale.",
        "We mapped how they do it.",
        "Informal Economy",
        "Nigeria",
        "12",
        "Written by UNDP Accelerator Labs",
        "1.2K Followers",
    ]
    assert article(parse(page_text("Write", lines))) == (
        "Mapping informal markets in Lagos",
        "Traders in Lagos keep their own records of every sale.\n\nWe mapped how they do it.",
        # The author box names the writer when the article has no byline.
        [Author(name="UNDP Accelerator Labs")],
    )


# -- heuristics, each with the example it exists for -------------------------------------------


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        pytest.param(
            "Agile mindsUNDP Accelerator LabsFollow7 min read·Apr 6, 2021--ListenShareBody",
            True,
            id="title-pub-follow-min-read-date-listen-share",
        ),
        pytest.param("A seven min read about things", False, id="prose"),
    ],
)
def test_is_flat_recognises_a_page_on_one_line(line, expected):
    assert is_flat(line) == expected


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        pytest.param("Apr 6, 2021", True, id="with-year"),
        pytest.param("Dec 29", True, id="this-year"),
        pytest.param("Dec", False, id="month-alone"),
    ],
)
def test_medium_date_under_the_headline(line, expected):
    assert medium_date(line) == expected


@pytest.mark.parametrize(
    ("head", "expected"),
    [
        pytest.param(
            "Agile minds in COVID-19UNDP Accelerator Labs",
            ("Agile minds in COVID-19", "UNDP Accelerator Labs"),
            id="undp-glued",
        ),
        pytest.param(
            "Four shades of blue in the CaribbeanUN Women Europe",
            ("Four shades of blue in the Caribbean", "UN Women Europe"),
            id="un-glued",
        ),
    ],
)
def test_split_publication_unglues_headline_and_publication(head, expected):
    assert split_publication(head) == expected


def test_flat_page_byline_glued_to_the_article_and_related_posts_after_it():
    line = (
        "Agile mindsUNDP Accelerator LabsFollow7 min read·Apr 6, 2021--ListenShareBy Ana Djú, "
        "Partnerships AdvisorInformal workers keep the city running. We end this piece.UNDP "
        "Accelerator LabsWhat we learned about markets4 min read·Apr 9, 2021"
    )
    assert article(parse(page_text("Write", [line]))) == (
        "Agile minds",
        "Informal workers keep the city running. We end this piece.",
        [Author("Ana Djú", "Partnerships Advisor")],
    )


def test_line_page_drop_cap_joined_to_its_word_and_byline_read():
    lines = [
        "Write",
        "Mapping markets",
        "UNDP Accelerator Labs",
        "Follow",
        "4 min read",
        "Jan 5, 2020",
        "Ana Djú,",
        "Head of Exploration",
        "T",
        "he Covid-19 pandemic changed markets.",
        "Written by UNDP Accelerator Labs",
    ]
    assert article(parse(page_text("Write", lines))) == (
        "Mapping markets",
        "The Covid-19 pandemic changed markets.",
        [Author("Ana Djú", "Head of Exploration")],
    )
