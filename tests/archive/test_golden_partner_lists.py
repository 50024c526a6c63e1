"""Partners of real plans (golden files under tests/data/learningplan/golden/) as a curator
signs them, one rule each: a comma list holding single-word names gives each name, places and
fields never; two spellings of one organisation in a plan are one partner; a name in the UN
answer that names a government body is the government's."""

import pytest

from records.archive.organisations import unit_of_named
from records.archive.partner_lists import split_names
from records.archive.places import place_or_field
from tests.factories import parse_data


def partners(name: str) -> dict[str, str]:
    return {p.name: p.sector for p in parse_data(f"learningplan/golden/{name}").partners}


def test_a_comma_list_of_single_word_names_gives_each_name():
    # "Ecoandina, 500RPM, REGOSH, among others."
    assert set(partners("action_plan_2022___renewable_energies.md")) >= {
        "Ecoandina",
        "500RPM",
        "REGOSH",
    }
    # "Grammarly, Retail Market, World of Communities, etc" among the private sector partners.
    found = partners(
        "inclusive_development_in_ukraine__employment__urban_transformation_and_long_term_policies_.md"
    )
    assert {
        name: found.get(name) for name in ("Grammarly", "Retail Market", "World of Communities")
    } == {
        "Grammarly": "private_sector",
        "Retail Market": "private_sector",
        "World of Communities": "private_sector",
    }


@pytest.mark.parametrize(
    "line",
    [
        # Places, and the fields or places a body's name goes on with, are no names.
        "Kathmandu, Lalitpur and Chandragiri",
        "Ministry of Land Management, Cooperatives and Poverty Alleviation",
        "Ministry of Small and Medium-Sized Enterprises, Economy and Social Handicraft",
        "Municipalities of Santa Rosa, Reyes and Riberalta",
        "Ministry of Labor, Employment and Social Security, Government, Project Counterpart",
    ],
)
def test_places_and_fields_keep_a_list_whole(line):
    assert split_names(line) == [line]


def test_a_body_s_place_after_it_is_no_partner():
    line = "Center for Food Technology and Research (CEFTER), Benue State University, Makurdi"
    assert "Makurdi" not in split_names(line)


@pytest.mark.parametrize(
    ("text", "expected"),
    [("Nepal", True), ("Cooperatives", True), ("Health", True), ("Grammarly", False)],
)
def test_place_or_field(text, expected):
    assert place_or_field(text) is expected


def test_two_spellings_of_one_name_are_one_partner():
    # "an NGO (Tesai Reka Paraguay)" among the civil society partners, "Both Tesaireka Paraguay
    # (TRP) and the National University of Itapua (UNI) were unusual partners".
    found = partners("capacities_for_public_and_social_innovation_closing_form_2022.md")
    assert [name for name in found if "paraguay" in name.casefold().replace(" ", "")] == [
        "Tesai Reka Paraguay"
    ]
    assert found["Tesai Reka Paraguay"] == "civil_society"


def test_a_government_body_in_the_un_answer_is_the_government_s():
    found = partners(
        "connecting_local_micro__small_and_medium_enterprises_in_the_tourism_sector.md"
    )
    assert found["Prime Minister's Office of Mauritius"] == "government"
    assert found["Mauritian Government"] == "government"
    assert found["International Organisation for Migration"] == "un"


def test_a_unit_and_its_parent_are_one_partner():
    # "Atal Innovation Mission, Niti Aayog": the mission and the body it belongs to.
    found = partners("sdg_innovation_and_entrepreneurship_hub__sieh_.md")
    assert "Atal Innovation Mission, Niti Aayog" in found
    assert not {"Atal Innovation Mission", "Niti Aayog"} & set(found)


@pytest.mark.parametrize(
    ("unit", "parent", "expected"),
    [
        ("Atal Innovation Mission", "Niti Aayog", True),
        ("Innovation Lab", "Nepal", False),  # a place
        ("Innovation Lab", "Makers Asylum Foundation", False),  # an organisation of its own
        ("Makers Asylum", "Niti Aayog", False),  # no unit
    ],
)
def test_unit_of_named(unit, parent, expected):
    assert unit_of_named(unit, parent) is expected
