"""Shapes of partner answers read as a curator reads them: a bulleted list pasted flat on one
line, a class whose members carry glosses or a narrower kind, a programme written after its
organisation's acronym, a name followed by the kind of body it is, and a description
answer whose paragraphs each open with a partner's name."""

import pytest

from records.archive.document import Answer
from records.archive.partner_groups import is_class_phrase
from records.archive.partner_pasted import names_apart, pasted_items
from records.archive.partners import partners


def found(text: str, key: str = "partner_name") -> list[tuple[str, str]]:
    return [(p.name, p.sector) for p in partners([Answer("", "", key, text)], [])]


def group(names: str, description: str) -> dict[str, str]:
    answers = [
        Answer("Partners", "name", "partner_name", names),
        Answer("Partners", "description", "partner_description", description),
    ]
    return {p.name: p.description for p in partners(answers, [])}


@pytest.mark.parametrize(
    ("line", "items"),
    [
        pytest.param(
            "- The ministry of environment - SMTD - city halls - private sectors (innovators "
            "(RIMCIOMPOST, SMARTrash)",
            [
                "The ministry of environment",
                "SMTD",
                "city halls",
                "private sectors (innovators (RIMCIOMPOST, SMARTrash)",
            ],
            id="bulleted-list-pasted-flat",
        ),
        pytest.param(
            "Hardware Garage - Hardware Accelerator Electric City Energy - Renewable Energy "
            "player Solaris Greentech - Alternative Energy player",
            [
                "Hardware Garage - Hardware Accelerator Electric City Energy - Renewable Energy "
                "player",
                "Solaris Greentech - Alternative Energy player",
            ],
            id="no-bullet-names-and-descriptions-run-together",
        ),
        pytest.param(
            "Ministry of Natural Resources - Green and Circular Economy activities Ministry of "
            "Energy – energy efficiency measures discussion Ministry of Communications - smart "
            "cities activities",
            [
                "Ministry of Natural Resources - Green and Circular Economy activities",
                "Ministry of Energy – energy efficiency measures discussion",
                "Ministry of Communications - smart cities activities",
            ],
            id="description-ends-with-the-next-name",
        ),
        pytest.param(
            "Belarusian Innovation Foundation - support for Green startups. Private sector   "
            "UNITER – investment company. Ministries   Ministry "
            "of Economy – data on Green Growth",
            [
                "Belarusian Innovation Foundation - support for Green startups.",
                "UNITER – investment company.",
                "Ministry of Economy – data on Green Growth",
            ],
            id="headings-between-the-items",
        ),
        pytest.param(
            "Centre (YTRC) - to include this stakeholder group US Embassy and UN WOMEN - "
            "providers of funding",
            [
                "Centre (YTRC) - to include this stakeholder group",
                "US Embassy, UN WOMEN - providers of funding",
            ],
            id="two-names-joined-by-and",
        ),
        pytest.param(
            "Seriti Institute – Food waste mapping in Waterburg District World Wide Fund for "
            "Nature – Behaviour change campaign",
            [
                "Seriti Institute – Food waste mapping in Waterburg District World Wide Fund for "
                "Nature – Behaviour change campaign"
            ],
            id="capitalised-words-after-in-are-the-description",
        ),
        pytest.param(
            "CSIR – R&D on biogas. OR Tambo, eThekwini and Waterburg Districts – we engaged "
            "with these partners - they hosted us",
            [
                "CSIR – R&D on biogas. OR Tambo, eThekwini and Waterburg Districts – we engaged "
                "with these partners - they hosted us"
            ],
            id="the-end-of-a-list-is-no-name",
        ),
        pytest.param(
            "Mogilev Association - selecting winners. Belarusian innovation Fund - support of "
            "startups - green startups",
            [
                "Mogilev Association - selecting winners. Belarusian innovation Fund - support "
                "of startups - green startups"
            ],
            id="one-capitalised-word-is-no-name",
        ),
        pytest.param(
            "- Lake Hub - Private Sector - New Partner",
            ["- Lake Hub - Private Sector - New Partner"],
            id="name-sector-description",
        ),
        pytest.param(
            "- Ministry of Health - We held four workshops. - They hosted us - UNICEF",
            ["- Ministry of Health - We held four workshops. - They hosted us - UNICEF"],
            id="a-sentence-among-the-parts",
        ),
    ],
)
def test_pasted_items_split_partners_pasted_flat_on_one_line(line, items):
    assert pasted_items(line) == items


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "- The ministry of environment - SMTD - city halls - private sectors (innovators "
            "(RIMCIOMPOST, SMARTrash)",
            [
                ("Ministry of environment", "government"),
                ("SMTD", "unknown"),
                ("RIMCIOMPOST", "private_sector"),
                ("SMARTrash", "private_sector"),
            ],
            id="pasted-list-and-narrower-kind",
        ),
        pytest.param(
            "Farming Associations in Mauritius and Seychelles (Val D'En Dor, Seychelles Farming "
            "Association + FALCON Association (Mauritius/Rodrigues))",
            [
                ("Val D'En Dor", "civil_society"),
                ("Seychelles Farming Association", "civil_society"),
                ("FALCON Association", "civil_society"),
            ],
            id="members-with-glosses-and-plus",
        ),
        pytest.param(
            "Associação de Produtores da Ribeira de São Filipe, a non-governmental organization "
            "(The implementation of the pilot project will take place in Praia.",
            [("Associação de Produtores da Ribeira de São Filipe", "civil_society")],
            id="name-then-kind-of-body",
        ),
    ],
)
def test_partners_of_list_shapes(text, expected):
    assert found(text) == expected


def test_names_and_descriptions_run_together_give_each_partner_its_description():
    answer = Answer(
        "",
        "",
        "partners_government",
        "Ministry of Natural Resources - Green and Circular Economy activities Ministry of "
        "Energy - energy efficiency measures discussion State Committee for Science and "
        "Technologies - support of green startups",
    )
    assert [(p.name, p.description) for p in partners([answer], [])] == [
        ("Ministry of Natural Resources", "Green and Circular Economy activities"),
        ("Ministry of Energy", "energy efficiency measures discussion"),
        ("State Committee for Science and Technologies", "support of green startups"),
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "Ecommerce Associations in the region (such as E-commerce Association Croatia and "
            "SDC – Market Makers Project Bosnia and Hercegovina)",
            [
                "E-commerce Association Croatia",
                "SDC - Market Makers Project Bosnia and Hercegovina",
            ],
            id="acronym-dash-project-in-prose",
        ),
        pytest.param(
            "UNDP - Accelerator Lab Programme", ["UNDP - Accelerator Lab Programme"], id="un"
        ),
        pytest.param(
            "GEF- Small Grants Project Team",
            ["GEF"],
            id="a-team-is-no-programme",
        ),
    ],
)
def test_a_programme_written_after_its_organisations_acronym_is_one_partner(text, expected):
    assert [name for name, _ in found(text)] == expected


def test_each_partner_takes_the_paragraph_its_name_labels():
    described = group(
        "ISDMEU\nThe Office of the Presidential Commissioner\nCrea Consultores",
        "The Office of the Presidential Commissioner: This office supports the project.\n\n"
        "ISDEMU (Salvadoran Institute for the Development of Women): ISDEMU brings its "
        "expertise.\n\nCrea Consultores: A firm specializing in research.",
    )
    assert described == {
        "ISDMEU": "ISDEMU brings its expertise.",
        "Office of the Presidential Commissioner": "This office supports the project.",
        "Crea Consultores": "A firm specializing in research.",
    }


def test_labels_naming_two_other_organisations_share_nothing_out():
    # Two paragraphs labelled with names the name answer does not hold: the labels are not
    # the partners', the description goes to both.
    description = "Context: We met twice. Results: Both helped."
    assert group("Alpha Foundation\nBeta Institute", description) == {
        "Alpha Foundation": description,
        "Beta Institute": description,
    }


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "Piloted a participatory futures methodology with PIANGO – Pacific Islands "
            "Association of Non-Governmental Organizations. As part of UNDP’s ongoing support, "
            "UNDP facilitated a foresight exercise.",
            [("PIANGO", "civil_society")],
            id="past-verb-then-with-name",
        ),
        pytest.param(
            "United Nations Development Programme - funding",
            [("United Nations Development Programme", "un")],
            id="a-name-of-capitalised-words",
        ),
    ],
)
def test_a_line_saying_what_was_done_with_an_organisation_names_it(text, expected):
    assert found(text, "partners_civil_society") == expected


@pytest.mark.parametrize(
    ("text", "lines"),
    [
        pytest.param(
            "Ghana Stammering Association (worked with them on the web app)  Ghana Federation "
            "of Disability Organisations (as the umbrella organisation)  PHG (volunteering)",
            [
                "Ghana Stammering Association (worked with them on the web app)",
                "Ghana Federation of Disability Organisations (as the umbrella organisation)",
                "PHG (volunteering)",
            ],
            id="names-with-glosses",
        ),
        pytest.param(
            "National youth council of Malawi (NYCOM)-identified youth for workshops   Ministry "
            "of Youth: provided technical expertise",
            [
                "National youth council of Malawi (NYCOM)-identified youth for workshops",
                "Ministry of Youth: provided technical expertise",
            ],
            id="name-and-colon",
        ),
        pytest.param(
            "UNDP  CO Portfolios (Environment; Youth) other CO (SIDS countries)",
            ["UNDP  CO Portfolios (Environment; Youth) other CO (SIDS countries)"],
            id="after-a-single-word",
        ),
        pytest.param(
            "support for Green startups. Private sector   UNITER – investment company",
            ["support for Green startups. Private sector   UNITER – investment company"],
            id="after-a-heading",
        ),
        pytest.param(
            "Gross National Happiness Commission  Local innovator",
            ["Gross National Happiness Commission  Local innovator"],
            id="no-item-opens",
        ),
        pytest.param(
            "We worked with the  Ministry of Health: they hosted us",
            ["We worked with the  Ministry of Health: they hosted us"],
            id="inside-a-sentence",
        ),
    ],
)
def test_names_apart_breaks_lines_run_together_before_an_item(text, lines):
    assert names_apart(text).split("\n") == lines


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        ("Private waste collectors", True),
        ("Informal citizens' groups", True),
        ("Border communities and their representatives", True),
        ("Waste collection workers under payroll", True),
        ("Physics, chemistry, and technology teachers", True),
        ("Local producers for prototype", True),
        ("Sucupira women's association", False),
        ("FBK-Bel consulting companies", False),
        ("Al Disi women cooperative", False),
        ("Ghana Federation of Disability Organisations", False),
        ("Desert research center", False),
    ],
)
def test_a_class_of_actors_in_sentence_case_is_no_partner(name, expected):
    assert is_class_phrase(name) is expected
    assert (name in [n for n, _ in found(name)]) is not expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "We worked with the Khomas Regional Council and the Constituency Councillor",
            ["Khomas Regional Council"],
            id="office-holder-after-and-the",
        ),
        pytest.param(
            "We worked with the Ministry of Health and the Ministry of Education",
            ["Ministry of Health", "Ministry of Education"],
            id="two-bodies",
        ),
    ],
)
def test_a_person_named_by_their_office_after_a_body_is_no_part_of_it(text, expected):
    assert [name for name, _ in found(text, "partners_government")] == expected
