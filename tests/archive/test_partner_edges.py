"""A name read out of a sentence, bounded by the sentence; paragraphs run together on one
line of a partner answer read apart; one partner however its accents are written; a state
body's unit named in sentence case."""

import pytest

from records.archive import PartnerMention
from records.archive.partner_edges import edged, shared_head
from records.archive.partner_lists import partner_lines
from records.archive.partner_merging import merge_partners
from records.archive.partner_units import units_at_bodies
from records.archive.partners import mentions_in


@pytest.mark.parametrize(
    ("name", "text", "expected"),
    [
        (
            "Florida State University Supported",
            "Florida State University Supported the design of the Theory of Change.",
            "Florida State University",
        ),
        (
            "University of Panama Raúl Kelly",
            "University of Panama Raúl Kelly, scholar from the University of Panamá, helped.",
            "University of Panama",
        ),
        (
            "Neighborhood Council of Colonia",
            "Neighborhood Council of Colonia 20 de Octubre, in zone 5, Guatemala City.",
            "Neighborhood Council of Colonia 20 de Octubre",
        ),
        # "United" is no verb here, and a name without a person after it stays whole.
        ("United Nations", "United Nations agencies met.", "United Nations"),
        ("Ministry of Health", "Ministry of Health, the lead partner.", "Ministry of Health"),
    ],
)
def test_a_name_bounded_by_its_sentence(name, text, expected):
    assert edged(name, text) == expected


def test_paragraphs_run_together_on_one_line_are_read_apart():
    text = (
        "The University of Buenos Aires: Developed the method in Argentina.    Florida State "
        "University Supported the design.    The Technological University of Panama  The "
        "Center of Hydraulics designed the field method."
    )
    assert partner_lines(text) == [
        "The University of Buenos Aires: Developed the method in Argentina.",
        "Florida State University Supported the design.",
        "The Technological University of Panama",
        "The Center of Hydraulics designed the field method.",
    ]


def test_two_spaces_inside_a_sentence_join_it():
    assert partner_lines("We worked with the  Ministry of Health on data") == [
        "We worked with the Ministry of Health on data"
    ]


def test_one_partner_whatever_its_accents():
    merged = merge_partners(
        [
            PartnerMention("University of Panama", "academia", "We collaborated."),
            PartnerMention("University of Panamá", "academia", ""),
        ]
    )
    assert [m.name for m in merged] == ["University of Panama"]


@pytest.mark.parametrize(
    ("name", "text", "expected"),
    [
        (
            "University of Buea",
            "with public universities (University of Buea, Dschang, and the National school.",
            ["University of Dschang"],
        ),
        ("University of Buea", "University of Buea and Dschang.", ["University of Dschang"]),
        # A place's name after a name of no body's head, or a list's end, is no name.
        ("City of Buea", "City of Buea, Dschang, and others", []),
        ("University of Buea", "University of Buea, the best.", []),
    ],
)
def test_a_head_said_once_for_several_places(name, text, expected):
    assert shared_head(name, text) == expected


def test_an_elision_written_apart_from_its_word():
    line = (
        "We also worked with Organisation d' Appui en Ingénierie de Développement et de "
        "Maitrise d'OEuvre Sociale (OAI-DEMOS) during an innovation challenge."
    )
    assert [m.name for m in mentions_in(line, "civil_society")] == [
        "Organisation d'Appui en Ingénierie de Développement et de Maitrise d'OEuvre Sociale "
        "(OAI-DEMOS)"
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "To promote tourism. Blue economy cell at the foreign ministry Bangladesh started.",
            ["Blue economy cell at the foreign ministry"],
        ),
        # Mid-sentence, or a unit of no state body: no name.
        ("We met the blue economy cell at the foreign ministry.", []),
        ("Research unit at the university helped.", []),
    ],
)
def test_a_units_name_in_sentence_case(text, expected):
    assert units_at_bodies(text) == expected
