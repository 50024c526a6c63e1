"""One partner is one organisation, on real files: lists split, HTML and list markers out of
names, glosses to the description, organisations read out of sentences, sectors from names."""

import pytest

from records.archive import Answer
from records.archive.enumerations import strip_marker
from records.archive.partner_lists import partner_lines
from records.archive.partner_prose import names_in_prose
from records.archive.partners import parse_partner, split_names
from records.archive.partners import partners as read_partners
from tests.factories import parse_data


def partners(name):
    return [(p.name, p.sector) for p in parse_data(f"learningplan/{name}").partners]


def test_html_in_a_name_answer_separates_partners():
    # "Government" and "Donors" are sectors, no partner.
    assert partners("collective_intelligence_for_cliamte_action.md") == [
        ("Local maritime community", "unknown"),
    ]


def test_roman_and_dot_markers_do_not_stay_in_names():
    names = [
        n
        for n, _ in partners(
            "experimenting_with_portfolio_approach_through_designing_empowerment_of_wome_.md"
        )
    ]
    assert "Development Communications and Policy Advocacy Hub’" in names
    assert not any(n.startswith(("(", "·", "●", "i)")) for n in names)


def test_comma_list_of_organisations_is_several_partners():
    found = partners("locals_governments_and_business_rely_on_outdated_maps.md")
    assert found[-4:] == [
        ("Cherkasy Regional Administration", "government"),
        ("State Agency for Tourism Development", "government"),
        ("Ministry of Infrastructure", "government"),
        ("Ministry of Digital Transformation", "government"),
    ]


def test_organisations_named_in_sentences_are_partners():
    doc = parse_data("learningplan/__information_is_power__learning_cycle_2021_closing_form.md")
    assert [(p.name, p.sector) for p in doc.partners][:2] == [
        ("TECHO", "civil_society"),
        ("Higher Education School of Business (ESEN)", "academia"),
    ]
    assert doc.partners[0].description.startswith("We worked with a globally recognized NGO")


@pytest.mark.parametrize(
    ("line", "names"),
    [
        (
            "Spices Board India, Global Standards Organization (GS1), Ministry of Commerce",
            ["Spices Board India", "Global Standards Organization (GS1)", "Ministry of Commerce"],
        ),
        ("OYO and Real DC / UNICEF", ["OYO and Real DC", "UNICEF"]),
        (
            "Ministry of Food, Agriculture and Light Industry",
            ["Ministry of Food, Agriculture and Light Industry"],
        ),
        (
            "Municipalities (Adama, Bisheftu and Bahirdar)",
            ["Municipalities (Adama, Bisheftu and Bahirdar)"],
        ),
        (
            "Ministry of Women, Community & Social Development",
            ["Ministry of Women, Community & Social Development"],
        ),
        ("Tobago House of Assembly (THA) + GEF SGP", ["Tobago House of Assembly (THA)", "GEF SGP"]),
        # Words in lower case before a name: the name.
        (
            "Collectivité, Conseil National de la jeunesse, gouverneure Faso Civic, UNFPA",
            ["Collectivité", "Conseil National de la jeunesse", "Faso Civic", "UNFPA"],
        ),
        (
            "Municipality of Kairouan, Youth regional delegation, Scouts, local CSO",
            ["Municipality of Kairouan", "Youth regional delegation", "Scouts", "CSO"],
        ),
        # The acronym spells the parts out as one name.
        (
            "Ministry of Tourism, Environment and Culture (MTEC), Ministry of Local Government",
            ["Ministry of Tourism, Environment and Culture (MTEC)", "Ministry of Local Government"],
        ),
    ],
)
def test_split_names(line, names):
    assert split_names(line) == names


@pytest.mark.parametrize(
    ("line", "name", "sector", "description"),
    [
        (
            "CONATEL (government entity for telecommunication)",
            "CONATEL",
            "unknown",
            "government entity for telecommunication",
        ),
        ("Boracay private sector", "Boracay private sector", "private_sector", ""),
        ("Kenya National Innovation Agency", "Kenya National Innovation Agency", "government", ""),
        (
            "International Organization for Migration",
            "International Organization for Migration",
            "un",
            "",
        ),
    ],
)
def test_gloss_to_description_and_sector_from_name(line, name, sector, description):
    mention = parse_partner(line, "unknown")
    assert (mention.name, mention.sector, mention.description) == (name, sector, description)


@pytest.mark.parametrize(
    ("line", "stripped"),
    [
        ("(iv) Samoa Bureau of Statistics", "Samoa Bureau of Statistics"),
        ("· Bahir Dar university", "Bahir Dar university"),
        ("● UNICEF", "UNICEF"),
        ("i) INRAB", "INRAB"),
    ],
)
def test_list_markers(line, stripped):
    assert strip_marker(line) == stripped


def test_a_sentence_naming_no_organisation_gives_no_partner():
    assert (
        names_in_prose("We would be interested in seeking out funds from the private sector.") == []
    )


def test_an_answer_naming_no_organisation_is_a_warning():
    doc = parse_data("cycles/action_plan_2023___artificial_intelligence.md")
    assert [w for w in doc.warnings if w.startswith("partner answer")] == [
        "partner answer names no organisation: 'National organizations related to the purpose of…'",
        "partner answer names no organisation: 'Key individual actors from the political field'",
    ]


def test_a_bullet_inside_a_line_starts_an_item():
    text = "·   Acme Board – registers births ·   Ministry of Health – nurses helped us"
    assert partner_lines(text) == [
        "· Acme Board – registers births",
        "· Ministry of Health – nurses helped us",
    ]
    # "·" between words is no bullet.
    assert partner_lines("Acme·Board") == ["Acme·Board"]


def group(names: str, description: str) -> list[Answer]:
    return [
        Answer("Partners", "name", "partner_name", names),
        Answer("Partners", "description", "partner_description", description),
    ]


@pytest.mark.parametrize(
    ("description", "described"),
    [
        # Labelled with a partner's name: about the partners it names alone.
        ("REA - The Lab works with the agency.", {"REA"}),
        ("Acme Foundation: trains youth; REA: wires the farms.", {"REA", "Acme Foundation"}),
        # Naming none: about the whole list.
        ("These partners build the equipment.", {"REA", "Environment Unit", "Acme Foundation"}),
    ],
)
def test_a_description_goes_to_the_partners_it_is_about(description, described):
    names = "REA\n\nEnvironment Unit\n\nAcme Foundation"
    found = read_partners(group(names, description))
    assert {p.name for p in found} == {"REA", "Environment Unit", "Acme Foundation"}
    assert {p.name for p in found if p.description == description} == described
