"""records.archive.blog_pages.authors: author blocks and bylines."""

import pytest

from records.archive import Author, parse
from records.archive.blog_pages.authors import (
    _split_glued_role,
    has_role_word,
    inline_authors,
    make_author,
    meta_authors,
    name_like,
    parse_author_block,
    parse_byline,
)
from tests.factories import article, page_text


def test_upper_case_particles_are_lower_cased_inside_names():
    lines = [
        "Home",
        "Guinea-Bissau",
        "Blog",
        "A Title Here",
        "A Title Here",
        "March 3, 2022",
        "Author",
        "ISA BERGH LOPES DA COSTA",
        "Head of Experimentation, UNDP Accelerator Lab Guinea Bissau",
        "The first paragraph of the article is a sentence that runs on for a while.",
    ]
    title, body, authors = article(parse(page_text("Home", lines)))
    assert title == "A Title Here"
    assert authors == [
        Author(
            "Isa Bergh Lopes da Costa",
            "Head of Experimentation, UNDP Accelerator Lab Guinea Bissau",
        )
    ]
    assert body == "The first paragraph of the article is a sentence that runs on for a while."


def test_mixed_case_author_block_allows_names_without_roles():
    lines = [
        "Home",
        "Nepal",
        "Blog",
        "Digital Platform for Farmers",
        "Digital Platform for Farmers",
        "December 8, 2021",
        "Authors",
        "Purnima Bajracharya",
        "Head of Exploration, UNDP Accelerator Lab Nepal",
        "Suman Shekhar Manandhar",
        "Nishi Khatun",
        "UNDP Accelerator Lab in Nepal has closely been analyzing the trends and signals of "
        "COVID-19 impact in the country and its effects on farmers and cooperatives.",
    ]
    _, body, authors = article(parse(page_text("Digital Platform for Farmers", lines)))
    assert authors == [
        Author("Purnima Bajracharya", "Head of Exploration, UNDP Accelerator Lab Nepal"),
        Author("Suman Shekhar Manandhar", ""),
        Author("Nishi Khatun", ""),
    ]
    assert body.startswith("UNDP Accelerator Lab in Nepal has closely been analyzing")


def test_spanish_escrito_por_block_and_date():
    lines = [
        "Inicio",
        "Paraguay",
        "Blog",
        "Preguntas Que Nos Desafían",
        "Preguntas que nos desafían",
        "25 de Abril de 2025",
        "Escrito por",
        "Mónica Ríos",
        "Jefa de Exploración, Laboratorio de Aceleración PNUD Paraguay",
        "Cristhian Parra",
        "Jefe de Experimentación, Laboratorio de Aceleración PNUD Paraguay",
        "¿Qué desafíos enfrentamos para cerrar brechas y lograr más desarrollo sostenible?",
    ]
    title, body, authors = article(parse(page_text("Pasar al contenido principal", lines)))
    assert title == "Preguntas que nos desafían"
    assert [a.name for a in authors] == ["Mónica Ríos", "Cristhian Parra"]
    assert (
        body == "¿Qué desafíos enfrentamos para cerrar brechas y lograr más desarrollo sostenible?"
    )


# -- heuristics, each with the example it exists for -------------------------------------------


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        pytest.param("JENNY KYZY (ENSI TSZIE)", "Jenny Kyzy (Ensi Tszie)", id="upper-case-name"),
        pytest.param("ISA DA COSTA", "Isa da Costa", id="particle-lower-cased"),
        pytest.param("ANA I SILVA", "Ana I Silva", id="lone-i-is-an-initial"),
        pytest.param("Ana Djú", "Ana Djú", id="mixed-case-kept"),
    ],
)
def test_make_author_title_cases_upper_case_names(name, expected):
    assert make_author(name) == Author(expected)


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        pytest.param("Ana Djú", True, id="name"),
        pytest.param("Isa da Costa", True, id="particle-after-the-first-word"),
        pytest.param("dr. Ana Djú", True, id="prefix"),
        pytest.param("da Costa", False, id="particle-first"),
        pytest.param("The future of work", False, id="stopwords"),
        pytest.param("Ana Djú.", False, id="sentence-end"),
    ],
)
def test_name_like_recognises_mixed_case_names(line, expected):
    assert name_like(line) == expected


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        pytest.param("Co-founder", True, id="co-founder-is-co-and-founder"),
        pytest.param("Head of Exploration", True, id="head"),
        pytest.param("Ana Djú", False, id="a-name"),
    ],
)
def test_has_role_word_tells_job_titles(line, expected):
    assert has_role_word(line) == expected


@pytest.mark.parametrize(
    ("byline", "expected"),
    [
        pytest.param(
            "Ana Djú, Yrika Maritz and Omagano Kankondi",
            [Author("Ana Djú"), Author("Yrika Maritz"), Author("Omagano Kankondi")],
            id="a-name-b-name-and-c-name",
        ),
        pytest.param(
            "Ana Djú, Head of Exploration",
            [Author("Ana Djú", "Head of Exploration")],
            id="a-name-head-of-x",
        ),
        pytest.param(
            "Ana Djú, Head of Solutions Mapping, Learning and Community Manager",
            [Author("Ana Djú", "Head of Solutions Mapping, Learning and Community Manager")],
            id="role-goes-on-after-and",
        ),
    ],
)
def test_parse_byline_reads_names_and_roles(byline, expected):
    assert parse_byline(byline) == expected


@pytest.mark.parametrize(
    ("lines", "expected"),
    [
        pytest.param(
            ["Hanane Kaouane, Head of Experimentation, Accelerator Lab UNDP Algeria.", "Body."],
            (
                [Author("Hanane Kaouane", "Head of Experimentation, Accelerator Lab UNDP Algeria")],
                1,
            ),
            id="name-and-role-on-one-line",
        ),
        pytest.param(
            ["Ana Djú", "en: Head of Solutions Mapping", "tr: Çözüm Haritalama Başkanı", "Body."],
            ([Author("Ana Djú", "Head of Solutions Mapping / Çözüm Haritalama Başkanı")], 3),
            id="role-given-per-language",
        ),
    ],
)
def test_parse_author_block_reads_the_block(lines, expected):
    assert parse_author_block(lines, 0) == (*expected, "")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "Tayo AkinyemiVendors at Nakasero Market sell fresh food",
            ([Author("Tayo Akinyemi")], "Vendors at Nakasero Market sell fresh food"),
            id="caption-glued-on",
        ),
        pytest.param(
            "Gina Lucarelli, UNDP Accelerator Lab Team Leader",
            ([Author("Gina Lucarelli", "UNDP Accelerator Lab Team Leader")], ""),
            id="name-and-role",
        ),
    ],
)
def test_inline_authors_reads_an_author_line(text, expected):
    assert inline_authors(text) == expected


def test_split_glued_role_cuts_the_next_paragraph_off():
    role = "Head of Exploration, UNDP LabCitizen science is a way to gather data together"
    assert _split_glued_role(role) == (
        "Head of Exploration, UNDP Lab",
        "Citizen science is a way to gather data together",
    )


def test_meta_authors_splits_glued_names():
    assert meta_authors(["AUTHORS", "Ana DjúYrika Maritz"]) == [
        Author("Ana Djú"),
        Author("Yrika Maritz"),
    ]
