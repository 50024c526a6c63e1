"""The plan a closing report's text agrees with, whoever filed it (records.cycle_texts)."""

from dataclasses import replace

from records.cycle_features import held_texts
from records.cycle_matching import CycleRecord
from records.cycle_naming import Titles
from records.cycle_texts import EVIDENCE_START, match

PLACES = {"TUR": {"Turkey"}, "MWI": {"Malawi"}}
# From the archive: a report without a title of its own (its first insight) and the plan of a
# colleague it closes, and another plan of the lab.
WILLINGNESS = (
    "Willingness of a municipality is not enough for a successful partnership, organizational "
    "capacity should be sufficient. People are generally keen to be included in participatory "
    "design projects for public spaces. Participatory design is not a common practice in "
    "Turkey, especially in relatively small and disadvantaged regions; municipalities see "
    "participatory design projects as a burden."
)
PUBLIC_SPACES = (
    "Transformation of Public Spaces Through Participatory Design. Our challenge is to create "
    "conditions for participatory urban design and planning where residents share their views "
    "with the municipality. Only 1% of the public space design applications use participatory "
    "methods."
)
TEXTILE = (
    "Textile Waste. Our challenge is that textile waste from garment factories ends in "
    "landfills; we map recyclers and designers who reuse fabric offcuts."
)
AGRO = (
    "Agro-library to promote sustainable food production. Seeds and tools lent to urban "
    "farmers through the municipal library network."
)


def record(pk, title, text, *, report=False, year=2021, focal_point="a@undp.org", titled=True):
    return CycleRecord(
        pk,
        title,
        year,
        frozenset({"TUR"}),
        text,
        is_report=report,
        is_plan=not report,
        titled=titled,
        focal_point=focal_point,
    )


def plans():
    return [
        record(10, "Transformation of Public Spaces Through Participatory Design", PUBLIC_SPACES),
        record(11, "Textile Waste", TEXTILE, year=2021, focal_point="b@undp.org"),
        record(12, "Agro-library to promote sustainable food production", AGRO),
    ]


def willingness(**changes):
    title = "Willingness of a municipality is not enough for successful partnership, but…"
    found = record(1, title, WILLINGNESS, report=True, focal_point="c@undp.org", titled=False)
    return replace(found, **changes)


def test_report_is_joined_to_the_plan_its_text_agrees_with():
    joins = match([willingness()], plans(), PLACES)
    assert joins[1].plan == 10
    assert joins[1].evidence.startswith(EVIDENCE_START)


def test_a_closed_plan_is_not_offered():
    assert match([willingness()], plans(), PLACES, excluded={10}) == {1: None}


def test_a_report_reading_as_much_like_another_plan_is_left():
    twin = record(13, "Participatory design of public spaces in Turkey", PUBLIC_SPACES)
    assert match([willingness()], [*plans(), twin], PLACES) == {1: None}


def test_the_report_agreeing_most_with_the_plan_takes_it():
    closer = willingness(pk=2, text=f"{WILLINGNESS} {PUBLIC_SPACES}")
    joins = match([willingness(), closer], plans(), PLACES)
    assert (joins[1], joins[2].plan) == (None, 10)


def test_a_report_whose_own_title_names_another_plan_is_left():
    titled = willingness(title="Closing: Textile Waste", titled=True)
    assert match([titled], plans(), PLACES) == {1: None}


def test_a_report_closes_no_plan_later_than_a_year_its_title_names():
    titled = willingness(title="Participation closing form 2020", titled=True, year=2021)
    assert match([titled], plans(), PLACES) == {1: None}


def test_a_plan_of_later_years_or_other_countries_is_not_offered():
    later = [replace(p, year=2022) for p in plans()]
    elsewhere = [replace(p, countries=frozenset({"MWI"})) for p in plans()]
    assert match([willingness()], later, PLACES) == {1: None}
    assert match([willingness()], elsewhere, PLACES) == {1: None}


def test_a_closed_plan_its_closer_reads_far_better_is_no_rival():
    # Report 2 closes the twin plan and reads it whole; report 1 reads it no more than plan 10.
    twin = record(13, "Participatory design of public spaces in Turkey", PUBLIC_SPACES)
    closer = willingness(pk=2, text=PUBLIC_SPACES)
    read = held_texts([willingness(), closer, *plans(), twin])
    joins = match([willingness()], [*plans(), twin], PLACES, {13}, read, closers={13: 2})
    assert joins[1].plan == 10


def test_a_closed_plan_its_closer_reads_no_better_stays_a_rival():
    twin = record(13, "Participatory design of public spaces in Turkey", PUBLIC_SPACES)
    read = held_texts([willingness(), willingness(pk=2), *plans(), twin])
    joins = match([willingness()], [*plans(), twin], PLACES, {13}, read, closers={13: 2})
    assert joins == {1: None}


def test_a_rare_word_of_a_reports_title_is_one_that_few_plans_titles_hold():
    titles = Titles(
        [
            record(10, "Telemedicine solution for remote areas", PUBLIC_SPACES),
            record(11, "Financial inclusion", TEXTILE),
            record(12, "Financial inclusion of women", AGRO),
            record(13, "Financial literacy", AGRO),
        ],
        PLACES,
    )
    telemedicine = willingness(title="What did we learn from Telemedicine?", titled=True)
    finance = willingness(title="Closing: Financial inclusion", titled=True)
    assert titles.rare_terms(telemedicine) == {"telem"}
    assert titles.rare_terms(finance) == {"inclu"}


def test_a_report_whose_own_title_names_another_plan_reads_no_plan_better():
    # Report 2 reads plan 10 more than report 1 does, but its title names plan 11.
    other = willingness(
        pk=2, title="Closing: Textile Waste", titled=True, text=f"{WILLINGNESS} {PUBLIC_SPACES}"
    )
    joins = match([willingness(), other], plans(), PLACES)
    assert (joins[1].plan, joins[2]) == (10, None)
