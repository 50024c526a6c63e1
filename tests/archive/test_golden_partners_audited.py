"""Partners of plans a curator read blind beside their files (golden files under
tests/data/learningplan/golden/): the kind of organisation said before or after a name is not
part of it, a class of actors is no partner (its members named in parentheses are), and the
sector the description states is the partner's."""

from tests.factories import parse_data


def partners(name: str) -> dict[str, str]:
    return {p.name: p.sector for p in parse_data(f"learningplan/golden/{name}").partners}


def described(name: str) -> dict[str, str]:
    return {p.name: p.description for p in parse_data(f"learningplan/golden/{name}").partners}


def test_the_kind_said_before_or_after_a_name_is_not_part_of_it():
    # "Ministry of Environment, NGO Center of Innovation Development, Densu Communication…"
    burning = partners("open_burning___waste___air_quality.md")
    assert burning["Center of Innovation Development"] == "civil_society"
    assert "NGO Center of Innovation Development" not in burning
    # "Shababuna Ezweih a non-profict youth led organisation. Together, we designed…"
    madaba = partners("tourism_in_madaba.md")
    assert madaba["Shababuna Ezweih"] == "civil_society"
    said = described("tourism_in_madaba.md")["Shababuna Ezweih"]
    assert said.startswith("a non-profict youth led organisation. Together, we designed")


def test_a_class_of_actors_is_no_partner_its_members_are():
    food = partners("data_networks_for_food_system_transformation.md")
    # "Varied Agro startups (this include Co-Amana, OCP, Prado Power, Thrive Agric)";
    # "All Farmers Association Nigeria and sundry farmer networks".
    assert food == {
        "Federal Ministry of Agriculture and Food Security": "government",
        "Ministry for Digital Economy and Communications": "government",
        "Co-Amana": "private_sector",
        "OCP": "private_sector",
        "Prado Power": "private_sector",
        "Thrive Agric": "private_sector",
        "All Farmers Association Nigeria": "civil_society",
    }
    shared = described("data_networks_for_food_system_transformation.md")["Co-Amana"]
    assert shared.startswith("These partners will contribute data to the network")
    # "Samoa Hotel Association, … Individual tourist operators, Youth innovators, Government
    # Ministries"
    samoa = partners(
        "leveraging_local_solutions__amp__innovations_to_inform_experiments_under_the_sids_offer.md"
    )
    assert samoa == {"Samoa Hotel Association": "civil_society"}


def test_the_sector_the_description_states():
    # "The private company that manages waste collection in San Miguelito."
    san_miguelito = partners("sensing_the_portfolio_approach__the_case_of_san_miguelito.md")
    assert san_miguelito["Revisalud"] == "private_sector"
    # "We will work directly with local council…": an island council is local government.
    maldives = partners("leveraging_collective_intelligence_for_cca_and_drr_in_maldives.md")
    assert maldives == {"Local Council": "government"}


def test_the_groups_description_goes_to_the_partners_of_the_list_it_names():
    # The name answer lists the partners each with a line of its own; the description answer
    # says what the lab does with two of them.
    zanzibar = described("ai_for_tourism_in_zanzibar.md")
    work = "working with Zanzibar Commission for Tourism to experiments on Natural Language"
    assert work in zanzibar["Zanzibar Commission for Tourism"]
    assert work in zanzibar["Ministry of Tourism and Heritage"]  # "engage the ministry of…"
    assert zanzibar["SDG AI Lab"] == "Technical Partner"
    namibia = described("introducing_a_learning_revolution_for_the_public_service_of_namibia.md")
    reached_out = "Office of the Prime Minister reached out to the Lab to assist them"
    assert reached_out in namibia["Office of the Prime Minister"]
    assert reached_out not in namibia["Regional and Local Government"]
