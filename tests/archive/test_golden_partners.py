"""Partners of plans and closing reports a curator read blind beside their files (golden files
under tests/data/learningplan/golden/), as the curator expects them: every organisation the
file names, under its whole name, in the sector the file says, with the description the file
gives it; no unit of the lab's own country office, no sentence, no name list as a
description."""

import pytest

from records.archive.partner_prose import partners_in_prose
from records.archive.sector_statements import stated_sector
from tests.factories import parse_data


def partners(name: str) -> dict[str, str]:
    return {p.name: p.sector for p in parse_data(f"learningplan/golden/{name}").partners}


def described(name: str) -> dict[str, str]:
    return {p.name: p.description for p in parse_data(f"learningplan/golden/{name}").partners}


def test_sectors_the_file_states():
    assert partners("gender_foresight.md") == {
        "National Gender Commission under the Senate": "government",
        # "Yuksalish - National Movement": the words after the dash are the name's.
        "Yuksalish - National Movement": "civil_society",
        # "The Agency for Youth Affairs is a government organization…"
        "The Youth Affairs Agency": "government",
    }
    assert partners(
        "learning_about_how_can_generative_ai_contribute_to_improving_quality_education_and"
        "_research_to_imp_.md"
    ) == {"DASTUDY": "private_sector"}  # "DASTUDY: a Cameroonian startup specialised in AI"
    assert partners(
        "closing_form__portfolio_of_experiments_on_how_to_perform_consultations_with_indigenous"
        "_communities_.md"
    ) == {"National Institute of the Indigenuos Peoples of Mexico": "government"}
    youth = partners("improve_youth_employment_through_entrepreneurship.md")
    # A state agency, though it "provides insights from the private sector".
    assert youth["Small and Medium Enterprises Development Agency (SMEDA)"] == "government"


def test_named_organisations_are_kept():
    # "eurolatina" / "Eurolatina fue la empresa contratada…"; "La cooperativa La Canasta…"
    assert partners(
        "dise_ar_y_probar_productos_clim_ticos_para_mejorar_la_toma_de_decisiones_locales_en"
        "_respuesta_al_c_.md"
    ) == {"La Canasta Campesina": "civil_society", "Eurolatina": "private_sector"}
    # "Ministry of Health. We: (1) wrote an introduction…; (2) carried out…"
    cut_short = described("we_had_to_cut_short_the_frontier_challenge_due_to.md")
    assert cut_short["Ministry of Health"].startswith("We: (1) wrote an introduction")
    tunisia = "sustain_the__tunisia_innovation_network_.md"
    assert partners(tunisia) == {
        "University of Jendouba": "academia",
        "University of Monastir": "academia",
        "University of Sousse": "academia",
        "Direction des politiques publiques à la présidence du gouvernement": "government",
        "Maarifa for Transition": "unknown",
    }
    shared = described(tunisia)["University of Jendouba"]
    assert shared.startswith("Universities play a pivotal role")
    assert set(described(tunisia).values()) == {shared}


def test_angola_report_partners():
    assert partners(
        "a_portfolio_and_a_database_with_socio_economic_data_from_more_than_30_000_market"
        "_vendors.md"
    ) == {
        "APROVMEL": "civil_society",
        "LBC": "private_sector",
        # "We also consulted/interviewed Progest Angola, an architecture/planning company"
        "Progest Angola": "private_sector",
        # Listed with the government actors, though named in the private sector answer.
        "Municipal Administrations": "government",
        "MAT": "government",
        "WHO": "un",
        "UNV": "un",
        # "Within the CO we activelly worked with Governance Unit…": no "Governance Unit" or
        # "Inclusive Growth Unit".
    }


def test_a_name_list_is_no_description():
    namibia = described(
        "digital_legal_identity_governance_in_namibia__creating_a_whole_of_society.md"
    )
    assert len(namibia) == 4
    assert {d[:60] for d in namibia.values()} == {
        "The Accelerator Lab reached out to the Chief Digital Office "
    }
    laos = described("scaling_up_and_testing_workable_solutions_for_food_packaging_waste.md")
    assert set(laos.values()) == {
        "There will be multi dimensional collaboration at system level with the above stakeholders."
    }


def test_gloss_naming_the_parent_stays_with_the_name_and_a_deed_is_no_name():
    south_africa = described("success_of_start_up_innovation_businesses_.md")
    agency = "The Technology Innovation Agency (part of the Department of Science and Innovation)"
    assert south_africa[agency].startswith("provided financial resources and technical knowledge")
    trinidad = "the_socioeconomic_climate_in_trinidad_and_tobago_is_primed_for_work_in_gbv__.md"
    assert partners(trinidad) == {
        "The Andrea Project": "private_sector",
        "TTWeSafe": "private_sector",
        "UN Women": "un",
    }
    assert described(trinidad)["TTWeSafe"] == "Discussions and investigation of TTWeSafe."


@pytest.mark.parametrize(
    ("name", "description", "expected"),
    [
        ("X", "X is a non-profit organization that promotes…", "civil_society"),
        ("X", "An advisory firm. X was a startup once.", "private_sector"),
        ("X", "It is an organization working with youth.", "unknown"),
        ("La Y", "La cooperativa La Y fue nuestro socio.", "civil_society"),
        ("Z", "Z is a Business School.", "unknown"),
        ("Reinventa", "Reinventa is a youth organization that focuses on…", "civil_society"),
        (
            "PedidosYa",
            "PedidosYa is the biggest food and goods delivery company of…",
            "private_sector",
        ),
        # The sentence is about another partner, or the company is no kind said.
        ("Youth of Samoa", "Think Sea Corp is the Japanese company that applied…", "unknown"),
        ("ODC", "ODC was new. What makes them special is the company's interest…", "unknown"),
        ("Go Teddy", "2. Go Teddy, a local start-up who provides services", "private_sector"),
        ("Oceanic Global", "Oceanic Global, Private Sector: Co-development of…", "private_sector"),
        (
            "BNSI",
            "Barbados National Standards Institution, Government & Private Sector: …",
            "government",
        ),
    ],
)
def test_stated_sector(name, description, expected):
    assert stated_sector(name, description) == expected


def test_one_sentence_on_a_partner_names_no_more_partners():
    # "Spices Board, Ministry of Commerce, Government of India  Spices Board is one of the five
    # Commodity Boards functioning under the Ministry of Commerce & Industry. … The main
    # Functions of the Spices Board … Both UNDP and Spices Board entered into a partnership…"
    farmers = "_1000_farmers__500_chili_and_500_turmeric_farmers_from_prakasam_and_guntur__.md"
    assert partners(farmers) == {
        "GS1 India": "civil_society",
        "NEC Corporation": "private_sector",
        "Spices Board": "government",
    }
    assert described(farmers)["Spices Board"].startswith(
        "Spices Board, Ministry of Commerce, Government of India Spices Board is one of"
    )


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The NWEC works under the aegis of the Ministry of Gender with us.",
            ["NWEC"],
        ),
        (
            "Acme Foundation trains youth. The main Functions of the Acme Foundation are two.",
            ["Acme Foundation"],
        ),
        (
            "We worked with Reaktor, University of Helsinki, and Reaktor & University of Helsinki.",
            ["University of Helsinki"],
        ),
        ("We met the Ministry of Health and UNICEF.", ["Ministry of Health", "UNICEF"]),
        # A parent's name is cut only at a word's end: GIZ is not the GIZAR Foundation.
        ("Acme Ltd sits under the GIZAR Foundation; we also met GIZ.", ["Acme Ltd", "GIZ"]),
        # Who its members are makes another body.
        (
            "Chamber of Commerce as a knowledge partner. We plan with Women Chamber of Commerce.",
            ["Chamber of Commerce", "Women Chamber of Commerce"],
        ),
    ],
)
def test_partners_in_prose_leave_out_context(text, expected):
    assert partners_in_prose(text) == expected
