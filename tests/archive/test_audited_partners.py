"""Partners of closing reports read blind by a curator, as the curator expects them: one
organisation once (not also glued to another it is named with), a name without the people
of it ("Members of the …"), an acronym kept with its expansion, never a partner of its own."""

import pytest

from records.archive import PartnerMention
from records.archive.organisations import names_one
from records.archive.partners import mentions_in, merge_partners
from tests.factories import parse_data


def partners(name: str) -> list[tuple[str, str]]:
    return [(p.name, p.sector) for p in parse_data(f"learningplan/{name}").partners]


def test_a_name_joining_two_partners_named_apart_is_not_a_third():
    # "…agencies such as the Secretariat of Energy and Behavioral Science Unit. We established
    # contact with …, such as the Secretariat of Energy or the Behavioral Science Unit."
    assert partners("closing_action_plan_2022___renewable_energies.md") == [
        ("Secretariat of Energy", "government"),
        ("Behavioral Science Unit", "government"),
        ("UNDP", "un"),
    ]


def test_the_people_of_an_organisation_are_that_organisation():
    # "Members of the National University of Itapúa and the Autonomous University of
    # Encarnacion participated …"
    names = [name for name, _ in partners("participatory_governance_closing_form_2022.md")]
    assert names[:2] == ["National University of Itapúa", "Autonomous University of Encarnacion"]
    assert not [name for name in names if name.startswith("Members")]


def test_an_acronym_and_its_expansion_are_one_partner():
    # "…: E-Mar (Escola do Mar), UTA (University of the Atlantic) and UNI-CV (University of
    # Cabo Verde)."
    found = partners(
        "1___cape_verde__as_a_small_island_developing_state__sids__recognizes_the_gr_.md"
    )
    assert found[:3] == [
        ("Escola do Mar (E-Mar)", "academia"),
        ("University of the Atlantic (UTA)", "academia"),
        ("University of Cabo Verde (UNI-CV)", "academia"),
    ]
    assert not {"E-Mar", "UTA", "UNI-CV", "University of the Atlantic"} & {n for n, _ in found}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Staff from the Ministry of Health joined the workshops.",
            ["Ministry of Health"],
        ),
        (
            "We worked with SDI (Strategic Development Institute) on data.",
            ["Strategic Development Institute (SDI)"],
        ),
        # No organisation's word in the parentheses: the acronym alone, its gloss no name.
        ("We worked with INAU (National institution of children) on data.", ["INAU"]),
        (
            "We met the Ministry of Energy, Water and Agriculture and UNICEF.",
            ["Ministry of Energy, Water and Agriculture", "UNICEF"],
        ),
    ],
)
def test_mentions_in_sentences(text, expected):
    assert [m.name for m in mentions_in(text, "unknown")] == expected


def test_a_name_is_dropped_only_when_every_part_is_a_partner_of_its_own():
    def merged(*names):
        return [m.name for m in merge_partners([PartnerMention(n, "government") for n in names])]

    assert merged("Ministry of Education and Sports", "Ministry of Education") == [
        "Ministry of Education and Sports",
        "Ministry of Education",
    ]
    assert merged("UNICEF and the Ministry of Health", "UNICEF", "Ministry of Health") == [
        "UNICEF",
        "Ministry of Health",
    ]


def test_a_class_of_actors_written_in_lower_case_is_no_partner():
    # The name answers "Local government agencies", "National universities", "Civil society
    # organizations working with …": classes; the organisations their descriptions name are
    # not read from them (left to staff).
    assert partners("closing_action_plan_2023___renewable_energies.md") == [("UNDP", "un")]
    names = [
        name
        for name, _ in partners(
            "experiment_a_resilient__affordable__and_replicable_data_management_system_a_.md"
        )
    ]
    assert names == ["UNDP Amhara Recovery Project"]  # not "Norther regional states"


def test_a_class_glued_to_a_name_with_and_is_cut_off():
    # "Japan Innovation Network and private sector"; the class's member is the one its
    # description names: "The private sector- AGC Green Tech will be working closely…".
    assert partners("green_energy_for_rural_enterprise_and_food_security.md") == [
        ("Japan Innovation Network", "civil_society"),
        ("AGC Green Tech", "private_sector"),
        ("TONIBUNG", "private_sector"),
    ]


def test_a_ministry_of_several_fields_is_one_name():
    names = [
        name
        for name, _ in partners(
            "sme_growth_and_resilience_with_the_focus_on_the_ecommerce_in_serbia___closing_2022.md"
        )
    ]
    assert names[-4:] == [
        "Ministry of Trade, Tourism, and Telecommunications",
        "Ministry of Internal and Foreign Trade",
        "Ministry of Information and Telecommunications",
        "ILO",
    ]
    assert "Ministry of Trade" not in names


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        ("Local government agencies", False),
        ("Norther regional states", False),
        ("GCF Women Farmer Groups", True),
        ("United States", True),
        ("Community cooperatives", False),
        ("Women Cooperatives", False),
        ("Disability Associations (Regionally)", False),
        ("American Councils", True),
    ],
)
def test_a_class_of_bodies_is_no_name(name, expected):
    assert names_one(name) is expected


def test_a_slashed_list_names_each_organisation_and_drops_its_classes():
    # "Zendai / Duang Prateep Foundation / Thai Volunteer Service / beneficiary communities"
    names = [
        name
        for name, _ in partners(
            "civic_networks__crisis_response_and_public_service_delivery_during_the_covi_.md"
        )
    ]
    assert names[:4] == [
        "Food For Fighters",
        "Zendai",
        "Duang Prateep Foundation",
        "Thai Volunteer Service",
    ]
    assert "beneficiary communities" not in " ".join(names).casefold()
