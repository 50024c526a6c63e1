"""records.archive.sectors: the sector a partner's words or name give away."""

import pytest

from records.archive import parse
from records.archive.organisations import spelled_out
from records.archive.sectors import qualifier_sector, sector_in_name, sector_word


def test_partner_sector_from_its_name_when_the_plan_does_not_say():
    text = (
        "# Plan\n\n[[type:learningplan]]\n## Partners\n\n"
        "> Who are your top 5 partners for this challenge? Please submit from MOST to LEAST "
        "important and state Name, Sector and a brief description of the (intended) "
        "collaboration.\n\n"
        '<div class="group">\n\n> Please state the name of the Parter:\n\n'
        "Ministry of Environment\nMohammed V University\nBank of Palestine\nUNICEF Kenya\n"
        "Women who code\n\n</div>\n"
    )
    assert [(p.name, p.sector) for p in parse(text).partners] == [
        ("Ministry of Environment", "government"),
        ("Mohammed V University", "academia"),
        ("Bank of Palestine", "private_sector"),
        ("UNICEF Kenya", "un"),
        ("Women who code", "unknown"),
    ]


# -- heuristics, each with the example it exists for -------------------------------------------


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        pytest.param("Ministry of Environment", "government", id="ministry-of"),
        pytest.param("Mohammed V University", "academia", id="university"),
        pytest.param("UNICEF Kenya", "un", id="un-acronym"),
        pytest.param("Women who code", "unknown", id="who-in-lower-case-is-no-who"),
        pytest.param("WHO Country Office", "un", id="who-in-capitals"),
        pytest.param("World Bank", "other", id="world-bank-before-bank"),
        pytest.param("Bank of Palestine", "private_sector", id="bank"),
        pytest.param("UNDP Foundation", "un", id="un-tried-first"),
    ],
)
def test_sector_in_name_tries_sectors_in_order(name, expected):
    assert sector_in_name(name) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param("CSO", "civil_society", id="cso"),
        pytest.param(" Private sector partners.", "private_sector", id="partners-suffix"),
        pytest.param("UN partner", "un", id="partner-suffix"),
        pytest.param("ONG", "civil_society", id="french"),
        pytest.param("focused on gender", None, id="no-sector"),
    ],
)
def test_sector_word_reads_how_plans_name_a_sector(text, expected):
    assert sector_word(text) == expected


@pytest.mark.parametrize(
    ("qualifier", "sector"),
    [
        ("local municipality", "government"),
        ("NGO, who worked previously with the AccLab on the issue", "civil_society"),
        ("sovereign wealth fund and joint stock company in Kazakhstan", "government"),
        ("Local NGO and implementing partner", "civil_society"),
        # Whose agency, it does not say; the head is "Department", not "Research".
        ("monitoring agency", "unknown"),
        ("Department on Strategic Research", "unknown"),
        # A sentence is no qualifier.
        ("we co-design the pilot with this local community group", "unknown"),
    ],
)
def test_qualifier_sector(qualifier, sector):
    assert qualifier_sector(qualifier) == sector


@pytest.mark.parametrize(
    ("acronym", "text", "name"),
    [
        (
            "REA",
            "REA - The Lab works with the Rural Electrification Agency to",
            "Rural Electrification Agency",
        ),
        ("MoA", "the Ministry of Agriculture", ""),  # not in capitals: no acronym to read
        ("ABC", "We met Alpha and Beta", ""),
    ],
)
def test_spelled_out(acronym, text, name):
    assert spelled_out(acronym, text) == name
