"""Partners a curator signs: organisations named in prose recorded, their sector from the name,
groups and fragments left out, glued names split, a unit kept with its parent and a name never
cut at " - " or "(" (real plans, then each rule on strings)."""

import pytest

from records.archive.organisations import names_one, unit_and_parent, whole_name
from records.archive.partners import mentions_in, partner_lines
from records.archive.sectors import decisive_sector
from tests.factories import parse_data


def partners(name: str) -> list[tuple[str, str]]:
    return [(p.name, p.sector) for p in parse_data(f"learningplan/{name}").partners]


def test_sector_from_the_name_not_the_answer_it_sits_in():
    assert partners(
        "1__using_new_data_sources_brought_a_lot_of_interest_from_the_government_sid_.md"
    ) == [
        ("Open Map Development", "civil_society"),
        ("State University of Zanzibar", "academia"),
        ("Zanzibar Tourism Commission", "government"),
        # Named among the government partners, an association by its name.
        ("Zanzibar Tour Operators Association", "civil_society"),
        ("UNWTO", "un"),
    ]


def test_close_a_prose_answers_name_their_organisations():
    assert partners("from_waste_to_energy.md")[-1] == ("Commune I Town Hall", "government")
    assert partners(
        "closing_of_learning_cycle__behavioural_insights_for_youth_enterpraneurship.md"
    )[:2] == [
        ("SIMAD university", "academia"),  # "The academic partner was SIMAD university"
        ("Behavioural Insights Team (BIT)", "private_sector"),
    ]
    assert ("FAO", "un") in partners(  # "Avec la FAO, nous partageons…"
        "les_conflits_communautaires_tirent_leurs_origines_de_l_insuffisance_des_ter_.md"
    )


def test_articles_groups_and_lower_case_fragments_are_no_partners():
    assert partners("digitalisation_des_actes_d__tat_civil.md") == [
        ("Collectivité territorial (Mairies)", "unknown"),
        ("Ministère de la décentralisation", "government"),
        ("Ministère de la santé", "government"),  # written "ministère de la santé"
        ("Ministère de la justice", "government"),
        # "startups": a class of actors.
    ]
    assert partners(
        "lutter_contre_la_d_forestation___travers_l_utilisation_de_la_dronotique__la_.md"
    ) == [
        ("Ministère des Eaux et Forets", "government"),  # "le Ministère des Eaux et Forets"
        ("SKT AERO SHUTTER", "unknown"),
        # "l'institut national Polytechnique…" is a lower-case phrase; "les bloggers et
        # influenceurs professionnels de Cote d'Ivoire" a group.
    ]


def test_two_organisations_glued_by_and_are_two():
    assert partners("preventing_and_responding_to_gender_based_violence_and_femicides.md")[:2] == [
        ("UN Women", "un"),
        ("UNFPA", "un"),
    ]


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        pytest.param(
            "geoai_platform_for_monitoring_air_pollution_hotspots.md",
            ("Rights Lab, Nottingham University", "academia"),
            id="unit-comma-parent",
        ),
        pytest.param(
            "urban_transformation_of_public_spaces_in_bosnia_and_herzegovina.md",
            ("Faculty of Architecture, University of Sarajevo", "academia"),
            id="faculty-comma-university",
        ),
        pytest.param(
            "testing_the_development_of_a_local_certification_scheme_for_agro_processed_"
            "products_closing_form.md",
            ("Ministry of Commerce Industry and Trade - SME Unit", "government"),
            id="ministry-dash-unit-not-the-ministry-alone",
        ),
        pytest.param(
            "digital_transformation_and_digital_financial_inclusion_in_trinidad_and_toba_.md",
            ("Trinidad and Tobago Government - Ministry of Digital Transformation", "government"),
            id="government-dash-ministry",
        ),
        pytest.param(
            "carbon_monitoring_and_offset_feasibility_study___closing.md",
            ("Forest Research Institute Malaysia (FRIM)", "academia"),
            id="acronym-dash-expansion",
        ),
    ],
)
def test_a_name_is_never_cut_from_its_unit_parent_or_expansion(name, expected):
    assert expected in partners(name)


def test_the_description_never_holds_the_rest_of_the_name():
    doc = parse_data(
        "testing_the_development_of_a_local_certification_scheme_for_agro_processed_"
        "products_closing_form.md".join(("learningplan/", ""))
    )
    unit = next(p for p in doc.partners if p.name.endswith("SME Unit"))
    assert unit.description.startswith("As the government department responsible")


# -- the rules on strings --------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "sector", "expected"),
    [
        pytest.param(
            "We partnered with Bahir Dar university to run the workshops.",
            "civil_society",
            [("Bahir Dar university", "academia")],
            id="lower-case-head-word",
        ),
        pytest.param("Blufu SARL", "government", [("Blufu SARL", "private_sector")], id="sarl"),
        pytest.param(
            "We worked with Open Map Development Tanzania to map the city.",
            "civil_society",
            [("Open Map Development Tanzania", "civil_society")],
            id="a-long-run-after-with",
        ),
        pytest.param(
            "We worked with the municipality in North Macedonia.",
            "government",
            [],
            id="a-place-after-in-is-no-partner",
        ),
        pytest.param(
            "Municipality of Bissau",
            "academia",
            [("Municipality of Bissau", "government")],
            id="municipality-among-academic-partners",
        ),
        pytest.param(
            "Ministry of ICT and Innovation and City of Kigali",
            "government",
            [("Ministry of ICT and Innovation", "government"), ("City of Kigali", "government")],
            id="glued-names",
        ),
        pytest.param(
            "Rights Lab, University of Nottingham",
            "unknown",
            [("Rights Lab, University of Nottingham", "academia")],
            id="unit-and-parent",
        ),
        pytest.param(
            "Ministry of Health (Department of Public Health) - data sharing",
            "unknown",
            [("Ministry of Health (Department of Public Health)", "government")],
            id="unit-in-parentheses",
        ),
        pytest.param(
            "For the loop on health agents we partnered with an NGO (Tesai Reka Paraguay) "
            "founded by local peasant movements.",
            "civil_society",
            [("Tesai Reka Paraguay", "civil_society")],
            id="name-in-a-gloss-after-its-sector",
        ),
        pytest.param(
            "Our partners included Soluciones Ecológicas, a recycling and sustainable waste "
            "management company, and the local Coca-Cola Bottling company.",
            "private_sector",
            [
                ("Soluciones Ecológicas", "private_sector"),
                ("Coca-Cola Bottling company", "private_sector"),
            ],
            id="apposition-and-lower-case-company",
        ),
        pytest.param("les secteurs privés", "private_sector", [], id="group-in-lower-case"),
        pytest.param("La société civile", "civil_society", [], id="sector-with-article"),
        pytest.param("diaspora", "unknown", [], id="lower-case-word"),
        pytest.param("// N A", "un", [], id="n-a-behind-slashes"),
        pytest.param("Local NGOs", "civil_society", [], id="class-of-actors"),
        pytest.param(
            "Universities such as Bahir Dar University, with their STEM departments",
            "academia",
            [("Bahir Dar University", "academia")],
            id="class-of-actors-naming-one",
        ),
    ],
)
def test_mentions_in_answers(text, sector, expected):
    found = [m for line in partner_lines(text) for m in mentions_in(line, sector)]
    assert [(m.name, m.sector) for m in found] == expected


@pytest.mark.parametrize(
    ("first", "second", "expected"),
    [
        ("Rights Lab", "University of Nottingham", True),
        ("Ministry of Foreign Affairs", "General Direction of Communities", True),
        ("Government of New Zealand", "Department of Internal Affairs", True),
        ("Ministry of Education", "Ministry of Health", False),
        ("UNDP", "UNICEF", False),
        ("Spices Board India", "Ministry of Commerce", False),
    ],
)
def test_unit_and_parent(first, second, expected):
    assert unit_and_parent(first, second) is expected


@pytest.mark.parametrize(
    ("name", "rest", "expected"),
    [
        ("FRIM", "Forest Research Institute Malaysia", "Forest Research Institute Malaysia (FRIM)"),
        ("Ministry of Trade", "SME Unit", "Ministry of Trade - SME Unit"),
        ("UNWTO", "Provided insights on tourism", ""),
        ("Office of the Prime Minister", "Introduced inclusive innovation / Ministry of ICT", ""),
    ],
)
def test_whole_name(name, rest, expected):
    assert whole_name(name, rest) == expected


@pytest.mark.parametrize(
    ("name", "said", "expected"),
    [
        ("Association of Municipalities of Mali", "government", "government"),
        ("Association of Municipalities of Mali", "academia", "government"),
        (
            "Federation of Neighborhood Councils of the Government of La Paz",
            "civil_society",
            "civil_society",
        ),
        ("Ghana Enterprises Agency", "government", "unknown"),  # no word settles it
        ("UN Women", "government", "un"),
    ],
)
def test_decisive_sector(name, said, expected):
    assert decisive_sector(name, said) == expected


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        ("Ministère de la santé", True),
        ("ministère de la santé", True),
        ("iSpani", True),
        ("innovation ministry", False),
        ("Private sector", False),
        ("Universities in each province", False),
        ("Government Stakeholders", False),
        ("Hunger relief services across the country", False),
        ("Innovation hubs across the country", False),
        ("PTF", False),
        ("Different actors in the food supply chain", False),
        ("More than 30 partners from privates sector", False),
        ("Various social innovators and enterprises in CE", False),
        ("Key Innovators Network", True),
        ("Partenaires techniques et financiers", False),
    ],
)
def test_names_one(name, expected):
    assert names_one(name) is expected
