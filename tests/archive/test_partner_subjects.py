"""Partners a curator would sign, on real files: an answer that starts with an organisation
names it, a class of actors ("MSMEs", "NGO") is no organisation, a UN entity is UN whatever
prompt it answers, and a method the plan tags is no partner."""

import pytest

from records.archive import PartnerMention
from records.archive.document import Answer
from records.archive.partner_prose import names_in_prose, split_run
from records.archive.partners import mentions_in, parse_partner, partners, split_names
from records.archive.sectors import sector_in_name, sector_word
from tests.factories import parse_data


def found(name):
    return [(p.name, p.sector) for p in parse_data(f"learningplan/{name}").partners]


def test_answer_starting_with_organisations_names_them():
    doc = parse_data("learningplan/closing_first_learning_cycle__dppd_pilot.md")
    # "FAO and FSNAU were among the stakeholders whom helped…"
    assert [(p.name, p.sector) for p in doc.partners][-2:] == [("FAO", "un"), ("FSNAU", "un")]
    assert doc.partners[-1].description.startswith("FAO and FSNAU were among")
    assert not any("names no organisation" in w for w in doc.warnings)


def test_name_glued_to_its_dash_is_a_partner_with_a_description():
    doc = parse_data(
        "learningplan/1__using_new_data_sources_brought_a_lot_of_interest_from_the_government_sid_.md"
    )
    assert doc.partners[0] == PartnerMention(
        "Open Map Development",
        "civil_society",
        "A non profit GIS organization that helped with the technical work",
    )
    assert doc.partners[-1].name == "UNWTO"
    assert doc.partners[-1].sector == "un"
    assert doc.partners[-1].description.startswith("Provided insights on Innovation in tourism")


def test_un_entity_named_as_the_subject_of_a_sentence():
    assert (
        "UN Women",
        "un",
    ) in found("__grounding_gesi_in_power_was_so_feasible_to_remove_bias_attached_to_gender_.md")


def test_classes_of_actors_are_not_partners_and_lists_end_with_and():
    # The government answer speaks of "MSMEs" and "the Prime Minister's Office with UNDP
    # support" in the description of its one partner; the private sector lists four clusters;
    # the new-and-unusual answer adds the federation and the council it chairs.
    assert found(
        "countering_fragmentation_with_the_organizing_power_of_business_toward_a_value_based_"
        "economy_in_the_.md"
    ) == [
        ("Hebron Leather and Shoe Cluster", "private_sector"),
        ("Cannan Fair Trade", "private_sector"),
        ("Bethlehem Fair Trade Artisans (Handicrafts)", "private_sector"),
        ("Salfit Furniture Cluster", "private_sector"),
        ("Palestinian Monetary Authority", "government"),
        ("Federation of Chambers of Commerce, Industry and Agriculture", "civil_society"),
        ("Private Sector Coordination Council", "private_sector"),
    ]


def test_generic_acronym_in_a_sentence_is_no_partner_apposition_names_one():
    names = found("digital_literacy_experiments.md")
    assert ("NGO", "civil_society") not in names  # "…, which a local NGO catering to…"
    assert ("Deque Software", "private_sector") in names  # "Deque Software, an Indian company"


def test_method_the_plan_tags_is_no_partner_and_bracket_gloss_is_a_description():
    doc = parse_data("learningplan/_closure__embedding_innovation_in_country_office_projects.md")
    assert "Collective intelligence" not in [p.name for p in doc.partners]
    unrco = next(p for p in doc.partners if p.name == "UNRCO")
    assert unrco.sector == "un"
    # "UNRCO [other UN Agencies in the country] for the SDG Insights Report"
    assert unrco.description.startswith("[other UN Agencies in the country] for the SDG")


def test_partners_leave_out_the_plans_practices():
    answers = [
        Answer("Partners", "Please state the name of the partner:", "partner_name", "Sensemaking"),
        Answer("Partners", "Please state the name of the partner:", "partner_name", "Red Cross"),
    ]
    assert [p.name for p in partners(answers, practices=("sensemaking",))] == ["Red Cross"]


@pytest.mark.parametrize(
    ("text", "names"),
    [
        pytest.param(
            "UNICEF and the Ministry of Education will support the schools.",
            ["UNICEF", "Ministry of Education"],
            id="two-organisations-as-subject",
        ),
        pytest.param(
            "Quilt AI was our technical consultant that designed the study",
            ["Quilt AI"],
            id="subject-without-organisation-word",
        ),
        pytest.param(
            "Open-Seneca provided mobile sensors, training and technical support",
            ["Open-Seneca"],
            id="subject-one-hyphenated-word",
        ),
        pytest.param(
            "Universities helped us to disseminate the crowdfunding",
            [],
            id="capitalised-only-as-the-first-word",
        ),
        pytest.param(
            "Women-led SMEs from the Mbeya region participated in the training",
            [],
            id="class-of-actors-as-subject",
        ),
        pytest.param(
            "We worked with MSME associations and the MSME agency", [], id="class-acronym"
        ),
        pytest.param(
            "We collaborate with Deque Software, an Indian company that specializes in it",
            ["Deque Software"],
            id="apposition",
        ),
        pytest.param(
            "Le Bureau d’Analyse et d’Investigation (BAI) de la présidence",
            ["Bureau d’Analyse et d’Investigation (BAI)"],
            id="french-elisions-inside-a-name",
        ),
        pytest.param(
            "We worked with Innovation Unit of BRH on the method. BRH provided us with budget",
            ["Innovation Unit of BRH"],
            id="acronym-named-again",
        ),
        pytest.param(
            "Ministry of Environment  The Ministry of Environment (MiAmbiente) is a key partner. "
            "It’s Directorate for Coasts and Seas (DICOMAR) guided the design.",
            [
                "Ministry of Environment",
                "Ministry of Environment (MiAmbiente)",
                "Directorate for Coasts and Seas (DICOMAR)",
            ],
            id="the-next-sentence-starts-after-the-name",
        ),
        pytest.param(
            "We held a SWOT analysis with WWF to plan SWM in the town",
            ["WWF"],
            id="a-method-and-a-topic-are-no-partners",
        ),
        pytest.param(
            "We engaged with the Ministry of Higher education and the Agency for Medium and "
            "Small-scaled enterprises to advocate",
            ["Ministry of Higher education", "Agency for Medium and Small-scaled enterprises"],
            id="a-field-ending-with-an-adjective-takes-its-noun",
        ),
        pytest.param(
            "We worked with the Ministry of Health officials",
            ["Ministry of Health"],
            id="a-field-ending-with-a-noun-is-whole",
        ),
    ],
)
def test_names_in_prose(text, names):
    assert names_in_prose(text) == names


@pytest.mark.parametrize(
    ("run", "names"),
    [
        ("FAO & UNFPA", ["FAO", "UNFPA"]),
        (
            "Ministry of Education and Ministry of Health",
            ["Ministry of Education", "Ministry of Health"],
        ),
        ("Ministry of Trade and Industry", ["Ministry of Trade and Industry"]),
        (
            "Ministry of Housing and Municipal Services",
            ["Ministry of Housing and Municipal Services"],
        ),
        (
            "Yala City Municipality Narathiwas City Municipality",
            ["Yala City Municipality", "Narathiwas City Municipality"],
        ),
    ],
)
def test_split_run_where_two_names_meet(run, names):
    assert split_run(run) == names


@pytest.mark.parametrize(
    ("line", "names"),
    [
        ("PNUD, PAM, FAO & UNFPA", ["PNUD", "PAM", "FAO", "UNFPA"]),
        ("Red Cross, Blue Cross, and Green Cross", ["Red Cross", "Blue Cross", "Green Cross"]),
        (
            "Jacaranda Hub, Bongo Hive- They hosted the innovators",
            [
                "Jacaranda Hub - They hosted the innovators",
                "Bongo Hive - They hosted the innovators",
            ],
        ),
    ],
)
def test_split_names_lists(line, names):
    assert split_names(line) == names


@pytest.mark.parametrize(
    ("line", "prompt_sector", "expected"),
    [
        pytest.param("UNDP", "government", PartnerMention("UNDP", "un"), id="un-beats-prompt"),
        pytest.param("MSMEs", "government", None, id="class-word"),
        pytest.param(
            "Lake Hub- Private Sector- New Partner",
            "unknown",
            PartnerMention("Lake Hub", "private_sector", "New Partner"),
            id="sector-after-the-name",
        ),
        pytest.param(
            "Ministry of Health. We: (1) wrote an introduction",
            "government",
            PartnerMention("Ministry of Health", "government", "We: (1) wrote an introduction"),
            id="sentence-end-closes-the-name",
        ),
        pytest.param(
            "Presidential Commission for Municipal Affairs:",
            "government",
            PartnerMention("Presidential Commission for Municipal Affairs", "government"),
            id="organisation-heading",
        ),
        pytest.param("Our partners:", "unknown", None, id="plain-heading"),
    ],
)
def test_parse_partner_sectors_and_separators(line, prompt_sector, expected):
    assert parse_partner(line, prompt_sector) == expected


@pytest.mark.parametrize(
    "name",
    ["UNRCO", "RCO", "UN Resident Coordinator Office", "UNWTO", "UN Women", "UN agencies"],
)
def test_un_entities_by_name(name):
    assert sector_in_name(name) == "un"


@pytest.mark.parametrize("name", ["UNIMA", "Women who code", "Universidad Nacional"])
def test_not_un_by_name(name):
    assert sector_in_name(name) != "un"


def test_plural_of_a_sector_word():
    assert (sector_word("SMEs"), sector_word("CSOs")) == ("private_sector", "civil_society")


@pytest.mark.parametrize(
    ("name", "sector"),
    [
        ("La municipalité de Sandiara", "government"),
        ("La Federation des groupements de Sandiara", "civil_society"),
        ("Mongolian National Federation of the Blind", "civil_society"),
        ("Policy Research Think Tank", "academia"),
    ],
)
def test_sector_from_french_and_federation_names(name, sector):
    assert sector_in_name(name) == sector


def test_list_ending_with_and_the_gives_each_organisation():
    # "UNICEF, State University of Zanzibar, …, Zanzibar Ministry of Health and the Zanzibar
    # City Council."
    assert [
        n
        for n, _ in found(
            "community_engagement_is_essential_for_the_success_of_circular_economy_progr_.md"
        )
    ] == [
        "UNICEF",
        "State University of Zanzibar",
        "Ministry of Blue Economy Zanzibar",
        "Zanzibar Ministry of Health",
        "Zanzibar City Council",
    ]


def test_long_name_read_whole_out_of_a_sentence():
    names = found("futures_literacy_and_inclusive_digital_innovation_in_drr.md")
    assert ("UNESCO Regional Science Bureau for Asia and the Pacific", "un") in names


def test_name_sector_and_project_above_its_description():
    # "Beit Al-Hiraf - Private Sector - Eco-Bags:" then the group's description
    doc = parse_data("learningplan/climate_change_challenge_action_plan_undp_acclab_in_iraq.md")
    beit = doc.partners[-1]
    assert (beit.name, beit.sector) == ("Beit Al-Hiraf", "private_sector")
    assert beit.description.startswith("Eco-Bags\nthe UNDP Accelerator Lab will support")


@pytest.mark.parametrize(
    ("run", "names"),
    [
        (
            "Nigeria Meteorological Agency (NIMET) & Nigeria Hydrological Services Agency (NIHSA)",
            [
                "Nigeria Meteorological Agency (NIMET)",
                "Nigeria Hydrological Services Agency (NIHSA)",
            ],
        ),
        (
            "Faculty of Electrical Engineering and Technology and the Fab Lab",
            ["Faculty of Electrical Engineering and Technology", "Fab Lab"],
        ),
        ("Department of Science and Technology", ["Department of Science and Technology"]),
    ],
)
def test_split_run_after_an_acronym_and_before_the(run, names):
    assert split_run(run) == names


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        (
            "Civil society of District 3",
            PartnerMention("Civil society of District 3", "civil_society"),
        ),
        (
            "Tratamiento de Residuos de Bolivia SA",
            PartnerMention("Tratamiento de Residuos de Bolivia SA", "private_sector"),
        ),
        (
            "Ministry of Health and Environment in Iraq-Government Partner",
            PartnerMention("Ministry of Health and Environment in Iraq", "government"),
        ),
        ("Hewlett-Packard", PartnerMention("Hewlett-Packard", "unknown")),
    ],
)
def test_sector_leading_the_name_trailing_it_or_its_company_form(line, expected):
    assert parse_partner(line, "unknown") == expected


def test_the_lab_writing_the_plan_is_not_its_own_partner():
    # The name answer is a sentence about "the Accelerator Lab" and "civil society organizations".
    doc = parse_data("learningplan/embedding_innovation_in_country_office_projects.md")
    assert doc.partners == []
    assert any("names no organisation" in w for w in doc.warnings)


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("Accelerator Lab's", None),
        ("the AccLab", None),
        ("AccLab Namibia", PartnerMention("AccLab Namibia", "un")),
        ("Fab Lab", PartnerMention("Fab Lab", "unknown")),
    ],
)
def test_the_lab_itself_and_other_labs(line, expected):
    assert parse_partner(line, "unknown") == expected


def test_a_line_naming_a_partner_says_its_sector_after_a_comma():
    line = (
        "The Vientiane City Office for Management and Services, local government entity which "
        "responsible for municipality waste management"
    )
    assert [(m.name, m.sector) for m in mentions_in(line, "unknown")] == [
        ("Vientiane City Office for Management and Services", "government")
    ]


def test_what_a_partner_said_of_its_kind_does_names_no_other_partner():
    line = (
        "Go Teddy, a local start-up who provides services including food delivery through SUPERAPP"
    )
    assert mentions_in(line, "unknown") == [PartnerMention("Go Teddy", "private_sector", line)]


def test_a_partner_named_past_a_paragraphs_first_sentence_is_described_by_its_own():
    text = (
        "The National Movement of Recyclers has been key in guiding our learning process. "
        "They are part of our coordination team. There may be an academic publication "
        "generated by the University of Panama."
    )
    described = {m.name: m.description for m in mentions_in(text, "civil_society")}
    assert described == {
        "National Movement of Recyclers": text,
        "University of Panama": "There may be an academic publication generated by the "
        "University of Panama.",
    }
