"""The sector a partner's kind of organisation gives away, by its name or its description:
public bodies, a community's committees, UNDP's regional bureaux, intergovernmental funds,
hubs and incubators. The names and lines are those of real plans."""

import pytest

from records.archive import parse
from records.archive.organisations import opening_name
from records.archive.sector_statements import stated_sector
from records.archive.sectors import decisive_sector, sector_in_name


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        # A city's mayor and a state's committees, centres and institutes.
        pytest.param("Osh Mayor's office", "government", id="mayors-office"),
        pytest.param("Auxiliary Mayor’s Office", "government", id="mayors-office-curly"),
        pytest.param("State Committee for Science and Technology", "government", id="state-com"),
        pytest.param("Bragin Executive Committee", "government", id="executive-committee"),
        pytest.param(
            "National Emergency Operations Committee (NEOC Samoa)",
            "government",
            id="national-committee",
        ),
        pytest.param(
            "National Center for Disease Control and Public Health (NCDC)",
            "government",
            id="national-center-for",
        ),
        pytest.param("National Innovation Center (NIC)", "government", id="national-x-center"),
        pytest.param(
            "ISTU (Salvadoran Institute of Tourism)", "government", id="a-countrys-institute"
        ),
        pytest.param("Institut National de la Statistique", "government", id="institut-national"),
        pytest.param(
            "Lesotho Tourism Development Corporation", "government", id="development-corporation"
        ),
        # "Corporation" alone is a company.
        pytest.param("Ethio Telecom Corporation", "private_sector", id="corporation"),
        # A continent's institute is no state's; an institute of technology is academia.
        pytest.param("American Institute of Architects", "unknown", id="continent-institute"),
        pytest.param(
            "Ethiopian Institute of Technology", "academia", id="country-institute-of-technology"
        ),
        # A state's administrations, divisions, assemblies, services and local offices.
        pytest.param(
            "Designated Areas for Sustainable Tourism Administration (DASTA)",
            "government",
            id="administration",
        ),
        pytest.param("ICT Division", "government", id="division"),
        pytest.param("Tobago House of Assembly (THA)", "government", id="house-of-assembly"),
        pytest.param("Rodrigues Regional Assembly", "government", id="regional-assembly"),
        pytest.param("Eswatini Revenue Service", "government", id="revenue-service"),
        pytest.param("Lalitpur Metropolitan City (LMC)", "government", id="metropolitan-city"),
        pytest.param("Ombudsman's Office", "government", id="ombudsman"),
        pytest.param("Lasta woreda trade office", "government", id="woreda"),
        pytest.param("Commune Council", "government", id="commune-council"),
        pytest.param("President's administration", "government", id="presidents-admin"),
        pytest.param("Bangladesh Tourism Board", "government", id="statutory-board"),
        pytest.param(
            "Lagos State Employment Trust Fund (LSETF)", "government", id="a-federated-state"
        ),
        pytest.param("Issykkul State University", "academia", id="a-state-university"),
        pytest.param("Board of Directors of Alpha", "unknown", id="board-of-no-state"),
        # States' development agencies are donors.
        pytest.param("GIZ", "other", id="giz"),
        pytest.param("USAID", "other", id="usaid"),
        pytest.param("GIZ/Lacuna Fund", "other", id="giz-fund"),
        pytest.param("Sidama Coffee Union", "unknown", id="sida-in-a-word-is-no-sida"),
        # An indigenous people's own.
        pytest.param(
            "Indigenous Center of the Amazon Region in Bolivia (CIRABO)",
            "civil_society",
            id="indigenous",
        ),
        pytest.param("Ministry of Indigenous Affairs", "government", id="indigenous-ministry"),
        # A community's committee or congress; a steering committee is nobody's sector.
        pytest.param("Mangrove Conservation Committee", "civil_society", id="committee"),
        pytest.param(
            "Misiones Mbokaja Poty Small Producers Committee", "civil_society", id="producers"
        ),
        pytest.param("Emberá Wounaan Congress", "civil_society", id="a-peoples-congress"),
        pytest.param("National Congress", "government", id="national-congress"),
        pytest.param("Steering Committee", "unknown", id="steering-committee"),
        # A group is a company only when it is not a group of people at work together.
        pytest.param("City Initiative Group", "civil_society", id="initiative-group"),
        pytest.param("Charoen Pokphand Group", "private_sector", id="company-group"),
        pytest.param("Human Mobility Group", "unknown", id="working-group"),
        pytest.param("Donor coordination group", "other", id="donors"),
        # UNDP's regional bureaux and hubs.
        pytest.param("RBAP Foresight Network", "un", id="regional-bureau-acronym"),
        pytest.param("RBLAC", "un", id="rblac"),
        pytest.param("Bankok Regional Hub/ SDG integration", "un", id="regional-hub"),
        pytest.param("Africa's RBA team", "un", id="rba"),
        # An intergovernmental fund.
        pytest.param(
            "Fund for the Development of Indigenous Peoples (FILAC)", "other", id="fund-for-the"
        ),
        # Hubs, incubators and accelerators are firms; UNDP's Accelerator Labs are not.
        pytest.param("X-HUB", "private_sector", id="glued-hub"),
        pytest.param("Impact Hub Lagos", "private_sector", id="impact-hub"),
        pytest.param("Seavus Accelerator", "private_sector", id="accelerator"),
        pytest.param("Global Accelerator Labs network", "un", id="accelerator-labs"),
        pytest.param("Programmatic hubs", "unknown", id="a-units-hub"),
        # An academy of sciences is academia; a crowdfunding academy is a course.
        pytest.param("National Academy of Sciences", "academia", id="academy-of"),
        pytest.param("State Oil Academy", "academia", id="state-academy"),
        pytest.param("Tadamon Crowdfunding Academy", "unknown", id="a-course"),
    ],
)
def test_sector_in_name_of_kinds_of_organisation(name, expected):
    assert sector_in_name(name) == expected


def test_a_development_corporation_limited_is_a_company():
    name = "Housing Development Corporation Ltd (Urbanco)"
    assert sector_in_name(name) == "government"
    assert decisive_sector(name) == "private_sector"  # "Ltd" settles it, whatever else


@pytest.mark.parametrize(
    ("name", "description", "expected"),
    [
        # A later sentence whose subject is a pronoun.
        pytest.param(
            "Almanaque Azul",
            "Almanaque Azul, in partnership with GeoIndigena, were the responsible parties of "
            "UNDP on the ground to lead the development of this R&D process. They are an NGO "
            "that focuses on education and research to protect the natural and cultural "
            "biodiversity of Panama.",
            "civil_society",
            id="they-are-an-ngo",
        ),
        # A later sentence of another subject says nothing of the partner.
        pytest.param(
            "Tour Operators",
            "We met the tour operators twice. The hotels are a company's assets.",
            "unknown",
            id="later-sentence-of-another-subject",
        ),
        # "This <kind>" anywhere: the partner described.
        pytest.param(
            "Edama Organic Solutions",
            "We are still at the preliminary phase of better understanding the scope and "
            "ecosystem of food waste in Saudi. Initial meeting are being arranged to see areas "
            "of collaboration. An initiative stemmed from KAUST with seed funding from their "
            "Innovation Fund. This start-up focuses on turning organic waste into soil compost.",
            "private_sector",
            id="this-start-up",
        ),
        pytest.param(
            "X-HUB",
            "X-HUB is an innovation hub specializing in supporting entrepreneurs in their "
            "business development journeys.",
            "private_sector",
            id="an-innovation-hub",
        ),
        pytest.param(
            "Hardware Garage",
            "Hardware Garage is a specialised incubator that supports innovators engaged in "
            "hardware fabrication.",
            "private_sector",
            id="an-incubator",
        ),
        pytest.param(
            "Indonesia Environment Fund (IEF)",
            "IEF is a government-owned fund management agency that focus on environment, "
            "climate, and disaster.",
            "government",
            id="government-owned",
        ),
        pytest.param(
            "Open Map Development",
            "A GIS non profit organisation that has worked with UNDP Acc Lab before.",
            "civil_society",
            id="non-profit-in-two-words",
        ),
        pytest.param(
            "El Wafa Center",
            "El Wafa center is a Non-Profite Organisation, a center providing assistance to the "
            "victims of rape and sexual assault in Mauritania.",
            "civil_society",
            id="non-profit-misspelt",
        ),
        pytest.param(
            "Benue State Sustainable Development Goals Office (SDGO)",
            "The Benue SDGO is a Benue State government parastatal that has the mandate to "
            "promote delivery of the SDGs.",
            "government",
            id="parastatal",
        ),
        pytest.param(
            "SICA",
            "SICA is an intergovernmental organization of Central American states.",
            "other",
            id="intergovernmental",
        ),
        pytest.param(
            "MiBanco",
            "https://www.mibanco.com.pe/\nLatin America’s largest microfinance institution. We "
            "worked with MiBanco’s innovation coaches.",
            "private_sector",
            id="web-address-then-a-places-kind",
        ),
        pytest.param(
            "YouthConnekt project",
            "CO project working with youths and that has interest to scale up the solution",
            "un",
            id="the-country-offices-project",
        ),
        pytest.param(
            "Recicla",
            "The company's project is co-coordinated with the market.",
            "unknown",
            id="no-project-of-the-office",
        ),
        pytest.param(
            "Innovation Cabinet",
            "entity established by decree for the coordination of 78 public, private and "
            "academic institutions",
            "unknown",
            id="sectors-in-lower-case-label-nothing",
        ),
        pytest.param(
            "Recicla por tu Futuro",
            "This effort is co-coordinated with Recicla por tu Futuro, a public-private-NGO model "
            "that leads recycling efforts in Panama City.",
            "other",
            id="of-several-sectors",
        ),
        pytest.param(
            "Recicla",
            "We work with Recicla, a long-term partner.",
            "unknown",
            id="hyphens-of-no-sector",
        ),
    ],
)
def test_stated_sector_of_kinds_of_organisation(name, description, expected):
    assert stated_sector(name, description) == expected


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        ("National Civil Protection Service", "government"),
        ("National Innovation Strategy (ENI)", "government"),
    ],
)
def test_a_states_services_and_strategies(name, expected):
    assert sector_in_name(name) == expected


@pytest.mark.parametrize(
    ("name", "description", "expected"),
    [
        (
            "SINAPROC",
            "The National Civil Protection Service, which is responsible to responding to "
            "events related to floodings and disasters, is a key actor.",
            "National Civil Protection Service",
        ),
        ("ECOFISH", "The Acc Lab has collaborated with the UNDP-ECOFISH project, which…", ""),
        ("Mallol", "The National Civil Protection Service, which…", ""),
    ],
)
def test_an_acronyms_description_opening_on_its_name(name, description, expected):
    assert opening_name(name, description) == expected


def _plan(*groups: tuple[str, str]) -> str:
    sets = "".join(
        f'<div class="group">\n\n> Please state the name of the partner:\n\n{name}\n\n</div>\n\n'
        '<div class="group">\n\n> What sector does your partner belong to?\n\n</div>\n\n'
        '<div class="group">\n\n> Please provide a brief description of the partnership.\n\n'
        f"{description}\n\n</div>\n\n"
        for name, description in groups
    )
    return f"# Plan\n\n[[type:learningplan]]\n## Partners\n\n{sets}"


def test_group_sets_with_no_sector_answer_take_the_sector_their_kind_gives():
    text = _plan(
        (
            "Ministry of Education and Training,\nLesotho Highlands Development Authority,\n"
            "Lesotho Tourism Development Corporation,\nSentebale",
            "To provide expertise, co-financing, solution inheritance for scaling and "
            "sustainability",
        ),
        ("City Initiative Group", "Grassroot innovations focal point"),
        ("Tadamon Crowdfunding Academy", "Capacity building on crowdfunding"),
        (
            "Almanaque Azul",
            "Almanaque Azul, in partnership with GeoIndigena, were the responsible parties of "
            "UNDP on the ground to lead the development of this R&amp;D process. They are an "
            "NGO that focuses on education and research to protect the natural and cultural "
            "biodiversity of Panama.",
        ),
        (
            "Emberá Wounaan Congress",
            "The Emberá - Wounaan Congress is the traditional traditional government structure "
            "of the Comarca Emberá Wounaan.",
        ),
        ("RBAP Foresight Network", "Knowledge resource and community of practice"),
    )
    assert {p.name: p.sector for p in parse(text).partners} == {
        "Ministry of Education and Training": "government",
        "Lesotho Highlands Development Authority": "government",
        "Lesotho Tourism Development Corporation": "government",
        # A charity, but nothing in the plan says so.
        "Sentebale": "unknown",
        "City Initiative Group": "civil_society",
        "Tadamon Crowdfunding Academy": "unknown",
        "Almanaque Azul": "civil_society",
        "Emberá Wounaan Congress": "civil_society",
        "RBAP Foresight Network": "un",
    }
