"""The API's records, over make_catalogue(), built once for the module."""

import pytest

from records.models import LearningPlan
from tests.exports.reading import API
from tests.factories import FOCAL_POINT, make_blog

pytestmark = pytest.mark.django_db


def test_api_plans_field_contract(client, catalogue):
    response = client.get("/api/plans/")

    assert response.status_code == 200
    assert response["Content-Type"] == "application/json"
    assert response.json() == {
        "count": 1,
        "next": None,
        "previous": None,
        "results": [
            {
                "slug": "women-in-stem",
                "title": "Women in STEM",
                "url": "http://testserver/plans/women-in-stem/",
                "stage": "closing",
                "year": 2023,
                "countries": ["AZE"],
                "sdgs": [5, 8, 9],
                "thematic_areas": ["behavioral change", "gender focus"],
                "methods": ["Crowdsourcing", "Sensemaking"],
                "data_sources": ["press"],
                "challenge_statement": "Our challenge is that women leave STEM careers.",
                "learning_questions": ["Why do they leave?", "What keeps them?"],
                "evidence": [],
                "insights": ["Mentors matter.", "Role models matter."],
                "partners": [
                    {"name": "Baku State University", "sector": "academia"},
                    {"name": "Ministry of Education", "sector": "government"},
                ],
                "blogs": [
                    "https://www.undp.org/azerbaijan/blog/women-who-code",
                    "https://example.org/not-imported",
                ],
            }
        ],
    }


def test_api_insights_field_contract(client, catalogue):
    response = client.get("/api/insights/")

    assert response.json() == {
        "count": 2,
        "next": None,
        "previous": None,
        "results": [
            {
                "text": text,
                "plan": {
                    "slug": "women-in-stem",
                    "title": "Women in STEM",
                    "url": "http://testserver/plans/women-in-stem/",
                },
                "countries": ["AZE"],
                "year": 2023,
            }
            for text in ["Mentors matter.", "Role models matter."]
        ],
    }


def test_api_partners_field_contract(client, catalogue):
    response = client.get("/api/partners/")

    # "Hidden Partner" works only with the hidden plan, so it is not public.
    assert response.json() == {
        "count": 2,
        "next": None,
        "previous": None,
        "results": [
            {
                "name": "Baku State University",
                "slug": "baku-state-university",
                "sector": "academia",
                "plans": ["women-in-stem"],
                "countries": [{"code": "AZE", "name": "Azerbaijan"}],
            },
            {
                "name": "Ministry of Education",
                "slug": "ministry-of-education",
                "sector": "government",
                "plans": ["women-in-stem"],
                "countries": [{"code": "AZE", "name": "Azerbaijan"}],
            },
        ],
    }


def test_api_blogs_field_contract(client, catalogue):
    make_blog("Undated", source_url="https://www.undp.org/blog/undated")

    response = client.get("/api/blogs/")

    assert response.json() == {
        "count": 2,
        "next": None,
        "previous": None,
        "results": [
            {
                "slug": "women-who-code",
                "title": "Women who code",
                "url": "http://testserver/blogs/women-who-code/",
                "kind": "blog",
                "source_url": "https://www.undp.org/azerbaijan/blog/women-who-code",
                "published_on": "2023-05-17",
                "year": 2023,
                "country": "AZE",
                "authors": [
                    {"name": "Leyla Seyidzade", "role": "Head of Exploration"},
                    {"name": "Nargiz Guliyeva", "role": ""},
                ],
            },
            {
                "slug": "undated",
                "title": "Undated",
                "url": "http://testserver/blogs/undated/",
                "kind": "blog",
                "source_url": "https://www.undp.org/blog/undated",
                "published_on": None,
                "year": None,
                "country": None,
                "authors": [],
            },
        ],
    }


@pytest.mark.parametrize("kind", API)
def test_api_lists_never_show_hidden_records_or_focal_points(client, catalogue, kind):
    text = client.get(API[kind]).content.decode()

    for secret in ["Hidden plan", "hidden-plan", "Hidden insight", "Hidden Partner", "Hidden blog"]:
        assert secret not in text
    assert catalogue["hidden_blog"].source_url not in text
    assert FOCAL_POINT not in text
    assert "focal" not in text


def test_api_page_past_the_end_is_a_404(client, catalogue):
    response = client.get("/api/blogs/", {"page": "3"})

    assert response.status_code == 404
    assert response.json() == {"detail": "Page 3 does not exist: there are 1."}


def test_api_is_read_only(client, catalogue):
    response = client.post("/api/plans/", {"title": "New"})

    assert response.status_code == 405
    assert response["Allow"] == "GET, HEAD"
    assert LearningPlan.objects.count() == 2


def test_api_responses_may_be_cached_for_five_minutes(client, catalogue):
    response = client.get("/api/plans/")

    assert response["Cache-Control"] == "public, max-age=300"
