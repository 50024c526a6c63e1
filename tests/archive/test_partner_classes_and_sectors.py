"""Partners' sectors read from a misspelt head word or from what a description says of them,
classes of bodies that name no organisation, and names read whole. The names and lines are
those of real plans."""

import pytest

from records.archive.document import Answer
from records.archive.organisations import is_class_of_bodies
from records.archive.partner_descriptions import glued_apart
from records.archive.partner_glosses import in_sentence_case
from records.archive.partner_line import parse_partner
from records.archive.partner_prose import names_in_prose
from records.archive.partner_subjects import kinds_said, subjects_listed
from records.archive.partner_things import names_a_thing, plural_acronyms
from records.archive.partners import mentions_in, partners
from records.archive.sector_statements import called_the_states, stated_sector
from records.archive.sectors import decisive_sector, sector_in_name, sector_word


@pytest.mark.parametrize(
    "name",
    [
        "Ministére de l'Environnement et Développement Durable (MEDD)",
        "Ministère de la Santé",
        "Ministry of Health",
    ],
)
def test_a_ministry_misspelt_with_an_acute_accent_is_government(name):
    assert sector_in_name(name) == "government"
    assert decisive_sector(name, "civil_society") == "government"


@pytest.mark.parametrize(
    ("line", "name"),
    [
        (
            "Ministére de l'Environnement et Développement Durable ( MEDD)",
            "Ministére de l'Environnement et Développement Durable (MEDD)",
        ),
        (
            "National Environment Management Authority( NEMA)",
            "National Environment Management Authority (NEMA)",
        ),
        ("Collectivité territorial ( Mairies)", "Collectivité territorial (Mairies)"),
    ],
)
def test_spaces_inside_a_names_brackets_go(line, name):
    assert parse_partner(line, "unknown").name == name


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        ("Ministry Departments and Agencies (MDA)", True),
        ("Educational Institutions", True),
        ("Private Sector Associations and Service Industry/sector Providers", True),
        ("Disability Associations (Regionally)", True),
        ("Local government units", True),
        ("Fintech Regulatory bodies", True),
        ("State Governments, Innovation Hubs", True),
        ("Dream Labs", True),
        # A body named: its acronym, of what, a people's word, a name's own plural.
        ("Unites Nations agencies (ILO)", False),
        ("FBK-Bel consulting companies", False),
        ("American Councils", False),
        ("International Federation of Red Cross and Red Crescent Societies", False),
        ("Dark Matter Labs", False),
        ("Ghana Health Services", False),
    ],
)
def test_a_class_of_bodies_names_none(name, expected):
    assert is_class_of_bodies(name) is expected


def test_a_line_naming_a_class_of_bodies_names_no_partner():
    assert mentions_in("Educational Institutions", "unknown") == []
    assert mentions_in("Ministry Departments and Agencies ( MDA)", "unknown") == []


def test_the_members_a_class_of_bodies_labels_are_of_its_sector():
    # "Private Lead Companies: Narella, High Low, Pilar, IRE, GIMSA".
    found = mentions_in("Private Lead Companies: Narella, High Low, Pilar, IRE, GIMSA", "unknown")
    assert [(m.name, m.sector) for m in found] == [
        (name, "private_sector") for name in ("Narella", "High Low", "Pilar", "IRE", "GIMSA")
    ]
    # "Brave Schools: CREA is the institute…": a sentence, no list of members.
    said = mentions_in("Brave Schools: CREA is the institute that designed the methods", "unknown")
    assert [m.name for m in said] == ["CREA"]


@pytest.mark.parametrize(
    ("name", "text", "expected"),
    [
        ("ISEECOVID", "AED … is co-implementing ISEECOVID project to strengthen…", True),
        (
            "City of Yokohama",
            "Participated in the City of Yokohama webinar. Presented at the City of Yokohama "
            "waste management webinar",
            True,
        ),
        ("FARN", "We also co-organized with FARN a workshop to bring…", False),
        ("UNICEF", "with the UNICEF project and with UNICEF itself", False),
        ("UNICEF", "no such name here", False),
        ("UNDP", "They were the first UNDP project to reach out to us", False),
    ],
)
def test_a_name_said_only_before_a_project_or_an_event_names_it(name, text, expected):
    assert names_a_thing(name, text) is expected


def test_acronyms_written_in_the_plural_are_kinds_not_organisations():
    text = "CSIP, FIIS … are working with SIBs; we joined forces with the UNVs and SAOs."
    assert plural_acronyms(text) == {"SIB", "SAO"}


@pytest.mark.parametrize(
    ("name", "description", "expected"),
    [
        (
            "Mallol Arquitectos",
            "The intention is to develop a partnership with this architecture firm (one of the "
            "biggest of the country) to design…",
            "private_sector",
        ),
        (
            "Tembekasua",
            "Tembekasua is a decentralised marketplace that aims to drive inclusion… This tech "
            "company is founded by Benue-based innovators.",
            "private_sector",
        ),
        ("X", "…common points of interest for this company", "private_sector"),
        ("X", "we will do this work with the company", "unknown"),
    ],
)
def test_a_description_saying_this_kind_of_body_gives_its_sector(name, description, expected):
    assert stated_sector(name, description) == expected


@pytest.mark.parametrize(
    ("name", "text", "expected"),
    [
        (
            "Fond for Innovation and technological development",
            "Nevertheless, two years has passed, and the State Fund for Innovation has not…",
            True,
        ),
        ("Fund for Innovation", "the Government's Fund for Innovation grants", True),
        ("Fund for Innovation", "the State Fund for Culture has…", False),
        ("Fund for Innovation", "the state fund for innovation has…", False),
        ("Seed for Innovation", "the State Sand for Innovation", False),
    ],
)
def test_a_partner_the_plan_calls_the_states_own_body(name, text, expected):
    assert called_the_states(name, text) is expected


def test_a_body_of_the_state_and_another_sector_is_not_cut_at_its_hyphen():
    mention = parse_partner("Comité de Concertation Etat-Secteur privé", "unknown")
    assert (mention.name, mention.sector) == (
        "Comité de Concertation Etat-Secteur privé",
        "government",
    )
    # A sector glued after a name is still its label.
    mention = parse_partner("Ministry of Trade in Iraq-Government Partner", "unknown")
    assert (mention.name, mention.sector) == ("Ministry of Trade in Iraq", "government")


@pytest.mark.parametrize(
    ("text", "expected"),
    [("Etat", "government"), ("État", "government"), ("Estado", "government")],
)
def test_the_state_in_french_and_spanish_is_government(text, expected):
    assert sector_word(text) == expected


def test_a_name_holding_the_state_in_french_is_government():
    assert sector_in_name("Secrétariat Général de l'Etat") == "government"
    # A university's head word settles it.
    assert parse_partner("Université d'Etat d'Haïti", "unknown").sector == "academia"


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("…continue to exist. The 2GIS management company has the resources…", ["2GIS"]),
        ("We worked with GIZ on it", ["GIZ"]),
        ("The 4IR agenda and 5G networks", []),
    ],
)
def test_an_acronym_starting_with_a_digit_is_read_whole(text, names):
    assert names_in_prose(text) == names


def test_a_ministry_named_in_sentence_case_before_a_dash_is_one_partner():
    line = (
        "Ministry of economic development and poverty reduction of Uzbekistan - the ministry of "
        "economic development and poverty reduction of Uzbekistan is the main coordinating "
        "government agency…"
    )
    [mention] = mentions_in(line, "government")
    assert mention.name == "Ministry of economic development and poverty reduction of Uzbekistan"
    assert mention.description.startswith("the ministry of economic development")


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        # A line in lower case; a name capitalising its head and a place alone.
        ("direction des politiques publiques à la présidence du gouvernement", True),
        ("Ministry of economic development and poverty reduction of Uzbekistan", True),
        # No organisation's word to start; capitals to read the name by.
        ("One of the biggest groceries chains in the Country", False),
        ("Ministry of Economic Development and Trade", False),
    ],
)
def test_a_name_in_sentence_case(line, expected):
    assert in_sentence_case(line, line) is expected


@pytest.mark.parametrize(
    ("sentence", "names"),
    [
        (
            "CSIP, FIIS, Angel for Us, Biz Care, Wise are working with SIBs to build the capacity",
            ["CSIP", "FIIS", "Angel for Us", "Biz Care", "Wise"],
        ),
        (
            "UNICEF, WHO, and Ministry of Health supported the survey",
            ["UNICEF", "WHO", "Ministry of Health"],
        ),
        # Two names are read elsewhere; a clause in lower case is no name.
        ("CSIP and FIIS are working with SIBs", []),
        ("CSIP, FIIS, local businesses are working with us", []),
        ("In 2022, we were working with CSIP, FIIS and Wise", []),
    ],
)
def test_names_listed_as_a_sentences_subject(sentence, names):
    assert subjects_listed(sentence) == names


ZANZIBAR_NAMES = (
    "Zanzibar Communion for Tourism-  Government Agency with mandate to oversee Tourism in "
    "Zanzibar Xsense AI- A company that creates AI models to solve tech and non-tech related "
    "problems"
)


@pytest.mark.parametrize(
    ("description", "expected"),
    [
        (
            "Xsense AI seeks to test various AI models…",
            "Zanzibar Communion for Tourism-  Government Agency with mandate to oversee Tourism "
            "in Zanzibar\nXsense AI- A company that creates AI models to solve tech and non-tech "
            "related problems",
        ),
        # The description names no partner after a later dash: one line, as it is.
        ("The Lab provides a platform for testing", ZANZIBAR_NAMES),
        ("", ZANZIBAR_NAMES),
    ],
)
def test_two_partners_run_on_one_line_each_before_its_dash(description, expected):
    assert glued_apart(ZANZIBAR_NAMES, description) == expected


@pytest.mark.parametrize(
    ("text", "said"),
    [
        (
            "Biz Care, Angel for Us are 2 new companies partnering with UNDP. They had…",
            [("Biz Care", "private_sector"), ("Angel for Us", "private_sector")],
        ),
        (
            "Tesai Reka and Fundacion Alda are local NGOs",
            [("Tesai Reka", "civil_society"), ("Fundacion Alda", "civil_society")],
        ),
        # A name the sentence does not start with, or no kind said.
        ("Both partners are new companies", []),
        ("Biz Care and Angel for Us are new to UNDP", []),
    ],
)
def test_what_kind_an_answer_says_partners_are(text, said):
    assert kinds_said(text) == said


def test_the_kind_the_new_and_unusual_answer_says_gives_a_partners_sector():
    answers = [
        Answer(
            "",
            "",
            "partners_civil_society",
            "CSIP, Biz Care, Wise are working with SIBs to build the capacity of SIBs and SIB "
            "supporting agencies",
        ),
        Answer("", "", "partners_new_unusual", "Biz Care is new. Biz Care are 2 new companies."),
    ]
    assert {p.name: p.sector for p in partners(answers)} == {
        "CSIP": "civil_society",
        "Biz Care": "private_sector",
        "Wise": "civil_society",
    }
