"""Plans and closing reports of a third blind audit (golden files under
tests/data/learningplan/golden/), parsed as the curator expects them: the full title the file
holds, the insights intro where the curator keeps it, data sources that are tags, and each
partner's description and sector from what the file says of that partner."""

from tests.factories import parse_data


def golden(name: str):
    return parse_data(f"learningplan/golden/{name}")


def test_truncated_title_completed_though_a_compound_is_written_apart():
    # "# Redesigning public policymaking … National Devel…" and the name answer "Redesigning
    # public policy making through the development of a National Development Strategy …".
    doc = golden("redesigning_public_policymaking_through_the_development_of_a_national_devel_.md")
    assert (doc.title, doc.title_from_text) == (
        "Redesigning public policy making through the development of a National Development "
        "Strategy [NDS] in North Macedonia.",
        False,
    )
    assert not [w for w in doc.warnings if "title" in w]


SYRIA = "reflections_on_mapping_the_effect_of_decreased_water_levels.md"


def test_a_heading_naming_the_list_is_no_intro():
    # "Our Learnings:" above "1.In the context of conflict…" … "5.The challenges…": the
    # page's own "Key insights" heading says as much.
    doc = golden(SYRIA)
    assert doc.insights_intro == ""
    assert len(doc.insights) == 5
    assert doc.insights[0].startswith("In the context of conflict, accessing community")


def test_a_run_of_named_data_sources_too_long_for_a_tag_gives_their_names():
    # "[[datasources:future analysis: identify emerging ai-driven job roles … scenario
    # planning: … stakeholder mapping: … data mining: extract insights …]]", an option of the
    # form's list other plans picked too: four sources, not one tag cut at 100 characters.
    assert golden(SYRIA).data_sources == [
        "Citizen data",
        "citizen-generated data",
        "crowd source",
        "systems maps",
        "academic literature",
        "future analysis",
        "scenario planning",
        "stakeholder mapping",
        "data mining",
    ]


def described(name: str) -> dict[str, str]:
    return {p.name: p.description for p in golden(name).partners}


def test_a_description_labelled_with_a_partner_is_that_partners_alone():
    # Five names ("CEFTER - Sensemaking and exploration", "REA - Electrification of the pilot
    # rural communities", "UN - Environment Unit", …) and one description: "REA - The Lab is
    # working with the Rural Electrification Agency to get the two pilot rural farmer
    # communities on the grid…".
    nigeria = described("supporting_small_holder_farmers_through_value_addition_.md")
    assert nigeria == {
        "CEFTER": "Sensemaking and exploration",
        "REA": nigeria["REA"],
        "UN - Environment Unit": "",
        "Clintonel": "Alternative energy fabricator",
        "Ministry of Agriculture Benue State": "",
    }
    assert nigeria["REA"].startswith(
        "Electrification of the pilot rural communities\nREA - The Lab is working with the Rural"
    )


def test_a_list_pasted_flat_with_bullets_is_one_partner_a_bullet():
    # "·       Samoa Bureau of Statistics – our main partner … ·       Ministry of Health –
    # registered midwife nurses … ·       Ministry of Women, Community & Social Development –
    # assisted us …"
    samoa = {p.name: p for p in golden("enhancing_samoa_s_birth_registration_system.md").partners}
    assert list(samoa) == [
        "Samoa Bureau of Statistics",
        "Ministry of Health",
        "Ministry of Women, Community & Social Development",
    ]
    assert {p.sector for p in samoa.values()} == {"government"}
    assert samoa["Samoa Bureau of Statistics"].description == (
        "our main partner in the frontier challenge as they are mandated to register Births"
    )
    assert samoa["Ministry of Health"].description == (
        "registered midwife nurses assisted us in the BR shadow mapping process"
    )
    assert samoa["Ministry of Women, Community & Social Development"].description.startswith(
        "assisted us with the BR shadow mapping workshop with the community."
    )


def test_the_sector_a_name_lines_qualifier_says():
    kazakhstan = {
        p.name: p.sector
        for p in golden(
            "experimenting_with_portfolio_approach_on_resolving_issue_of_air_pollution_in_"
            "kazakhstan.md"
        ).partners
    }
    assert kazakhstan == {
        "Almaty Akimat": "government",  # "Almaty Akimat - local municipality"
        "AirVision": "civil_society",  # "AirVision - NGO, who worked previously…"
        "Sergek": "unknown",  # "Sergek - monitoring agency": whose, it does not say
        # "Samruk Kazyna - sovereign wealth fund and joint stock company in Kazakhstan…"
        "Samruk Kazyna": "government",
    }


def test_the_sector_of_the_name_an_acronym_is_spelled_out_by():
    # "REA - The Lab is working with the Rural Electrification Agency…"
    nigeria = {
        p.name: p.sector
        for p in golden("supporting_small_holder_farmers_through_value_addition_.md").partners
    }
    assert nigeria["REA"] == "government"


def test_a_delegation_of_the_eu_is_of_the_sector_of_an_embassy():
    # "German Embassy; EU Delegation"
    serbia = {p.name: p.sector for p in golden("depopulation_portfolio.md").partners}
    assert (serbia["German Embassy"], serbia["EU Delegation"]) == ("other", "other")


def test_a_file_spelling_its_partner_well_keeps_the_spelling():
    # "Samoa Bureau of Statistics - Births, Deaths and Marriages Unit"
    (bureau,) = golden(
        "digital_transformation_of_the_crvs_system_in_samoa___phase_ii_completed_.md"
    ).partners
    assert bureau.name.startswith("Samoa Bureau of Statistics")
