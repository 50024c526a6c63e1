"""records.archive.partners: partner names, sectors and descriptions."""

import pytest

from records.archive import PartnerMention, parse
from records.archive.partners import (
    is_prose,
    is_void,
    merge_partners,
    parse_partner,
    partner_lines,
    refers_above,
)
from tests.factories import parse_data, parse_seed, plan_text


def partners(doc) -> list[tuple[str, str]]:
    return [(p.name, p.sector) for p in doc.partners]


def test_seed_plan_partners_listed_in_one_name_answer():
    doc = parse_seed("000")
    assert doc.partners == [
        PartnerMention(
            "Association of Women Scientists of Azerbaijan",
            "civil_society",
            "helping us to implement our mentorship program",
        ),
        PartnerMention(
            "American Chamber of Commerce",
            "private_sector",
            "helping to engage with potential mentors from business sector",
        ),
        PartnerMention(
            "SmartNation",
            "civil_society",
            "testing in the regions #heforshe model, engaging with fathers of girls",
        ),
        PartnerMention(
            "Innovation and Digital Development Agency",
            "government",
            "observer, not much of interaction",
        ),
        PartnerMention(
            "Safavvy.org",
            "private_sector",
            "online educational platform that develops STEM for girls training course for us",
        ),
    ]


def test_seed_closing_partners_one_per_line_sector_from_prompt():
    assert partners(parse_seed("001")) == [
        ("Association of Women Scientists of Azerbaijan", "civil_society"),
        ("SmartNation", "civil_society"),
        ("State Oil Academy", "academia"),
        ("Baku Oil Higher School", "academia"),
        ("State Technical University", "academia"),
        ("American Chamber of Commerce", "private_sector"),
        ("Safavvy.org", "private_sector"),
        ("Innovation and Digital Development Agency", "government"),
    ]


def test_seed_closing_na_answers_and_a_class_of_actors_give_no_partner():
    # "Universities that have STEM departments": universities, not one; "STEM" no name.
    assert partners(parse_seed("002")) == []


def test_partners_numbered_in_one_name_answer():
    doc = parse_data(
        "learningplan/agriculture_de_pr_cision_pour_faciliter_l_adaptation_aux_changements_"
        "climatiques_et_garantir_la_s__.md"
    )
    assert [p.name for p in doc.partners] == [
        "INRAB",
        "Mairie de Grand-Popo",
        "Agence de Développement Territorial de l'Agriculture, Pôle 7 (ATDA 7)",
        'Start-up "Groupe Service Universel"',
        'ONG "Action Humanitaire Internationale"',
    ]
    assert doc.title == (
        "Agriculture de précision pour faciliter l'adaptation aux changements climatiques et "
        "garantir la sécurité alimentaire"
    )


def test_groups_of_people_are_no_partners():
    # "local communities", "community leaders": who the plan worked with, no organisation.
    doc = parse_data("learningplan/solid_waste_management_system_in_coastal_areas.md")
    assert doc.partners == []


def test_partners_enumerated_on_one_line():
    doc = parse_data("learningplan/100__fish_use__japan_innovation_challenge_.md")
    assert [p.name for p in doc.partners] == [
        "Think Sea Corp (Tototo Leather)",
        "Japan Innovation Unit",
        "Youth of Samoa",  # "Private Sector", "Government Stakeholders": no organisation
    ]


def test_partners_heading_line_is_not_a_partner():
    doc = parse_data(
        "learningplan/addressing_the_stem_leaky_pipeline__integrating_gender_equality_in_it_"
        "management.md"
    )
    # The issue asks that a gloss in parentheses leave the name for the description.
    assert partners(doc) == [
        ("Serbian Ministry without portfolio", "government"),
        ("Serbian Chamber of Commerce", "private_sector"),
        ("UNDP Serbia", "un"),  # a UN entity by its name, whatever its gloss says
    ]
    assert doc.partners[0].description.startswith("focused on Gender equality")


def test_partners_leading_nbsp_entity_stripped():
    doc = parse_data("learningplan/future_of_works_in_uzbekistan.md")
    assert partners(doc) == [
        ("Ministry of Employment and Labour Relations", "government"),
        ("Ministry for Innovative Development", "government"),
        ("Khomikimiyats", "government"),
        ("Agency for Youth Affairs", "government"),  # sector from the name
    ]


def test_parse_close_a_partner_lines_filtered():
    body = (
        "> If applicable, what civil society organisations did you actually work with?\n"
        "Red Cross (NGO) – first aid; Scouts\n"
        "We worked with them during the whole cycle and they helped a lot.\n"
        "> If applicable, what government partners (and related institutions) did you work with?\n"
        "Not yet\n"
        "> If applicable, which UN internal partners did you actually work with?\n"
        "N/A\n"
    )
    doc = parse(plan_text(body))
    assert doc.partners == [
        PartnerMention("Red Cross", "civil_society", "first aid"),
        PartnerMention("Scouts", "civil_society"),
    ]


# -- heuristics, each with the example it exists for -------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param("n/a", True, id="n/a"),
        pytest.param("N/A – during the next stage", True, id="n/a-with-a-reason"),
        pytest.param("Not yet", True, id="not-yet"),
        pytest.param("None", True, id="none"),
        pytest.param("- TBD.", True, id="tbd-in-a-bullet"),
        pytest.param("Aucun partenaire", True, id="aucun"),
        pytest.param("Nonprofit Enterprise Ltd", False, id="a-name-starting-with-non"),
        pytest.param("Notary Office", False, id="a-name-starting-with-not"),
    ],
)
def test_is_void_recognises_na_like_answers(text, expected):
    assert is_void(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param("provided above", True, id="provided-above"),
        pytest.param("Please see above.", True, id="please-see-above"),
        pytest.param("voir ci-dessus", True, id="ci-dessus"),
        pytest.param(
            "They helped with the survey design above all, and with outreach to the schools.",
            False,
            id="a-long-description",
        ),
    ],
)
def test_refers_above_only_for_short_pointers(text, expected):
    assert refers_above(text) == expected


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        pytest.param("SMEs participated in the program and shared data", True, id="verb-form"),
        pytest.param("We worked with the municipality", True, id="pronoun-start"),
        pytest.param("The lab team and volunteers", True, id="the-lab"),
        pytest.param(
            "Ministry of Labour and Social Protection (focused on gender and youth inclusion)",
            False,
            id="parenthesis-does-not-make-prose",
        ),
        pytest.param("IT Park", False, id="acronym-it-is-no-pronoun"),
        pytest.param("US Embassy", False, id="acronym-us-is-no-pronoun"),
        pytest.param("Red Cross", False, id="a-name"),
    ],
)
def test_is_prose_tells_sentences_from_names(name, expected):
    assert is_prose(name) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "(1) Think Sea Corp (2) Japan Innovation Unit",
            ["Think Sea Corp", "Japan Innovation Unit"],
            id="enumerated-on-one-line",
        ),
        pytest.param(
            "Ministry of the\nEnvironment\nRed Cross",
            ["Ministry of the Environment", "Red Cross"],
            id="name-broken-after-of-the-rejoined",
        ),
        pytest.param("Red Cross; Scouts", ["Red Cross", "Scouts"], id="semicolon-list"),
        pytest.param(
            "We meet with them; they help",
            ["We meet with them; they help"],
            id="semicolon-in-prose-kept",
        ),
        pytest.param(
            "- Red Cross\nfirst aid training\n- Scouts",
            ["- Red Cross - first aid training", "- Scouts"],
            id="unmarked-line-describes-the-item-above",
        ),
        pytest.param(
            "- Red Cross: health\nfirst aid\n- Scouts",
            ["- Red Cross: health first aid", "- Scouts"],
            id="continuation-after-a-description",
        ),
    ],
)
def test_partner_lines_gives_one_candidate_per_partner(text, expected):
    assert partner_lines(text) == expected


@pytest.mark.parametrize(
    ("line", "sector", "expected"),
    [
        pytest.param(
            "1. Red Cross (CSO) - first aid",
            "unknown",
            PartnerMention("Red Cross", "civil_society", "first aid"),
            id="marker-sector-word-and-description",
        ),
        pytest.param(
            "Red Cross (NGO)",
            "academia",
            PartnerMention("Red Cross", "academia"),
            id="the-prompt-sector-wins",
        ),
        pytest.param("UNICEF", "unknown", PartnerMention("UNICEF", "un"), id="unicef"),
        pytest.param("NGO", "unknown", None, id="ngo"),
        pytest.param(
            "Private sector",
            "unknown",
            None,
            id="private-sector",
        ),
        pytest.param(
            "Red Cross https://redcross.org",
            "unknown",
            PartnerMention("Red Cross", "unknown"),
            id="url-dropped-from-name",
        ),
        pytest.param("Our partners:", "unknown", None, id="heading"),
        pytest.param("N/A", "unknown", None, id="void"),
        pytest.param(
            "GIS specialist (UNDP HQ/BMS/ITM)",
            "unknown",
            PartnerMention("UNDP HQ/BMS/ITM", "un", "GIS specialist."),
            id="a-role-and-the-organisation-it-works-for",
        ),
        pytest.param(
            "Lasta Woreda (district) administration",
            "unknown",
            PartnerMention("Lasta Woreda (district) administration", "government"),
            id="a-word-translated-inside-the-name",
        ),
        pytest.param(
            "the ministry of education through the regional office of education of Lomé",
            "unknown",
            PartnerMention("Ministry of education", "government"),
            id="the-channel-is-no-part-of-the-name",
        ),
        pytest.param(
            "Municipality of Ratoma, our area of focus",
            "unknown",
            PartnerMention("Municipality of Ratoma", "government"),
            id="what-it-is-to-the-plan",
        ),
        pytest.param(
            "MK Africa for the digital inclusion webinars",
            "private_sector",
            PartnerMention("MK Africa", "private_sector"),
            id="what-it-was-for",
        ),
        pytest.param(
            "Parley for the oceans",
            "unknown",
            PartnerMention("Parley for the oceans", "unknown"),
            id="a-name-in-lower-case-after-for-the",
        ),
        pytest.param(
            "Ministry of environment, and local authorities ( wilaya, direction of industries)",
            "unknown",
            PartnerMention("Ministry of environment", "government"),
            id="a-class-of-actors-after-and",
        ),
    ],
)
def test_parse_partner_reads_name_sector_and_description(line, sector, expected):
    assert parse_partner(line, sector) == expected


def test_merge_partners_fills_a_missing_description_or_sector():
    merged = merge_partners(
        [
            PartnerMention("Red Cross", "unknown"),
            PartnerMention("red cross.", "civil_society", "first aid"),
        ]
    )
    assert merged == [PartnerMention("Red Cross", "civil_society", "first aid")]


@pytest.mark.parametrize(
    ("names", "merged"),
    [
        (
            ["United Nations Volunteer Programme", "UNV"],
            ["United Nations Volunteer Programme"],
        ),
        (
            ["SAIB", "Society for Aid, Improvement, and Bridging"],
            ["Society for Aid, Improvement, and Bridging"],
        ),
        (["Widows & Orphans Movement (WOM)", "WOM"], ["Widows & Orphans Movement (WOM)"]),
        # The short name in brackets, said the second time.
        (
            ["Ministry of Environment", "Ministry of Environment (MiAmbiente)"],
            ["Ministry of Environment (MiAmbiente)"],
        ),
        # "UNA" could be either: it stays apart.
        (
            ["Universal Nurses Association", "United Nations Association", "UNA"],
            ["Universal Nurses Association", "United Nations Association", "UNA"],
        ),
    ],
)
def test_an_acronym_named_alone_is_the_one_name_it_spells_out(names, merged):
    assert [m.name for m in merge_partners([PartnerMention(n, "unknown") for n in names])] == merged


def test_an_acronym_is_the_name_its_own_line_spells_it_out_by():
    line = "TOAC: Tour Operators' Association in Cox's Bazar - largest employer"
    merged = merge_partners(
        [
            PartnerMention("TOAC", "private_sector", line),
            PartnerMention("Tour Operators' Association", "civil_society", line),
        ]
    )
    assert merged == [PartnerMention("Tour Operators' Association", "private_sector", line)]
