"""Bylines in every form the archive uses, on real pages: the authors, and a body without them."""

import datetime

import pytest

from records.archive import Author
from records.archive.blog_pages.bylines import byline_authors
from tests.factories import DATA, article, paragraphs, parse_file

BLOG = DATA / "blog"


@pytest.mark.parametrize(
    ("name", "authors", "first"),
    [
        pytest.param(
            "blog_stay_hungry_stay_foolish.md",
            [Author("Rozita Singh"), Author("Swetha Kolluri"), Author("Dr. Krishnan S. Raghavan")],
            "What happens when you get passion, energy and diversity in the same room?",
            id="by-names",
        ),
        pytest.param(
            "blog_uganda_natural_resource_information_system_naris_utilizing_data_for_natural"
            "_resource_management.md",
            [
                Author("Hadijah Nabbale", "Head of Solutions Mapping"),
                Author("Ashley Prigent", "Communications Specialist"),
            ],
            "The United Nations Development Programme (UNDP) Uganda Accelerator Lab",
            id="by-name-role-and-name-role",
        ),
        pytest.param(
            "blog_skip_to_main_content_home_eswatini_a_universal_access_to_quality_standards_for"
            "_all_farming_remains_the_backbone_of.md",
            [Author("Nontobeko Mlangeni", "Head of Solutions Mapping")],
            "Farming remains the backbone of Eswatini economy",
            id="by-name-dash-role",
        ),
        pytest.param(
            "blog_wastex_lab_chasing_the_zerowaste_ambition.md",
            [
                Author(
                    "Peter Nyanda",
                    "Team Lead and Head of Exploration, UNDP Accelerator Lab Tanzania",
                )
            ],
            # The photo caption and its credit above the article are gone.
            "I dream of our vast deserts, of our forests",
            id="written-by",
        ),
        pytest.param(
            "blog_une_immersion_aupr_s_des_acteurs_du_secteur_informel_au_congo_l_ethnographie"
            "_des_m_canismes_financiers_basiques.md",
            [Author("Matt SEINZOR", "Responsable de la Cartographie, AccLab Congo")],
            # "Crédits Photo : Acclab CongoLe PNUD au Congo…": the credit glued on is gone.
            "Le PNUD au Congo s’emploie",
            id="par",
        ),
        pytest.param(
            "blog_semilla_r_ga_y_el_activismo_de_las_mujeres_que_permea.md",
            [
                Author("Crishtian Parra"),
                Author("Mónica Ríos"),
                Author("Gustavo Setrini"),
                Author("Sady Sarquis"),
                Author("Denise Genit"),
            ],
            "Semilla Roga",
            id="por-colon",
        ),
        pytest.param(
            "blog_single-use_plastic_free_workspaces_it_is_possible.md",
            [
                Author("Arijana Drinić"),
                Author("Amina Omićević", "UNDP Accelerator Lab Bosnia and Herzegovina"),
            ],
            "Single Use Plastic",
            id="co-authors",
        ),
        pytest.param(
            "blog_partnerships_driving_e-commerce_development_for_informal_sector.md",
            [
                Author("Hadijah Nabbale", "Head of Solutions Mapping"),
                Author("Deborah Naatujuna", "Head of Exploration"),
                Author("Berna Mugema", "Head of Experimentation"),
            ],
            "Whether creating internal partnerships between colleagues",
            id="semicolons-and-a-last-and",
        ),
        pytest.param(
            "blog_write_sign_up_sign_in_in_every_crisis_lies_an_opportunity_covid-19_is_"
            "triggering_a_digital_healthcare_revolution_in.md",
            [
                Author(
                    "Dr. Nabil Seyidov",
                    "Head of Health Policy and Planning Department, Public Health and Reforms "
                    "Center, Ministry of Health of the Republic of Azerbaijan",
                ),
                Author("Sandra Ismanovski", "Communications Specialist Azerbaijan"),
            ],
            "The Covid-19 pandemic has alerted governments",
            id="a-role-naming-departments-after-and",
        ),
    ],
)
def test_byline_gives_authors_and_leaves_the_body(name, authors, first):
    _title, body, found = article(parse_file(BLOG / name))
    assert found == authors
    assert paragraphs(body)[0].startswith(first)
    assert byline_authors(paragraphs(body)[0]) is None


def test_medium_author_box_and_reading_time_date():
    name = (
        "blog_write_sign_up_sign_in_2020_what_an_unprecedented_and_disruptive_year_that_was"
        "_undp_kenya_follow_11_min_read_apr.md"
    )
    doc = parse_file(BLOG / name)
    # "Written by UNDP KENYA" after the article; the [[date:]] tag is the 1970 placeholder.
    assert doc.authors == [Author("UNDP Kenya")]
    assert (doc.published_on, doc.year) == (datetime.date(2021, 4, 6), 2021)


def test_publication_lead_authors_block():
    doc = parse_file(
        DATA
        / "publications"
        / "blog_a_closer_look_at_informal_popular_transportation_an_emerging_portrait.md"
    )
    assert doc.authors == [
        Author("Julia Nebrija", "Global Network for Popular Transportation/Agile City Partners"),
        Author(
            "Andrea San Gil Leon", "Global Network for Popular Transportation/Agile City Partners"
        ),
        Author(
            "Greg Lindsay",
            "Senior Fellow for Applied Research and Foresight, New Cities Foundation",
        ),
        Author("Nicolas Morales", "Consultant, Agile City Partners"),
    ]


@pytest.mark.parametrize(
    "line",
    [
        "Por qué las limpiezas de playas son una tragedia",
        "By 2030, empower and promote the social, economic inclusion of all",
        "by the end of the reporting period, medical equipment was delivered",
        "Byron Bay hosted the workshop",
        "Parallel sessions ran all day",
    ],
)
def test_sentences_are_not_bylines(line):
    assert byline_authors(line) is None


@pytest.mark.parametrize(
    ("line", "authors"),
    [
        (
            "Author: Julieta Massango, Head of ExplorationCo-Author: Cleophas Torori, Deputy "
            "Resident RepresentativeCo-Author: Mario Chilundo, Head of Experimentation",
            [
                Author("Julieta Massango", "Head of Exploration"),
                Author("Cleophas Torori", "Deputy Resident Representative"),
                Author("Mario Chilundo", "Head of Experimentation"),
            ],
        ),
        (
            "By: Head of Exploration – Fathimath Lahfa, Head of Solutions Mapping – Khady Hamid "
            "and Head of Experimentation – Hussain Rasheed",
            [
                Author("Fathimath Lahfa", "Head of Exploration"),
                Author("Khady Hamid", "Head of Solutions Mapping"),
                Author("Hussain Rasheed", "Head of Experimentation"),
            ],
        ),
        (
            "Authored by Lillian Njoro/ Head of Experimentation - Accelerator Lab Kenya",
            [Author("Lillian Njoro", "Head of Experimentation, Accelerator Lab Kenya")],
        ),
        (
            "WRITTEN BY: Accelerator Lab Zimbabwe AUTHORS: Shamiso Ruzvidzo, Sharleen Moyo and "
            "Gift Ntuli",
            [Author("Shamiso Ruzvidzo"), Author("Sharleen Moyo"), Author("Gift Ntuli")],
        ),
        ("By Accelerator Lab Timor-Leste Team & Alex Ray", [Author("Alex Ray")]),
        ("By Accelerator Lab, UNDP Bangladesh", [Author("Accelerator Lab, UNDP Bangladesh")]),
    ],
)
def test_every_person_of_a_byline_is_an_author_with_their_own_role(line, authors):
    assert byline_authors(line) == (authors, "")
