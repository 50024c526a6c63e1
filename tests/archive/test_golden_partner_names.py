"""Partner names a curator read beside their files (golden files under
tests/data/learningplan/golden/): two organisations joined by "&" are two partners."""

import pytest

from records.archive.partner_groups import two_names
from tests.factories import parse_data


def golden(name: str):
    return parse_data(f"learningplan/golden/{name}")


def names(doc) -> list[str]:
    return [p.name for p in doc.partners]


@pytest.mark.parametrize(
    ("run", "expected"),
    [
        ("OIM & Human Mobility Group", ["OIM", "Human Mobility Group"]),
        ("UNCDF and UN Pulse Lab", ["UNCDF", "UN Pulse Lab"]),
        # A class of actors or a field before a name's head: one name.
        ("SME & Entrepreneurship Agency", []),
        ("ICT & Innovation Hub", []),
        ("Johnson & Johnson", []),
        ("Research & Development Centre", []),
    ],
)
def test_two_names_splits_a_known_acronym_and_a_name_with_its_own_head(run, expected):
    assert two_names(run) == expected


def test_an_acronym_and_a_group_joined_by_ampersand_are_two_partners():
    # Name answer "OIM &amp; Human Mobility Group"; the description: "IOM and the Human
    # Mobility Group (GMH) facilitated the coordination of interviews…".
    doc = golden("active_listening__between_rivers_of_history_and_migration_paths.md")
    assert "OIM & Human Mobility Group" not in names(doc)
    assert {"OIM", "Human Mobility Group"} <= set(names(doc))
    described = {p.name: p.description for p in doc.partners}
    assert described["Human Mobility Group"].startswith("IOM and the Human Mobility Group (GMH)")


def test_two_un_entities_joined_by_and_in_a_sector_answer_are_two_partners():
    doc = golden(
        "implementing_the_enabling_co_programme__digitalization_innovation_and_smart_cities__disc__"
        "programme.md"
    )
    un = [p for p in doc.partners if p.description.startswith("UNCDF and UN Pulse Lab supported")]
    assert [(p.name, p.sector) for p in un] == [("UNCDF", "un"), ("UN Pulse Lab", "un")]
