"""records.archive.blog_pages.undp: undp.org pages in several languages, read through `parse`."""

import pytest

from records.archive import Author, parse
from records.archive.blog_pages.undp import (
    _doc_meta_start,
    _drop_title,
    _strip_leading_date,
    _strip_marker,
)
from tests.factories import DATA, article, page_text, paragraphs, parse_file

BLOG = DATA / "blog"
PUBLICATIONS = DATA / "publications"


def test_spanish_page_drops_nav_teasers_and_footer():
    path = BLOG / "blog_ciencia_ciudadana_ambiental_en_argentina_el_mapeo_como_puesta_en_valor.md"
    title, body, authors = article(parse_file(path))
    assert title == "Ciencia ciudadana ambiental en Argentina: el mapeo como puesta en valor"
    # "Por Ma. Verónica Moreno - Jefa de Mapeo de Soluciones - AccLabPNUDArg @mveronicamoreno"
    assert authors == [
        Author(name="Ma. Verónica Moreno", role="Jefa de Mapeo de Soluciones, AccLabPNUDArg")
    ]
    paras = paragraphs(body)
    # The photo caption "Argentina tiene un ecosistema … Foto: Co-LAB Arg." is gone.
    assert paras[0].startswith("Construcción de conocimiento colectiva y abierta como principio")
    assert paras[-1] == "¡Queremos conocerlas! ¡Queremos conocerte! Sumáte."
    assert len(paras) == 12
    for text in (
        "Pasar al contenido principal",
        "QUIÉNES SOMOS",
        "7 DE DICIEMBRE DE 2021",
        "LEER MÁS",
        "PUBLICACIONES",
        "Con vos Fray",
        "Programa de las Naciones Unidas",
        "Términos de Uso",
        "© 2023",
    ):
        assert text not in body


def test_french_page_reads_auteurs_block():
    title, body, authors = article(
        parse_file(BLOG / "blog_cartographie_des_solutions_en_temps_de_covid-19.md")
    )
    assert title == "Cartographie des solutions en temps de COVID-19"
    assert authors == [
        Author("Assane Tchagam", "Head of Solution Mapping"),
        Author("Rachida Mani Kango", "Head of Exploration"),
        Author("Moustapha Sahirou Yacouba", "Head of Experimentation"),
    ]
    paras = paragraphs(body)
    assert paras[0] == "Scène de marché à Fabidji (Boboye)"
    assert paras[-1].endswith("fonctionné de jour comme de nuit, 24 /24")
    for text in ("Auteurs", "ASSANE TCHAGAM", "Aller au contenu principal", "NOUS CONNAÎTRE"):
        assert text not in body
    for text in ("LIRE LA SUITE", "Programme des Nations Unies", "Conditions d'utilisation"):
        assert text not in body


def test_content_marker_page_inline_author_and_no_marker():
    title, body, authors = article(
        parse_file(BLOG / "blog_citizen_science_building_collective_solutions.md")
    )
    assert title == "Citizen science: Building collective solutions"
    assert authors == [
        Author("Larissa Demel", "Head of Experimentation, UNDP Panama Accelerator Lab")
    ]
    paras = paragraphs(body)
    assert paras[0] == (
        "Citizen science contributes to the green recover by providing data on solid waste."
    )
    assert paras[1].startswith("In Panama, where scientific resources are scarce")
    assert paras[-1].startswith("Stay tuned for updates and if you have ideas")
    assert "--- content ---" not in body
    assert "May 7, 2021" not in body
    assert "Citizen science: Building collective solutions" not in body


def test_teaser_titles_in_upper_case_are_dropped():
    path = BLOG / "blog_the_accelerator_lab_in_jordan_reveals_the_beauty_of_madaba.md"
    title, body, _ = article(parse_file(path))
    assert title == "The Accelerator Lab in Jordan reveals the beauty of Madaba."
    paras = paragraphs(body)
    assert paras[0].startswith("Get ready to experience the adventure of a lifetime")
    # the article's own reading list stays, the teasers after it go
    assert paras[-1].startswith("Capturing the Tourist's Perspective")
    for text in ("ANTI-CORRUPTION SOUP ANYONE?", "Kumu: A Powerful Tool", "BLOG", "MAY 10, 2023"):
        assert text not in body


def test_boilerplate_skip_link_title_becomes_upper_breadcrumb():
    path = BLOG / (
        "blog_skip_to_main_content_home_belarus_building_smes_business_resilience_"
        "5_areas_of_support_small-_and_medium-sized.md"
    )
    title, body, authors = article(parse_file(path))
    assert title == "BUILDING SMES BUSINESS RESILIENCE: 5 AREAS OF SUPPORT"
    assert authors == []
    paras = paragraphs(body)
    assert paras[0].startswith("Small- and medium-sized enterprises (SMEs) account for 26.4%")
    assert paras[-1].startswith("Integrated approach applied by UNDP and partners")
    assert len(paras) == 20  # without the credit line "Photo: UNDP in Belarus"
    assert "BELARUS" not in body


def test_boilerplate_home_title_becomes_repeated_title():
    title, body, authors = article(parse_file(BLOG / "blog_home_libya_blogs_can.md"))
    assert title == (
        "Can Concrete Recycling Drive Sustainable Development Amidst Road Expansion in Tripoli?"
    )
    assert authors == [Author("Waad Hmida", "Head of Exploration - Accelerator Lab Libya")]
    paras = paragraphs(body)
    assert paras[0] == "Concrete debries resulted from ongoing road expansion projects UNDP"
    assert len(paras) == 3
    assert "Home" not in paras[0]


def test_publication_page_reads_metadata_authors_and_drops_chrome():
    path = PUBLICATIONS / "blog_a_toolkit_for_public_sector_innovators.md"
    title, body, authors = article(parse_file(path))
    assert title == "A Toolkit for Public Sector Innovators"
    assert body == ""
    assert authors == [
        Author("Geraldine Ithana", ""),
        Author("Omagano Kankondi", ""),
        Author("Yrika Maritz", ""),
    ]


# -- heuristics, each with the example it exists for -------------------------------------------

TOOLKIT_HEAD = [
    "Skip to main content",
    "Namibia",
    "WHO WE ARE",
    "WHAT WE DO",
    "Search",
    "HOME",
    "NAMIBIA",
    "PUBLICATIONS",
    "A TOOLKIT FOR PUBLIC SECTOR INNOVATORS",
    "Public Sector Innovation Toolkit pdf - Namibia",
    "PDF (1MB)",
    "DOWNLOAD",
    "A Toolkit for Public Sector Innovators",
    "OCTOBER 31, 2022",
]


@pytest.mark.parametrize(
    ("title", "lines", "expected"),
    [
        pytest.param(
            "Skip to main content",
            [*TOOLKIT_HEAD, "The toolkit helps.", "DOCUMENT TYPE", "Toolkit", "TOPICS", "Data"],
            ("A Toolkit for Public Sector Innovators", "The toolkit helps.", []),
            id="publication-english-pdf-download-title-date-metadata",
        ),
        pytest.param(
            "A Title Here",
            [
                "Home",
                "Kenya",
                "Blog",
                "A Title Here",
                "Author: Gina Lucarelli, UNDP Accelerator Lab Team Leader",
                "Body text of the article.",
            ],
            (
                "A Title Here",
                "Body text of the article.",
                [Author("Gina Lucarelli", "UNDP Accelerator Lab Team Leader")],
            ),
            id="author-line-near-the-top",
        ),
        pytest.param(
            "Home",
            ["Kenya", "Mapping informal markets", "Author", "Ana Djú", "Head of Exploration", "B."],
            (
                "Mapping informal markets",
                "B.",
                [Author("Ana Djú", "Head of Exploration")],
            ),
            id="country-title-author-block",
        ),
        pytest.param(
            "Write",
            [
                "Home",
                "Kenya",
                "Blog",
                "Mapping informal markets",
                "Mapping informal markets in Nairobi: a standfirst",
                "Body.",
            ],
            ("Mapping informal markets", "in Nairobi: a standfirst\n\nBody.", []),
            id="title-repeated-at-once-runs-into-the-standfirst",
        ),
        pytest.param(
            "Home Syria Blogs...",
            ["Home Syria Blogs", "The first paragraph."],
            ("Home Syria Blogs...", "The first paragraph.", []),
            id="breadcrumb-title-repeated-as-the-first-line",
        ),
    ],
)
def test_undp_page_heuristics(title, lines, expected):
    assert article(parse(page_text(title, lines))) == expected


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        pytest.param("Title Here Title Here The standfirst", "The standfirst", id="title-twice"),
        pytest.param("Title here: the standfirst", "the standfirst", id="title-once"),
        pytest.param("Other line", "Other line", id="no-title"),
    ],
)
def test_drop_title_removes_the_title_opening_a_line(line, expected):
    assert _drop_title(line, "titlehere") == expected


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        pytest.param("February 24, 2025 This is it", "This is it", id="month-day-year"),
        pytest.param("24 February 2025 This", "This", id="day-month-year"),
        pytest.param("This is it", "This is it", id="no-date"),
    ],
)
def test_strip_leading_date(line, expected):
    assert _strip_leading_date(line) == expected


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        pytest.param("--- Image caption ---", "", id="marker-alone"),
        pytest.param("A --- Image caption --- B", "A   B", id="marker-inside"),
        pytest.param("---", "---", id="rule-kept"),
    ],
)
def test_strip_content_markers(line, expected):
    assert _strip_marker(line) == expected


@pytest.mark.parametrize(
    ("lines", "expected"),
    [
        pytest.param(["Body", "DOCUMENT TYPE", "Guide", "TOPICS", "Data"], 1, id="upper-labels"),
        pytest.param(["Body", "Topics", "Data"], 3, id="weak-label-alone-is-text"),
    ],
)
def test_doc_meta_start_finds_the_metadata_block(lines, expected):
    assert _doc_meta_start(lines, 0, len(lines)) == expected
