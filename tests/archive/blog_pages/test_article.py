"""records.archive.blog_pages: the article of the seed blogs and of index and PDF pages.

Pages are read through `parse`, so the reader sees exactly the lines the importer hands it;
the last tests hold the reader's own contract on input the parser never gives.
"""

import pytest

from records.archive import Author, parse
from records.archive.blog_pages import extract_article
from tests.factories import DATA, article, page_text, paragraphs, parse_file, seed_path

BLOG = DATA / "blog"
PUBLICATIONS = DATA / "publications"
CHROME = (
    "Skip to main content",
    "WHO WE ARE",
    "READ MORE",
    "Report Fraud",
    "Terms of Use",
    "© 20",
    "--- content ---",
)


def seed_article(number: str) -> tuple[str, str, list[Author]]:
    return article(parse_file(seed_path(number)))


def test_seed_003_title_is_kept():
    title, _, _ = seed_article("003")
    assert title == "More women and girls in Azerbaijan are getting involved in science"


def test_seed_003_authors_are_title_cased_with_roles():
    _, _, authors = seed_article("003")
    assert authors == [
        Author("Leyla Seyidzade", "Head of Exploration"),
        Author("Nargiz Guliyeva", "Head of Solutions Mapping"),
    ]


def test_seed_003_body_runs_from_standfirst_to_contact_line():
    _, body, _ = seed_article("003")
    paras = paragraphs(body)
    assert paras[0].startswith("as UNDP’s STEM mentorship programme continues building")
    assert paras[1].startswith("Only when women and girls are creators")
    assert paras[-1].endswith("then get in touch with us.")
    assert len(paras) == 20


def test_seed_003_body_has_no_nav_date_authors_or_footer():
    _, body, _ = seed_article("003")
    for text in CHROME + ("OCTOBER 13, 2022", "Authors", "LEYLA SEYIDZADE", "United Nations"):
        assert text not in body
    assert "MORE WOMEN AND GIRLS" not in body


def test_seed_003_numbered_list_lines_stay_paragraphs():
    _, body, _ = seed_article("003")
    numbered = [p for p in paragraphs(body) if p[:3] in ("1. ", "2. ", "3. ")]
    assert [p[:2] for p in numbered] == ["1.", "2.", "3."]


def test_seed_004_author_keeps_parentheses():
    title, _, authors = seed_article("004")
    assert title == "Join Community of Practices #STEM4ALL"
    assert authors == [
        Author(
            "Jenny Jenish Kyzy (Ensi Tszie)",
            "Head of Experimentation, Accelerator Lab Kyrgyzstan",
        )
    ]


def test_seed_004_body_has_no_chrome_or_teasers():
    _, body, _ = seed_article("004")
    for text in CHROME:
        assert text not in body
    assert "UNDP Kyrgyzstan empowers women in STEM to excel in the future of work" not in body
    assert "Untapped Nomad Values in Building a Sustainable Community" not in body
    assert "OCTOBER 12, 2021" not in body
    assert "JOIN COMMUNITY OF PRACTICES" not in body


def test_seed_004_body_starts_with_article_and_ends_with_contacts():
    _, body, _ = seed_article("004")
    paras = paragraphs(body)
    # The page's narrow no-break space is a space once the parser has cleaned the text.
    assert paras[0].startswith("To celebrate the International Day of the Girl Child")
    assert paras[-1] == "Jenny Jenish kyzy (Ensi Tszie), Accelerator Lab UNDP: ensi.tszie@undp.org"
    assert len(paras) == 23


def test_country_index_page_gives_empty_body():
    title, body, authors = article(parse_file(BLOG / "blog_home_syria_blogs_syria_blogs.md"))
    # The title block runs over the "..." line; its runs of spaces are collapsed.
    assert title == "Home Syria Blogs Syria Blogs ..."
    assert body == ""
    assert authors == []


def test_pdf_publication_keeps_text_line_by_line():
    path = PUBLICATIONS / "blog_undp_uganda_-_women_and_climate_factsheet.md"
    title, body, authors = article(parse_file(path))
    assert title == "UNDP Uganda - Women and Climate Factsheet"
    assert authors == []
    paras = paragraphs(body)
    assert paras[:3] == ["UNDP UGANDA", "Women and", "Climate Action"]
    assert paras[-1] == "development."
    assert len(paras) == 148


def test_no_article_content_gives_empty_body():
    assert article(parse(page_text("Untitled", ["", "*No article content available.*", ""]))) == (
        "Untitled",
        "",
        [],
    )


def test_given_title_is_returned_unchanged_when_not_boilerplate():
    lines = ["Home", "Kenya", "Blog", "Another Title", "Another Title", "Body text."]
    title, body, _ = extract_article(lines, "  My Own Title  ")
    assert title == "  My Own Title  "
    assert body.endswith("Body text.")


@pytest.mark.parametrize(
    "lines",
    [
        None,
        [],
        [""],
        ["   ", "\t"],
        [None, 3, "Author"],
        ["Write"],
        ["Skip to main content"],
        ["Author", "Authors", "AUTHOR"],
        ["United Nations", "Development Programme"],
        ["READ MORE", "READ MORE"],
        "a string, not a list",
    ],
)
def test_extract_never_raises_on_odd_input(lines):
    title, body, authors = extract_article(lines, "Skip to main content")
    assert isinstance(title, str)
    assert isinstance(body, str)
    assert isinstance(authors, list)


def test_extract_keeps_huge_lines_as_paragraphs():
    lines = ["Skip to main content", "Kenya", "HOME", "KENYA", "A TITLE", "A title"]
    lines += ["word " * 3500] * 400 + ["United Nations", "Development Programme", "© 2023 X"]
    _, body, _ = extract_article(lines, "A title")
    assert body.count("\n\n") == 399


def test_header_lines_handed_over_by_mistake_are_skipped():
    lines = [
        "Georgia",
        "WHO WE ARE",
        "TBILISI AND...",
        "[Original article published here](https://www.undp.org/georgia/blog/x)",
        "[[year:2021]]",
        "Skip to main content",
        "Georgia",
        "WHO WE ARE",
        "HOME",
        "GEORGIA",
        "BLOG",
        "TBILISI AND BATUMI: HUBS OF HOUSEHOLD WASTE RECYCLING",
        "This blog introduces readers to the journey the Accelerator Lab Georgia is about to take.",
        "United Nations",
        "Development Programme",
        "© 2023 United Nations Development Programme",
    ]
    title, body, _ = extract_article(
        lines, "Skip to main content Georgia WHO WE ARE TBILISI AND..."
    )
    assert title == "TBILISI AND BATUMI: HUBS OF HOUSEHOLD WASTE RECYCLING"
    assert body == (
        "This blog introduces readers to the journey the Accelerator Lab Georgia is about to take."
    )
