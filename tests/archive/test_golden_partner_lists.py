"""Partners of real plans (golden files under tests/data/learningplan/golden/) as a curator
signs them, one rule each: a comma list holding single-word names gives each name, places and
fields never; two spellings of one organisation in a plan are one partner; a name in the UN
answer that names a government body is the government's."""

import pytest

from records.archive.organisations import distributed, unit_of_named
from records.archive.partner_lists import split_names
from records.archive.partner_prose import split_run
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


def test_the_subject_of_a_close_a_answer_glossed_or_declaring_its_acronym_is_a_partner():
    # "Local Alike (social enterprise) being key partner in organizing national workshops…"
    assert partners(
        "community_based_tourism__empowering_local_champions_for_sustainable_tourism_in_thailand.md"
    ) == {
        "Yala Rajabhat University": "academia",
        "Local Alike": "private_sector",
        "Designated Areas for Sustainable Tourism Administration (DASTA)": "government",
    }
    # "Poona Briquettes (worked with them to apply Theory U principles…)"
    found = partners(
        "we_focused_on_innovators_who_won_the_ghana_accelerator_lab_s_covid_19_innov_.md"
    )
    assert found["Poona Briquettes"] == "private_sector"
    # "Transportation for All (T4A) Accessibility is Freedom" among the civil society partners.
    found = partners(
        "bangkok_and_all_the_parts_of_thailand_still_lack_of_proper_accessibility_fo_.md"
    )
    assert found["Transportation for All (T4A)"] == "civil_society"


def test_the_names_listed_after_with_are_partners_without_their_places():
    # "…secured strategic partnerships with BTS Education (Kazakhstan), Business Incubator
    # (Tajikistan), IT Park (Uzbekistan), and Education Era (Ukraine)"; "All public and
    # private schools" and the lab's own "BalaTech" are none.
    found = partners(
        "frontier_challenge__making_digital_learning_inclusive_and_closing_the_digit_.md"
    )
    listed = ("BTS Education", "Business Incubator", "IT Park", "Education Era")
    assert {name: found.get(name) for name in listed} == dict.fromkeys(listed, "private_sector")
    assert not [name for name in found if "BalaTech" in name or "schools" in name.casefold()]


def test_the_organisation_engaged_through_is_a_partner():
    # "We engaged UX professionals from the local IT companies through R9 UX Community"
    found = partners("locals_governments_and_business_rely_on_outdated_maps.md")
    assert found["R9 UX Community"] == "private_sector"
    assert "IT" not in found and "UX" not in found


def test_a_class_of_actors_or_a_place_in_an_answer_names_no_partner():
    # "Local communities in Yala province in the south, and Sakon Nakhon province…"
    found = partners(
        "community_based_tourism__empowering_local_champions_for_sustainable_tourism_in_thailand.md"
    )
    assert not [name for name in found if "Sakon" in name or name.startswith("Local communities")]


def test_a_plural_head_over_two_places_names_a_body_for_each():
    # "City Administrations of Myrnograd and Chervonograd, Parliament of Ukraine"
    found = partners(
        "inclusive_development_in_ukraine__employment__urban_transformation_and_long_term_policies_.md"
    )
    bodies = ("City Administration of Myrnograd", "City Administration of Chervonograd")
    assert {name: found.get(name) for name in (*bodies, "Parliament of Ukraine")} == dict.fromkeys(
        (*bodies, "Parliament of Ukraine"), "government"
    )
    # "…there were two from La Plata and Buenos Aires Universities who oversaw…"
    found = partners("closing_action_plan_2022___citizen_science.md")
    assert found["La Plata University"] == found["Buenos Aires University"] == "academia"


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        ("Ministries of Health and Education", ["Ministry of Health", "Ministry of Education"]),
        ("Ministry of Health and Education", ["Ministry of Health and Education"]),
        (
            "District and Sub-district Hospital Authorities",
            ["District and Sub-district Hospital Authorities"],
        ),
    ],
)
def test_distributed(name, expected):
    assert distributed(name) == expected


def test_names_an_answer_gives_after_its_denial_and_two_names_joined_by_and():
    found = partners("bridging_the_financing_gap_for_women_and_youth_cross_border_traders.md")
    # "Not directly working with them on this particular innovation, but engagement with IOM
    # and UNCDF during the co-creation and scoping studies…"
    assert found["IOM"] == found["UNCDF"] == "un"
    # "…namely the Livingstone City Council, Immigration Department and Zambia Revenue
    # Authority": each side of the "and" ends as a name does.
    assert found["Immigration Department"] == found["Zambia Revenue Authority"] == "government"
    assert "Immigration Department and Zambia Revenue Authority" not in found


@pytest.mark.parametrize(
    ("run", "expected"),
    [
        ("Research Center and Innovation Hub", ["Research Center", "Innovation Hub"]),
        ("Department of Science and Technology", ["Department of Science and Technology"]),
        ("Trade and Investment Board", ["Trade and Investment Board"]),
    ],
)
def test_split_run_at_and_between_names_ended(run, expected):
    assert split_run(run) == expected
