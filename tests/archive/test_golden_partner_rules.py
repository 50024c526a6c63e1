"""Partners of plans a curator read blind beside their files (golden files under
tests/data/learningplan/golden/), one rule each: people are no partners; names glued together
are split; the new-and-unusual answer names partners; a class's members listed after "like"
are partners; a sector after a dash is not a unit of the name; an acronym alone is the name
declaring it."""

import pytest

from records.archive.organisations import is_person
from tests.factories import parse_data


def partners(name: str, folder: str = "learningplan/golden") -> dict[str, str]:
    return {p.name: p.sector for p in parse_data(f"{folder}/{name}").partners}


def test_people_are_no_partners():
    # "Majdi Al Yacoub is a member of the Jordanian Parliament who supports our efforts…"
    assert set(partners("tourism_in_madaba_through.md")) == {
        "Madaba Tourism Directorate",
        "Municipality of Greater Madaba",
        "Shabubna Ezwieh",
    }
    # "Robert Setordzi" ("We intend to give him the means…"), "Honorable Abla Dzifa Gomashie".
    assert partners("design__diversification_and_marketing_of_kente_products.md") == {
        "The Ghana Enterprise Agency (GEA)": "government"
    }


@pytest.mark.parametrize(
    ("name", "description", "expected"),
    [
        ("Majdi Al Yacoub", "Majdi Al Yacoub is a member of the Jordanian Parliament.", True),
        ("Robert Setordzi", "We intend to give him the means and technical assistance.", True),
        ("Prof Jana Klopcevska", "", True),
        ("Shabubna Ezwieh", "The non-profit organisation designs the exhibition.", False),
        ("Quilt AI", "She led the analysis.", False),
        ("Madaba Tourism Directorate", "He signed the agreement.", False),
    ],
)
def test_is_person(name, description, expected):
    assert is_person(name, description) is expected


def test_names_glued_together_are_split():
    # "Royal Civil Service Commission Public Service Delivery Division Gross National
    # Happiness Commission Local innovator"
    assert partners("experimenting_user_centric_service_rating_tool.md") == {
        "Royal Civil Service Commission": "government",
        "Public Service Delivery Division": "unknown",
        "Gross National Happiness Commission": "government",
    }
    transparency = partners(
        "transparency__social_dialogue__and_citizen_participation__closing_form.md"
    )
    # "National SDG Commission National Science and Technology Council (CONACYT)", and
    # "Ministry of Public Health and Social Welfare We…" (the next sentence's "We").
    assert {
        "National SDG Commission",
        "National Science and Technology Council (CONACYT)",
        "Ministry of Public Health and Social Welfare",
    } <= set(transparency)
    assert not [name for name in transparency if len(name.split()) > 8 or name.endswith(" We")]
    # "We worked with Ghana Innovation Hub Network and Widows & Orphans Movement (WOM). …
    # WOM is one of the innovators…": two organisations, the second once.
    ghana = partners(
        "_1__there_are_many_emerging_gaps_between_the_policymakers_and_people_on_the_.md",
        "learningplan",
    )
    assert {"Ghana Innovation Hub Network", "Widows & Orphans Movement (WOM)"} <= set(ghana)
    assert "WOM" not in ghana and "GEA" not in ghana


def test_the_new_and_unusual_answer_names_partners():
    # "Both Tesaireka Paraguay (TRP) and the National University of Itapua (UNI) were unusual
    # partners for UNDP."
    paraguay = partners("capacities_for_public_and_social_innovation_closing_form_2022.md")
    assert paraguay["National University of Itapua (UNI)"] == "academia"
    # "The Coca Cola Company was another unusual partner…"; never UNDP itself, nor "MOUs".
    transparency = partners(
        "transparency__social_dialogue__and_citizen_participation__closing_form.md"
    )
    assert transparency["Coca Cola Company"] == "private_sector"
    assert not {"UNDP", "MOU", "MOUs"} & set(transparency)


def test_the_members_of_a_class_listed_after_like_are_partners():
    # "Range of partners - ESOs like Makers Asylum, School of Social Entrepreneurs, Climate
    # Collective etc."
    assert {"Makers Asylum", "School of Social Entrepreneurs", "Climate Collective"} <= set(
        partners("sdg_innovation_and_entrepreneurship_hub__sieh_.md")
    )


def test_a_sector_after_a_dash_is_no_part_of_the_name():
    # "National Innovation Center, Ministry of Planning and Investment - Government"
    vietnam = partners(
        "public_sector_innovation_changemakers_journey__amp__playbook_for_civil_servants_.md"
    )
    assert vietnam["National Innovation Center, Ministry of Planning and Investment"] == (
        "government"
    )
    assert vietnam["Ministry of Home Affairs"] == "government"
    assert not [name for name in vietnam if name.endswith("- Government")]
