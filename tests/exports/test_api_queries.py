"""The API over the rows each test makes: paging and query counts."""

import pytest

from records.exports import api
from records.models import Blog
from tests.factories import make_full_blogs, make_full_plans, make_plan

pytestmark = pytest.mark.django_db


def test_api_pages_keep_the_filters(client):
    for n in range(5):
        make_plan(f"Plan {n}", year=2022, countries=["KEN"])
    make_plan("Other year", year=2021, countries=["KEN"])
    make_plan("Hidden plan", year=2022, countries=["KEN"], is_published=False)

    first = client.get("/api/plans/", {"year": "2022", "page_size": "2"}).json()
    second = client.get(first["next"]).json()
    last = client.get(second["next"]).json()

    assert first["count"] == second["count"] == last["count"] == 5
    assert first["previous"] is None
    assert first["next"] == "http://testserver/api/plans/?year=2022&page_size=2&page=2"
    assert second["previous"] == "http://testserver/api/plans/?year=2022&page_size=2&page=1"
    assert second["next"] == "http://testserver/api/plans/?year=2022&page_size=2&page=3"
    assert last["next"] is None
    titles = [r["title"] for page in (first, second, last) for r in page["results"]]
    assert titles == [f"Plan {n}" for n in range(5)]


def test_api_page_size_is_capped(client, monkeypatch):
    monkeypatch.setattr(api, "MAX_PAGE_SIZE", 2)
    for n in range(3):
        make_plan(f"Plan {n}")

    body = client.get("/api/plans/", {"page_size": "50"}).json()

    assert [r["title"] for r in body["results"]] == ["Plan 0", "Plan 1"]
    assert body["next"] == "http://testserver/api/plans/?page_size=50&page=2"


def test_api_empty_list_is_an_empty_first_page(client):
    make_plan("Hidden plan", is_published=False)

    response = client.get("/api/plans/")

    assert response.status_code == 200
    assert response.json() == {"count": 0, "next": None, "previous": None, "results": []}


@pytest.mark.parametrize(
    "params, detail",
    [
        ({"page": "abc"}, "page must be a positive whole number, not 'abc'."),
        ({"page": "0"}, "page must be a positive whole number, not '0'."),
        ({"page": "-1"}, "page must be a positive whole number, not '-1'."),
        ({"page_size": "1.5"}, "page_size must be a positive whole number, not '1.5'."),
        ({"page_size": "0"}, "page_size must be a positive whole number, not '0'."),
    ],
)
def test_api_malformed_paging_is_a_400(client, params, detail):
    response = client.get("/api/plans/", params)

    assert response.status_code == 400
    assert response.json() == {"detail": detail}


@pytest.mark.usefixtures("hidden")
@pytest.mark.parametrize("rows", [1, 20])
def test_api_plans_query_count_is_fixed(client, django_assert_num_queries, rows):
    make_full_plans(rows)

    with django_assert_num_queries(12):
        body = client.get("/api/plans/").json()

    assert body["count"] == rows
    assert body["results"][0]["partners"] == [
        {"name": "Partner 0", "sector": "academia"},
        {"name": "Shared Partner", "sector": "government"},
    ]


@pytest.mark.usefixtures("hidden")
@pytest.mark.parametrize("rows", [1, 20])
def test_api_insights_query_count_is_fixed(client, django_assert_num_queries, rows):
    make_full_plans(rows)

    with django_assert_num_queries(4):
        body = client.get("/api/insights/", {"page_size": "40"}).json()

    assert body["count"] == rows * 2
    assert {r["year"] for r in body["results"]} == {2023}


@pytest.mark.usefixtures("hidden")
@pytest.mark.parametrize("rows", [1, 20])
def test_api_partners_query_count_is_fixed(client, django_assert_num_queries, rows):
    make_full_plans(rows)

    with django_assert_num_queries(5):
        body = client.get("/api/partners/", {"page_size": "40"}).json()

    assert body["count"] == rows + 1
    shared = next(r for r in body["results"] if r["name"] == "Shared Partner")
    assert len(shared["plans"]) == rows
    assert [country["code"] for country in shared["countries"]] == ["AZE", "KEN"]


@pytest.mark.usefixtures("hidden")
@pytest.mark.parametrize("rows", [1, 20])
def test_api_blogs_query_count_is_fixed(client, django_assert_num_queries, rows):
    make_full_blogs(rows)

    with django_assert_num_queries(4):
        body = client.get("/api/blogs/").json()

    assert body["count"] == rows
    assert {r["title"] for r in body["results"]} == set(
        Blog.objects.published().values_list("title", flat=True)
    )
