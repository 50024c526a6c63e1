"""records.archive.blog_pages.extract_article on the seeds, real pages under tests/data and odd input."""

import html
import re
from pathlib import Path

import pytest

from records.archive import Author
from records.archive.blog_pages import extract_article
from tests.factories import DATA, SEEDS

BLOG = DATA / "blog"
PUBLICATIONS = DATA / "publications"

TAG_RE = re.compile(r"^\[\[([A-Za-z_]+):(.*)\]\]\s*$")
CHROME = (
    "Skip to main content",
    "WHO WE ARE",
    "READ MORE",
    "Report Fraud",
    "Terms of Use",
    "© 20",
    "--- content ---",
)


def page(path: Path) -> tuple[list[str], str]:
    """(lines after the header, title) the way the archive parser hands them over."""
    text = path.read_bytes().decode("utf-8").replace("\r\n", "\n").replace("\r", "\n")
    raw = text.split("\n")
    title = next((line[2:] for line in raw if line.startswith("# ")), "")
    last = -1
    for i, line in enumerate(raw):
        if TAG_RE.match(line) or line.startswith("[Original article published here]("):
            last = i
    lines = [html.unescape(line).replace("\xa0", " ") for line in raw[last + 1 :]]
    return lines, html.unescape(title).replace("\xa0", " ").strip()


def extract(path: Path) -> tuple[str, str, list[Author]]:
    lines, title = page(path)
    return extract_article(lines, title)


def seed(prefix: str) -> Path:
    return next(SEEDS.glob(f"{prefix}_*.txt"))


def paragraphs(body: str) -> list[str]:
    return body.split("\n\n")


# --- seeds ---------------------------------------------------------------------------------


def test_seed_003_title_is_kept():
    title, _, _ = extract(seed("003"))
    assert title == "More women and girls in Azerbaijan are getting involved in science"


def test_seed_003_authors_are_title_cased_with_roles():
    _, _, authors = extract(seed("003"))
    assert authors == [
        Author("Leyla Seyidzade", "Head of Exploration"),
        Author("Nargiz Guliyeva", "Head of Solutions Mapping"),
    ]


def test_seed_003_body_runs_from_standfirst_to_contact_line():
    _, body, _ = extract(seed("003"))
    paras = paragraphs(body)
    assert paras[0].startswith("as UNDP’s STEM mentorship programme continues building")
    assert paras[1].startswith("Only when women and girls are creators")
    assert paras[-1].endswith("then get in touch with us.")
    assert len(paras) == 20


def test_seed_003_body_has_no_nav_date_authors_or_footer():
    _, body, _ = extract(seed("003"))
    for text in CHROME + ("OCTOBER 13, 2022", "Authors", "LEYLA SEYIDZADE", "United Nations"):
        assert text not in body
    assert "MORE WOMEN AND GIRLS" not in body


def test_seed_003_numbered_list_lines_stay_paragraphs():
    _, body, _ = extract(seed("003"))
    numbered = [p for p in paragraphs(body) if p[:3] in ("1. ", "2. ", "3. ")]
    assert [p[:2] for p in numbered] == ["1.", "2.", "3."]


def test_seed_004_author_keeps_parentheses():
    title, _, authors = extract(seed("004"))
    assert title == "Join Community of Practices #STEM4ALL"
    assert authors == [
        Author(
            "Jenny Jenish Kyzy (Ensi Tszie)",
            "Head of Experimentation, Accelerator Lab Kyrgyzstan",
        )
    ]


def test_seed_004_body_has_no_chrome_or_teasers():
    _, body, _ = extract(seed("004"))
    for text in CHROME:
        assert text not in body
    assert "UNDP Kyrgyzstan empowers women in STEM to excel in the future of work" not in body
    assert "Untapped Nomad Values in Building a Sustainable Community" not in body
    assert "OCTOBER 12, 2021" not in body
    assert "JOIN COMMUNITY OF PRACTICES" not in body


def test_seed_004_body_starts_with_article_and_ends_with_contacts():
    _, body, _ = extract(seed("004"))
    paras = paragraphs(body)
    assert paras[0].startswith("To celebrate the\u202fInternational Day of the Girl Child")
    assert paras[-1] == "Jenny Jenish kyzy (Ensi Tszie), Accelerator Lab UNDP: ensi.tszie@undp.org"
    assert len(paras) == 23


# --- real pages ----------------------------------------------------------------------------


def test_spanish_page_drops_nav_teasers_and_footer():
    path = BLOG / "blog_ciencia_ciudadana_ambiental_en_argentina_el_mapeo_como_puesta_en_valor.md"
    title, body, authors = extract(path)
    assert title == "Ciencia ciudadana ambiental en Argentina: el mapeo como puesta en valor"
    assert authors == []
    paras = paragraphs(body)
    assert paras[0].startswith("Argentina tiene un ecosistema sumamente rico")
    assert paras[1] == (
        "Por Ma. Verónica Moreno - Jefa de Mapeo de Soluciones - AccLabPNUDArg @mveronicamoreno"
    )
    assert paras[-1] == "¡Queremos conocerlas! ¡Queremos conocerte! Sumáte."
    assert len(paras) == 14
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
    title, body, authors = extract(BLOG / "blog_cartographie_des_solutions_en_temps_de_covid-19.md")
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


def test_medium_page_title_author_and_chrome():
    path = BLOG / (
        "blog_write_sign_up_sign_in_accelerating_economic_diversification_in_azerbaijan_"
        "can_the_4th_industrial_revolution_help_undp.md"
    )
    title, body, authors = extract(path)
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
    title, body, authors = extract(path)
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
    assert extract_article(lines, "Write") == (
        "Mapping informal markets in Lagos",
        "Traders in Lagos keep their own records of every sale.\n\nWe mapped how they do it.",
        [],
    )


def test_content_marker_page_inline_author_and_no_marker():
    title, body, authors = extract(BLOG / "blog_citizen_science_building_collective_solutions.md")
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


def test_country_index_page_gives_empty_body():
    title, body, authors = extract(BLOG / "blog_home_syria_blogs_syria_blogs.md")
    assert title == "Home      Syria      Blogs          Syria   Blogs"
    assert body == ""
    assert authors == []


def test_teaser_titles_in_upper_case_are_dropped():
    path = BLOG / "blog_the_accelerator_lab_in_jordan_reveals_the_beauty_of_madaba.md"
    title, body, _ = extract(path)
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
    title, body, authors = extract(path)
    assert title == "BUILDING SMES BUSINESS RESILIENCE: 5 AREAS OF SUPPORT"
    assert authors == []
    paras = paragraphs(body)
    assert paras[0].startswith("Small- and medium-sized enterprises (SMEs) account for 26.4%")
    assert paras[-1].startswith("Integrated approach applied by UNDP and partners")
    assert len(paras) == 21
    assert "BELARUS" not in body


def test_boilerplate_home_title_becomes_repeated_title():
    title, body, authors = extract(BLOG / "blog_home_libya_blogs_can.md")
    assert title == (
        "Can Concrete Recycling Drive Sustainable Development Amidst Road Expansion in Tripoli?"
    )
    assert authors == [Author("Waad Hmida", "Head of Exploration - Accelerator Lab Libya")]
    paras = paragraphs(body)
    assert paras[0] == "Concrete debries resulted from ongoing road expansion projects UNDP"
    assert len(paras) == 3
    assert "Home" not in paras[0]


def test_pdf_publication_keeps_text_line_by_line():
    path = PUBLICATIONS / "blog_undp_uganda_-_women_and_climate_factsheet.md"
    title, body, authors = extract(path)
    assert title == "UNDP Uganda - Women and Climate Factsheet"
    assert authors == []
    paras = paragraphs(body)
    assert paras[:3] == ["UNDP UGANDA", "Women and", "Climate Action"]
    assert paras[-1] == "development."
    assert len(paras) == 148


def test_publication_page_reads_metadata_authors_and_drops_chrome():
    path = PUBLICATIONS / "blog_a_toolkit_for_public_sector_innovators.md"
    title, body, authors = extract(path)
    assert title == "A Toolkit for Public Sector Innovators"
    assert body == ""
    assert authors == [
        Author("Geraldine Ithana", ""),
        Author("Omagano Kankondi", ""),
        Author("Yrika Maritz", ""),
    ]


# --- synthetic pages -----------------------------------------------------------------------


def test_no_article_content_gives_empty_body():
    assert extract_article(["", "*No article content available.*", ""], "Untitled") == (
        "Untitled",
        "",
        [],
    )


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
    title, body, authors = extract_article(lines, "Home")
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
    _, body, authors = extract_article(lines, "Digital Platform for Farmers")
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
    title, body, authors = extract_article(lines, "Pasar al contenido principal")
    assert title == "Preguntas que nos desafían"
    assert [a.name for a in authors] == ["Mónica Ríos", "Cristhian Parra"]
    assert (
        body == "¿Qué desafíos enfrentamos para cerrar brechas y lograr más desarrollo sostenible?"
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
