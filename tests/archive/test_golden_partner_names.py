"""Partner names a curator read beside their files (golden files under
tests/data/learningplan/golden/): two organisations joined by "&" are two partners; the members a
class of bodies lists in parentheses are the partners, not the class; a member of a class the
name answer gives is a partner when the description names it; a kind of company or a class of
people is no partner."""

import pytest

from records.archive.partner_descriptions import class_member_named
from records.archive.partner_groups import class_members, is_people, is_unnamed_kind, two_names
from records.archive.partner_lists import partner_lines
from records.archive.partners import mentions_in, parse_partner
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


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        (
            "Municipalities (Addis Ababa solid waste management agency,  Adama, Bisheftu and "
            "Bahirdar  municipalities ) ",
            (
                "Municipalities",
                [
                    "Addis Ababa solid waste management agency",
                    "Adama Municipality",
                    "Bisheftu Municipality",
                    "Bahirdar Municipality",
                ],
            ),
        ),
        (
            "Subnational Governments (Intendencias de Montevideo, Canelones and Treinta y Tres)",
            (
                "Subnational Governments",
                [
                    "Intendencia de Montevideo",
                    "Intendencia de Canelones",
                    "Intendencia de Treinta y Tres",
                ],
            ),
        ),
        (
            "Innovation hubs (Shaqdoon, Harhub, T-hub)",
            ("Innovation hubs", ["Shaqdoon", "Harhub", "T-hub"]),
        ),
        # Places of a class of governments, and parentheses saying no names: no members.
        ("Local governments (Guatemala and Mancoverapaz)", None),
        ("NGOs (in youth and entrepreneurship; in environment sector)", None),
        ("Migration dynamics (internal and external migrations)", None),
        ("Bappenas (Directorate of Poverty Reduction and Community Empowerment)", None),
    ],
)
def test_class_members_reads_the_members_a_class_lists_in_parentheses(line, expected):
    assert class_members(line) == expected


def test_members_of_municipalities_in_parentheses_are_the_partners():
    # "Municipalities (Addis Ababa solid waste management agency,  Adama, Bisheftu and
    # Bahirdar  municipalities )" above "UNDP: NAMA compost" and "Ethiopian Biotechnology
    # institute" in one name answer.
    doc = golden("test_waste_transportation_prototypes_of_better_designed_door_to_door_solid__.md")
    assert [(p.name, p.sector) for p in doc.partners][:4] == [
        ("Addis Ababa solid waste management agency", "government"),
        ("Adama Municipality", "government"),
        ("Bisheftu Municipality", "government"),
        ("Bahirdar Municipality", "government"),
    ]
    assert not [p for p in doc.partners if p.name.startswith("Municipalities")]


def test_members_of_a_class_in_parentheses_take_the_description_of_the_set():
    doc = golden("quality_of_education_and_knowledge_management_in_somalia_s_innovation_ecosy_.md")
    hubs = [p for p in doc.partners if p.name in ("Shaqdoon", "Harhub", "T-hub")]
    assert [p.name for p in hubs] == ["Shaqdoon", "Harhub", "T-hub"]
    assert all(p.description.startswith("We collaborated previously in innovation") for p in hubs)
    assert "Innovation hubs" not in names(doc)


def test_plural_head_before_the_first_member_is_given_to_each():
    doc = golden("supporting_public_innovation_capacity_development.md")
    assert names(doc)[:3] == [
        "Intendencia de Montevideo",
        "Intendencia de Canelones",
        "Intendencia de Treinta y Tres",
    ]


def test_companies_a_lower_case_class_lists_in_parentheses_are_partners():
    # "telecommunications Agencies (Orange and MTN)".
    doc = golden("local_solutions_adapted_to_climate_change_adaptation.md")
    assert {"Orange", "MTN"} <= set(names(doc))


@pytest.mark.parametrize(
    ("name_answer", "description", "expected"),
    [
        (
            "Japan Innovation Network and private sector",
            "The private sector- AGC will be working closely with UNDP CO",
            ("AGC", "private_sector"),
        ),
        (
            "Ministry of Youth and civil society",
            "With civil society: Youth Bank Foundation we ran the call.",
            ("Youth Bank Foundation", "civil_society"),
        ),
        # No class beside the names, or the description names no member of it.
        ("Japan Innovation Network", "The private sector- AGC will be working", None),
        ("Japan Innovation Network and private sector", "The private sector will help.", None),
    ],
)
def test_class_member_named_reads_the_member_the_description_names(
    name_answer, description, expected
):
    assert class_member_named(name_answer, description) == expected


def test_organisation_named_only_in_the_description_of_a_class_is_a_partner():
    # Name answer "Japan Innovation Network and private sector"; description "The private
    # sector- AGC will be working closely with UNDP CO and Japanese Innovation Network…".
    doc = golden("solar_dryer_for_rural_food_security.md")
    assert [(p.name, p.sector) for p in doc.partners][:2] == [
        ("Japan Innovation Network", "civil_society"),
        ("AGC", "private_sector"),
    ]
    assert doc.partners[1].description.startswith("The private sector- AGC will be working")


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        ("PR and Marketing company", True),
        ("Research & Development firms", True),
        # A name of its own before the kind, or the kind capitalised as a name's word.
        ("Coca-Cola Bottling company", False),
        ("North Hands Company", False),
        ("Marketing company", False),
    ],
)
def test_is_unnamed_kind_reads_fields_before_a_kind_in_lower_case(name, expected):
    assert is_unnamed_kind(name) is expected


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        ("Influencers", True),
        ("Social media influencers", True),
        ("Youth bloggers", True),
        ("UN Youth Influencers", False),  # a UN entity's name
        ("Influencers Association of Kenya", False),
    ],
)
def test_is_people_reads_influencers_as_people(name, expected):
    assert is_people(name) is expected


def test_a_kind_of_company_and_influencers_are_no_partners():
    # Name answers "PR and Marketing company" ("We plan to hire a marketing specialist…") and
    # "Influencers" ("We want to involve different influencers…").
    doc = golden("data_communication_campaign_to_tackle_covid_19_vaccines_disinformation_in_s_.md")
    assert names(doc) == ["ForSet", "National Center for Disease Control and Public Health (NCDC)"]


def test_influencers_named_as_people_in_the_description_are_no_partner():
    # "Influencers" described "Chef Olokuanda and TV presenter Elisa Chindecasse".
    doc = golden("solar_kitchens___cooking_with_the_right_energy_.md")
    assert names(doc) == ["TAAG Angola Airlines", "Afrimoney"]


def test_a_semicolon_inside_parentheses_does_not_cut_a_name_in_two():
    # "UNDP  CO Portfolios (Environment; Youth) other CO (SIDS countries)": one partner, no
    # "UNDP CO Portfolios (Environment" and "Youth) other CO".
    doc = golden("blue_economy_challenge.md")
    un = [p for p in doc.partners if p.sector == "un"]
    assert [p.name for p in un] == ["UNDP CO Portfolios"]
    assert un[0].description.startswith("Environment; Youth SIDS countries")
    assert not [p for p in doc.partners if p.name.count("(") != p.name.count(")")]


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        (
            "UNDP CO Portfolios (Environment; Youth) other CO",
            ["UNDP CO Portfolios (Environment; Youth) other CO"],
        ),
        (
            "Ministry of Health (MoH); UNICEF (Education)",
            ["Ministry of Health (MoH)", "UNICEF (Education)"],
        ),
    ],
)
def test_partner_lines_split_at_semicolons_outside_parentheses(line, expected):
    assert partner_lines(line) == expected


def test_others_of_a_kind_after_a_name_leave_it():
    assert [m.name for m in mentions_in("UNDP CO Portfolios other CO", "un")] == [
        "UNDP CO Portfolios"
    ]


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("Government Agencies Ministry of Maritime economy", "Ministry of Maritime economy"),
        # No class before the body: the name as written.
        ("Ghana Enterprises Agency of Accra", "Ghana Enterprises Agency of Accra"),
    ],
)
def test_a_class_written_before_a_body_without_a_colon_leaves_the_name(line, expected):
    assert parse_partner(line, "unknown").name == expected


def test_a_class_label_without_its_colon_is_not_part_of_the_first_name():
    # "Government Agencies Ministry of Maritime economy; Cabo Verde Digital; MSME promotion
    # agency, IT agency".
    doc = golden("blue_economy_challenge.md")
    assert doc.partners[0].name == "Ministry of Maritime economy"
    assert doc.partners[0].sector == "government"
