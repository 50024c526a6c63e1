"""Pages read beside the record a curator expects of them: bylines glued to captions and
articles, signatures, affiliations, credits, title leftovers and publication metadata."""

import pytest

from records.archive import Author
from records.archive.blog_pages import extract_article
from records.archive.blog_pages.bylines import byline_authors
from tests.factories import DATA, article, paragraphs, parse_file

BLOG = DATA / "blog"


@pytest.mark.parametrize(
    ("name", "authors", "first", "last"),
    [
        pytest.param(
            "blog_caminos_de_siembra_mapeo_de_soluciones_de_base_como_herramienta_para_adaptaci"
            "_n_al_cambio_clim_tico.md",
            [
                Author(
                    "Gabriela González Lucha",
                    "Head of Exploration, Laboratorio de Aceleración PNUD El Salvador",
                )
            ],
            "En el marco de",
            "para afrontar el cambio climático y minimizar sus consecuencias.",
            id="por-glued-to-role-affiliation-and-article",
        ),
        pytest.param(
            "blog_digitally_re_inventing_tourism_in_cabo_verde.md",
            [Author("Vladimir Fonseca", "Head of Experimentation Accelerator Lab Cabo Verde")],
            "What does an app for sharing",
            "We wish a rapid recover and much better 2021!",
            id="author-name-role-without-comma-glued-to-article",
        ),
        pytest.param(
            "blog_we_are_creating_champions_le_parcours_d_un_cr_ateur_du_changement_l_accelerator"
            "_lab_du_pnud_en_alg_rie.md",
            [
                Author(
                    "Hanane Kaouane",
                    "Responsable de l’expérimentation. Accelerator Lab. PNUD Algérie",
                )
            ],
            "Cérémonie de clôture du Big Final-Algeria Startup Challenge 2020",
            "",
            id="auteur-glued-to-a-caption",
        ),
        pytest.param(
            "blog_navegando_a_complexidade_dos_mercados_urbanos_informais_em_angola.md",
            [
                Author(name, "Laboratório de Aceleração do PNUD em Angola")
                for name in ("Daniela Lima", "Judite da Silva", "Alberto K. Hungulo")
            ],
            "Nos últimos quatro meses",
            "tais como os sistemas dos mercados urbanos.",
            id="closing-signature-names-and-team",
        ),
        pytest.param(
            "blog_si_quieres_innovar_aprende_a_bicicletear.md",
            [
                Author(
                    "Paola Constantino",
                    "Head of Solutions Mapping, Laboratorio de Aceleración, PNUD Guatemala",
                )
            ],
            "Manejando bicicleta en Guatemala",
            "para encontrar mejores formas de gestionar nuestros residuos.",
            id="closing-block-affiliation-lines-and-gallery-captions",
        ),
        pytest.param(
            "blog_pandemi_ve_hayalet_mekanlar.md",
            [Author("Gülşah Eker", "Head of Solutions Mapping / Çözüm Haritalama Yöneticisi")],
            "UNDP Hızlandırma Laboratuvarı",
            "",
            id="role-in-two-languages",
        ),
    ],
)
def test_audited_page_authors_and_article_ends(name, authors, first, last):
    _title, body, found = article(parse_file(BLOG / name))
    assert found == authors
    paras = paragraphs(body)
    assert paras[0].startswith(first)
    assert paras[-1].endswith(last)


@pytest.mark.parametrize(
    ("name", "debris"),
    [
        pytest.param(
            "blog_caminos_de_siembra_mapeo_de_soluciones_de_base_como_herramienta_para_adaptaci"
            "_n_al_cambio_clim_tico.md",
            ["Por:", "LuchaHead", "El SalvadorEl compromiso"],
            id="byline",
        ),
        pytest.param(
            "blog_we_are_creating_champions_le_parcours_d_un_cr_ateur_du_changement_l_accelerator"
            "_lab_du_pnud_en_alg_rie.md",
            ["Auteur", "HANANE KAOUANE"],
            id="auteur",
        ),
        pytest.param(
            "blog_navegando_a_complexidade_dos_mercados_urbanos_informais_em_angola.md",
            ["© AccLabAO", "Visão geral do mini-portfólio", "Daniela Lima"],
            id="copyright-captions-and-signature",
        ),
        pytest.param(
            "blog_si_quieres_innovar_aprende_a_bicicletear.md",
            ["PNUD Guatemala/ Paola Constantino", "Barranco zona 10", "ecoLogicStudio\n"],
            id="credit-line-and-gallery",
        ),
        pytest.param(
            "blog_saliklakbay_series_the_wizards_of_quiapo_a_solutions_mapping_adventure.md",
            ["Photo by Jonathan Hodder"],
            id="photo-by",
        ),
        pytest.param(
            "blog_the_value_of_foresight_in_development_and_beyond.md",
            ["Photo by Joshua Sortino on Unsplash"],
            id="photo-by-on-unsplash",
        ),
        pytest.param(
            "blog_digitally_re_inventing_tourism_in_cabo_verde.md",
            ["Author:", "Cabo VerdeWhat"],
            id="author-line",
        ),
    ],
)
def test_audited_page_body_keeps_no_debris(name, debris):
    _title, body, _authors = article(parse_file(BLOG / name))
    for text in debris:
        assert text not in body


def test_subtitle_after_a_title_ending_in_a_mark_keeps_no_mark():
    _title, body, _authors = article(parse_file(BLOG / "blog_mind_the_trust_gap.md"))
    assert paragraphs(body)[0] == (
        "Proposed experiment for enhancing people's trust in public institutions"
    )


def test_publication_metadata_with_a_long_value_line_is_left_out():
    doc = parse_file(
        DATA / "publications" / "blog_de_cerca_inclusi_n_financiera_y_soluciones_territoriales.md"
    )
    paras = paragraphs(doc.body)
    assert paras[-1] == "clave para que estas funcionen."
    assert "OBJETIVOS DE DESARROLLO SOSTENIBLE" not in doc.body
    assert "Objetivo 1 |" not in doc.body


def test_a_long_byline_naming_several_people_after_stops_gives_no_folded_role():
    line = (
        "By Ramiz Uddin, PhD, Head of Experimentation, UNDP Accelerator Lab, Bangladesh.Sangita "
        "Paul, Research Officer, UNDP Research Facility, Bangladesh.Samiha Sima, Experimentation "
        "and Innovation Analyst" + "Seaweed farming is a growing source of income. " * 10
    )
    assert byline_authors(line) is None


@pytest.mark.parametrize(
    ("below", "role"),
    [
        ("PNUD Guatemala", "Head of Solutions Mapping, PNUD Guatemala"),
        ("Photo: UNDP Uzbekistan", "Head of Solutions Mapping"),
        ("FRIDAYS AT THE LAB", "Head of Solutions Mapping"),
    ],
)
def test_an_affiliation_line_goes_on_the_role_a_credit_or_heading_does_not(below, role):
    lines = ["Author", "Farida Ahmatiy", "Head of Solutions Mapping,", below, "Body. " * 40]
    _title, _body, authors = extract_article(lines, "A title")
    assert authors == [Author("Farida Ahmatiy", role)]
