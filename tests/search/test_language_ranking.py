"""A search in French (or Spanish) ranks the records written in it first: the query's language
when its words tell it, else the interface's (records.search.query_language), on whichever
database DATABASE_URL names."""

import pytest
from django.utils import translation

from records.models import LearningPlan
from records.search import ranked_matches
from records.search.query_language import ranked_first, written_in
from tests.factories import make_plan

pytestmark = pytest.mark.django_db

ENGLISH = "Agriculture innovation"
FRENCH = "Innovation et agriculture"
ENGLISH_BETTER = "Agriculture innovation for farmers"


def in_french(title, challenge):
    plan = make_plan(title, challenge=challenge)
    plan.language = "fr"
    plan.save()  # the search entry is written again, stemmed in French
    return plan


@pytest.fixture
def plans():
    """An English and a French plan the words match alike, the English one a little better."""
    make_plan(ENGLISH, challenge="Innovation in agriculture: agriculture innovation for farmers.")
    in_french(FRENCH, "L'innovation dans l'agriculture pour les paysans.")


def titles(html: str) -> list[str]:
    """The titles of the two plans, in the order the page shows them."""
    return sorted((title for title in (ENGLISH, FRENCH) if title in html), key=html.index)


@pytest.mark.parametrize(
    ("query", "language"),
    [
        ("masques en tissu réutilisables zambie", "fr"),
        ("qualité de l'air almaty", "fr"),
        ("changement climatique", "fr"),
        ("inondations", "fr"),
        ("gestión forestal uganda", "es"),
        ("empleo juvenil", "es"),
        ("climate change adaptation", None),
        ("air pollution", None),
        ("moss wall dnipro pollution", None),
        ("libya access to justice", None),
        ("almaty", None),
    ],
)
def test_a_query_reads_as_french_or_spanish_by_its_words(query, language):
    assert written_in(query) == language


def test_the_interface_language_counts_when_the_words_do_not_tell():
    assert ranked_first("agriculture innovation") is None
    with translation.override("fr"):
        assert ranked_first("agriculture innovation") == "fr"
        assert ranked_first("empleo juvenil") == "es"
    with translation.override("es"):
        assert ranked_first("inondations") == "fr"


def test_records_in_the_language_ranked_first_come_first_among_near_equals(plans):
    published = LearningPlan.objects.published()

    def ranking(language):
        found = ranked_matches(published, "agriculture innovation", language)
        return [plan.title for plan in found.order_by("-search_rank", "pk")]

    assert ranking(None) == [ENGLISH, FRENCH]
    assert ranking("fr") == [FRENCH, ENGLISH]
    assert ranking("es") == [ENGLISH, FRENCH]


def test_the_search_page_in_french_or_for_a_french_query_ranks_french_records_first(client, plans):
    query = {"q": "agriculture innovation"}

    assert titles(client.get("/search/", query).content.decode()) == [ENGLISH, FRENCH]
    assert titles(client.get("/fr/search/", query).content.decode()) == [FRENCH, ENGLISH]
    french_words = client.get("/search/", {"q": "innovation et agriculture"})
    assert titles(french_words.content.decode()) == [FRENCH, ENGLISH]
    # The plan list the page links to ranks them the same way.
    assert titles(client.get("/fr/plans/", query).content.decode()) == [FRENCH, ENGLISH]


def test_a_clearly_better_english_match_still_comes_first(client):
    make_plan(ENGLISH_BETTER, challenge="Innovation in agriculture.")
    in_french("Paysans du Sahel", "Une innovation pour l'agriculture.")

    html = client.get("/fr/search/", {"q": "agriculture innovation"}).content.decode()
    assert html.index(ENGLISH_BETTER) < html.index("Paysans du Sahel")
