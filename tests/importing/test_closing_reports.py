"""Closing reports imported as a curator expects: insights beside their intro, every word of the
insights answer kept once; partners named in the sector answers, each with its name's sector."""

from records.models import Partner, PlanAnswer
from tests.factories import DATA, run_import

GREEN_WEEK = DATA / "learningplan" / "green_entrepreneurship_week.md"
ZANZIBAR = (
    DATA
    / "learningplan"
    / "1__using_new_data_sources_brought_a_lot_of_interest_from_the_government_sid_.md"
)


def test_insights_answer_keeps_its_intro_and_insights_their_items(db):
    run_import(GREEN_WEEK)
    [intro] = PlanAnswer.objects.filter(key="insights")
    plan = intro.plan
    assert intro.text == (
        "In order to have a green economic transition in Algeria, below are the top 5 key "
        "insights and recommendations we generated:"
    )
    assert list(plan.insights.values_list("position", "text"))[::4] == [
        (
            0,
            "Encourage private sector investment in clean technology and strengthen "
            "public-private partnership",
        ),
        (
            4,
            "Encourage the coordination between ministerial departments and other sectors to "
            "facilitate the implementation of projects in waste management",
        ),
    ]
    assert plan.search_document.count("green economic transition in Algeria") == 1
    assert plan.search_document == plan.build_search_document()


def test_close_a_sector_answers_give_partners_with_their_names_sectors(db):
    run_import(ZANZIBAR)
    assert list(Partner.objects.order_by("name").values_list("name", "sector")) == [
        ("Open Map Development", "civil_society"),
        ("State University of Zanzibar", "academia"),
        ("UNWTO", "un"),
        ("Zanzibar Tour Operators Association", "civil_society"),
        ("Zanzibar Tourism Commission", "government"),
    ]
