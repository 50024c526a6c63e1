"""Partners of plans a blind curator audit read beside their files (golden files under
tests/data/learningplan/golden/), as the curator expects them: a French "not carried out"
answer is void; a university's centre is one partner; an acronym keeps the name it spells out
in its brackets; a thing described after "A"/"An" is no partner."""

import pytest

from records.archive.organisations import names_one
from records.archive.partners import is_void, mentions_in
from tests.factories import parse_data


def partners(name: str) -> dict[str, str]:
    return {p.name: p.sector for p in parse_data(f"learningplan/golden/{name}").partners}


BURKINA = (
    "analyse_de_la_mobilit___le_processus_n_a_pu__tre_mener___termes__le_burkina_a_connu"
    "_au_cours_de_l__.md"
)


def test_a_french_not_carried_out_answer_names_no_partner():
    # "Activité non réalisée" (civil society), "Activité non réalisé" (government).
    assert partners(BURKINA) == {}


@pytest.mark.parametrize(
    "text", ["Activité non réalisée", "Activité non réalisé", "Activités non réalisées"]
)
def test_not_carried_out_is_void(text):
    assert is_void(text)


def test_a_universitys_centre_is_one_partner():
    assert partners("mapping_needs_and_stories_on_the_axis_of_mobility_in_hatay.md") == {
        "Mimar Sinan Fine Arts University Urban Planning Application and Research Center": (
            "academia"
        )
    }


def test_names_glued_together_are_still_split():
    found = [
        m.name
        for m in mentions_in(
            "Royal Civil Service Commission Public Service Delivery Division Gross National "
            "Happiness Commission",
            "unknown",
        )
    ]
    assert found == [
        "Royal Civil Service Commission",
        "Public Service Delivery Division",
        "Gross National Happiness Commission",
    ]


def test_an_acronym_keeps_the_name_it_spells_out():
    peru = parse_data("learningplan/golden/from_citizen_participation_to_citizen_action.md")
    by_name = {p.name: p for p in peru.partners}
    promperu = by_name["MINCETUR/PromPeru (Peru’s Trade and Tourism Promotion Office)"]
    assert promperu.description.startswith("In charge of specialised branding")
    concytec = by_name["CONCYTEC (National Council of Science and Technology)"]
    assert concytec.description.startswith("The relationship started")
    assert not {"MINCETUR/PromPeru", "CONCYTEC"} & set(by_name)


def test_a_spelled_out_name_is_no_second_partner():
    cameroon = partners(
        "find_innovative_mobile_solutions_with_solar_energy_for_small_street_inform_.md"
    )
    assert "Organisation Camerounaise" not in cameroon
    assert "OCALUCOPER" not in cameroon
    assert (
        "OCALUCOPER (Organisation Camerounaise de lutte contre le phénomène des Enfants de la Rue)"
        in cameroon
    )
    assert "JCI (Junior Chambers International), Cameroon" in cameroon


def test_a_describing_gloss_still_leaves_the_name():
    (mention,) = mentions_in("CONATEL (government entity for telecommunication)", "unknown")
    assert mention.name == "CONATEL"
    assert mention.description == "government entity for telecommunication"


def test_a_thing_described_is_no_partner():
    found = partners(
        "increasing_the_effectiveness_of_participants_who_engage_in_dialogues_for_development.md"
    )
    assert "An alliance of academic institutions for data analysis" not in found
    assert "Private Secretariat of the Presidency (SPP)" in found


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        ("An alliance of academic institutions for data analysis", False),
        ("A grassroot organization in the coastal area", False),
        ("A Ganar", True),
        ("Alliance for Financial Inclusion", True),
    ],
)
def test_names_one_after_an_article(name, expected):
    assert names_one(name) is expected


def test_classes_of_actors_listed_beside_a_name_are_no_partner():
    # "UNI-CV (University of Cabo Verde), NGO´s, Private Sector,"
    kafuka = parse_data("learningplan/golden/kafuka.md").partners
    assert [(p.name, p.sector) for p in kafuka] == [
        ("UNI-CV (University of Cabo Verde)", "academia")
    ]
    assert kafuka[0].description.startswith("Accelerator Lab Team Cabo Verde")


def test_a_bodys_place_stays_with_it_in_a_list():
    # "The President's office, Zanzibar, The Tony Blair Institute for Global Change"
    zanzibar = partners("innovation_in_public_service_delivery.md")
    assert zanzibar == {
        "The President's office, Zanzibar": "government",
        "The Tony Blair Institute for Global Change": "unknown",
    }
    # A name ending with its fields goes on past the commas.
    (ministry,) = mentions_in("Ministry of Home Affairs, Immigration, Safety and Security", "")
    assert ministry.name == "Ministry of Home Affairs, Immigration, Safety and Security"


def test_a_subject_a_relative_clause_says_did_something_is_a_partner():
    # Civil society: "Edemy who provided their online learning app (Tesdopi) to students…";
    # government: "We tried to engage with the Ministry of Education, Youth and Sport, but
    # didn't get it through."
    cambodia = partners("improve_students__learning_outcome_in_times_of_covid.md")
    assert cambodia == {"Edemy": "civil_society", "UNICEF": "un"}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Universities who provided data for the study.", []),
        ("Edemy which provided the app to students for free.", ["Edemy"]),
        ("We tried to engage with the Ministry of Health, but could not meet them.", []),
    ],
)
def test_subjects_and_attempts(text, expected):
    assert [m.name for m in mentions_in(text, "civil_society")] == expected


def test_undps_own_units_are_un_partners_spelled_as_the_description_says():
    # "The Country Office, Strategic innovation team", described "…in collaboration with the
    # Strategic Innovation Team."
    ethiopia = partners(
        "ethiopian_women_face_entrenched_barriers_restricting_their_economic_opportu_.md"
    )
    assert ethiopia == {"The Country Office": "un", "Strategic Innovation Team": "un"}
    zimbabwe = partners("navigating_informality_in_food_supply_chains.md")
    assert zimbabwe["Strategic Innovation Unit (SIU)"] == "un"


@pytest.mark.parametrize(
    ("file", "name", "sector"),
    [
        ("portfolio_approach_implementation.md", "Delegation of the EU to Serbia", "other"),
        (
            "collective_intelligence_to_build_climate_change_resilience_in_panama_city.md",
            "Mallol [Architectural Firm]",
            "private_sector",
        ),
        (
            "from_citizen_participation_to_citizen_action.md",
            "CONCYTEC (National Council of Science and Technology)",
            "government",
        ),
        (
            "increasing_the_effectiveness_of_participants_who_engage_in_dialogues_for_development.md",
            "Peace Building Fund",
            "un",
        ),
        # A society of members is civil society.
        (
            "collective_intelligence_to_build_climate_change_resilience_in_panama_city.md",
            "Audobón Society Panama",
            "civil_society",
        ),
    ],
)
def test_sectors_the_names_state(file, name, sector):
    assert partners(file)[name] == sector


@pytest.mark.parametrize(
    ("file", "name", "sector"),
    [
        # "The National Civil Protection Service, which…": the acronym written out.
        (
            "collective_intelligence_to_build_climate_change_resilience_in_panama_city.md",
            "SINAPROC",
            "government",
        ),
        pytest.param(
            "alternative_to_fenthion_for_the_control_of_quelea_birds.md",
            "Pegara",
            "private_sector",
            marks=pytest.mark.xfail(strict=True, reason="the sector is said only in the prose"),
        ),
        # "CO project working with youths": a project of UNDP's office.
        (
            "find_innovative_mobile_solutions_with_solar_energy_for_small_street_inform_.md",
            "YouthConnekt project",
            "un",
        ),
    ],
)
def test_sectors_the_descriptions_state(file, name, sector):
    assert partners(file)[name] == sector
