"""Partners as a curator audit expects them: organisations named in a list or a sentence each
recorded under their own name (not with the verb after them, a role, "among others" or the
class of actors before them), a team or members no organisation, a gloss correcting the
answer's sector, and no "n/a" among a plan's data sources."""

import pytest

from records.archive.document import Answer
from records.archive.partners import partners
from records.archive.tags import facet
from tests.factories import parse_data


def found(text: str, key: str = "partner_name") -> list[tuple[str, str]]:
    return [(p.name, p.sector) for p in partners([Answer("", "", key, text)], [])]


@pytest.mark.parametrize(
    ("key", "text", "expected"),
    [
        pytest.param(
            "partners_private_sector",
            "Blufu SARL provided the drones.",
            [("Blufu SARL", "private_sector")],
            id="name-then-verb",
        ),
        pytest.param(
            "partners_government",
            "We worked with the Municipality of Encarnación and the Municipality of Córdoba "
            "on the pilot.",
            [
                ("Municipality of Encarnación", "government"),
                ("Municipality of Córdoba", "government"),
            ],
            id="sentence-naming-two-city-governments",
        ),
        pytest.param(
            "partner_name",
            "E-Mar, AGC Green Tech and Nova Iskra",
            [("E-Mar", "unknown"), ("AGC Green Tech", "unknown"), ("Nova Iskra", "unknown")],
            id="list-ending-with-and",
        ),
        pytest.param(
            "partner_name",
            "Ministry of Labor and Social Security (MTESS), UNICEF and Pacific Community (SPC)",
            [
                ("Ministry of Labor and Social Security (MTESS)", "government"),
                ("UNICEF", "un"),
                ("Pacific Community (SPC)", "unknown"),
            ],
            id="and-inside-a-name-stays",
        ),
        pytest.param(
            "partners_private_sector",
            "We collaborated with E-Mar, a fishing company, and Nova Iskra, a creative hub.",
            [("E-Mar", "private_sector"), ("Nova Iskra", "private_sector")],
            id="names-glossed-in-a-sentence",
        ),
        pytest.param(
            "partners_academia",
            "We worked with E-Mar (Escola do Mar) on the training.",
            [("Escola do Mar (E-Mar)", "academia")],
            id="short-name-and-its-expansion",
        ),
        pytest.param(
            "partner_name",
            "Solution carriers such as Briquette du Kivu, MakalaBio",
            [("Briquette du Kivu", "unknown"), ("MakalaBio", "unknown")],
            id="class-of-actors-then-names",
        ),
        pytest.param("partner_name", "Hackathon Project Team", [], id="a-team"),
        pytest.param("partner_name", "Community members", [], id="members"),
        pytest.param("partners_un", "UN Country Team", [("UN Country Team", "un")], id="un-team"),
        pytest.param(
            "partner_name",
            "e-commerce Association of Serbia",
            [("E-commerce Association of Serbia", "civil_society")],
            id="lower-case-compound-starts-the-name",
        ),
        pytest.param("partner_name", "les secteurs privés", [], id="lower-case-phrase"),
    ],
)
def test_partners_named(key, text, expected):
    assert found(text, key) == expected


def test_a_list_of_names_ends_before_among_others():
    # "EcoAndina, 500RPM, La Caja Verde, EcoHouse, among others"
    plan = parse_data("cycles/opening_q1_2024___renewable_energy_.md")
    names = [p.name for p in plan.partners]
    assert names[:4] == ["EcoAndina", "500RPM", "La Caja Verde", "EcoHouse"]
    assert not [name for name in names if "among others" in name]


def test_a_partner_with_another_as_its_consultant_is_two():
    # "AGC Green Tech with Ebf Germany as consultant, AGC Green Tech APAC office"
    plan = parse_data("cycles/smart_solar_dryer_phase_2_scale_up.md")
    named = {p.name: p.description for p in plan.partners}
    assert "AGC Green Tech" in named
    assert named["Ebf Germany"].startswith("consultant")
    assert not [name for name in named if " with " in name]


def test_a_gloss_denying_the_answers_sector_gives_the_partners():
    # Among the UN partners: "GIZ (Not a UN agency, but a development partner) helped us…"
    plan = parse_data(
        "learningplan/_1__there_are_many_emerging_gaps_between_the_policymakers_and_people_on_the_.md"
    )
    assert {p.name: p.sector for p in plan.partners}["GIZ"] == "other"


def test_n_a_is_no_data_source():
    plan = parse_data("cycles/inception_of_a_digital_call_centre_system_with_waste_services.md")
    assert "n/a" not in [source.casefold() for source in plan.data_sources]
    assert facet(["n/a", "N/A", "None", "focus group", "No-till farming"], []) == [
        "focus group",
        "No-till farming",
    ]
