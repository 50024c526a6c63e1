"""records.archive.sectors: the sector a partner's words or name give away."""

import pytest

from records.archive import parse
from records.archive.sectors import sector_in_name, sector_word


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
