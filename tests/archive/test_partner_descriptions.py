"""A group set's description answer shared among its partners: an item to the partner it
names, and a single partner's description without its own name at its start."""

import pytest

from records.archive.document import Answer
from records.archive.partner_descriptions import without_own_name
from records.archive.partners import parse_partner
from records.archive.partners import partners as read_partners


def group(names: str, description: str) -> list[Answer]:
    return [
        Answer("Partners", "name", "partner_name", names),
        Answer("Partners", "description", "partner_description", description),
    ]


def test_each_partner_takes_the_item_of_the_description_naming_it():
    found = read_partners(
        group(
            "American Councils, Scouts Association, and Urbanist AI",
            "We worked with various organizations:\n\n- With Urbanist AI we re-designed the "
            "heat islands\n\n- with American Councils we conducted a research\n\n- with Scouts "
            "Association we geotagged the fountains",
        )
    )
    assert {p.name: p.description for p in found} == {
        "American Councils": "with American Councils we conducted a research",
        "Scouts Association": "with Scouts Association we geotagged the fountains",
        "Urbanist AI": "With Urbanist AI we re-designed the heat islands",
    }


def test_items_naming_two_partners_leave_the_description_whole():
    text = "- Acme Foundation and Beta Labs built it\n- Beta Labs ran it"
    found = read_partners(group("Acme Foundation, Beta Labs", text))
    assert {p.description for p in found} == {
        "- Acme Foundation and Beta Labs built it - Beta Labs ran it"
    }


@pytest.mark.parametrize(
    ("description", "name", "expected"),
    [
        (
            "1. Bangladesh Tourism Board - Being one of the top collaborators.",
            "Bangladesh Tourism Board",
            "Being one of the top collaborators.",
        ),
        ("3. TOAB Inc (TOAB) - As TOAB works…", "TOAB Inc", "As TOAB works…"),
        ("CREA Consultores: CREA is a firm.", "crea consultores", "CREA is a firm."),
        ("Acme - ", "Acme", "Acme - "),
        ("Acme helps farmers.", "Acme", "Acme helps farmers."),
    ],
)
def test_a_description_does_not_open_on_its_partner_s_name(description, name, expected):
    assert without_own_name(description, name) == expected


def test_a_pasted_list_run_together_is_one_partner_an_item():
    found = read_partners(group("-    Acme Board (AB) -     Beta Commission -    Gamma Lab.", ""))
    assert [p.name for p in found] == ["Acme Board (AB)", "Beta Commission", "Gamma Lab"]
    # A dash between words with one space is no bullet.
    assert [p.name for p in read_partners(group("Acme Board - Beta unit", ""))] == ["Acme Board"]


@pytest.mark.parametrize(
    ("line", "name", "description"),
    [
        (
            "Head of Toktogul district administration (Jalal-Abad region) - launch of the platform",
            "Head of Toktogul district administration (Jalal-Abad region)",
            "launch of the platform",
        ),
        ("Regional Health Bureau (Oromia Region)", "Regional Health Bureau (Oromia Region)", ""),
        (
            "Issykkul State University named after K.Tynystanov",
            "Issykkul State University named after K.Tynystanov",
            "",
        ),
        (
            "CONATEL (government entity for telecommunication)",
            "CONATEL",
            "government entity for telecommunication",
        ),
    ],
)
def test_a_region_or_a_namesake_stays_in_the_name(line, name, description):
    mention = parse_partner(line, "unknown")
    assert (mention.name, mention.description) == (name, description)
