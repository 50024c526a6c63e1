"""List pages over the rows each test makes: paging, cards and query counts."""

import gzip
import re

import pytest
from django.db import connection
from pytest_django.asserts import assertContains

from tests.factories import make_blog, make_full_blogs, make_plan, make_plans
from tests.views.html import CARD_TITLE, card_titles

pytestmark = pytest.mark.django_db


def test_plan_list_pagination_keeps_the_filters(client):
    make_plans({"title": f"Plan {n:02d}", "year": 2023, "sdgs": [5]} for n in range(23))
    make_plan("Other goal", year=2023, sdgs=[6])
    make_plan("Hidden goal", year=2023, sdgs=[5], is_published=False)

    first = client.get("/plans/?sdg=5&sort=title")
    second = client.get("/plans/?sdg=5&sort=title&page=2")

    assert card_titles(first) == [f"Plan {n:02d}" for n in range(20)]
    assertContains(first, 'href="?sdg=5&amp;sort=title&amp;page=2" rel="next"')
    assert card_titles(second) == ["Plan 20", "Plan 21", "Plan 22"]
    assertContains(second, 'href="?sdg=5&amp;sort=title&amp;page=1" rel="prev"')
    assertContains(second, '<span aria-current="page"><span class="visually-hidden">Page </span>2')


def test_plan_list_card_of_a_closing_report_quotes_its_first_insight(client):
    make_plan("Report", stage="closing", insights=["First insight.", "Second insight."])
    make_plan("Hidden report", stage="closing", insights=["Hidden.", "X"], is_published=False)

    response = client.get("/plans/")

    html = response.content.decode()
    assert re.findall(r'<p class="summary">([^<]*)</p>', html) == ["First insight."]


def list_rows(kind, count, start=0):
    """`count` records shown on the `kind` list, numbered from `start`, each with every
    relation its card shows, and one hidden record of the kind."""
    if kind == "blogs":
        make_blog(f"Hidden blog {start}", country="KEN", is_published=False)
        make_full_blogs(count, prefix=f"Blog from {start}")
        return
    make_plan(f"Hidden plan {start}", countries=["AZE"], insights=["H."], is_published=False)
    make_plans(
        {
            "title": f"Plan {n:02d}",
            "stage": "closing",
            "countries": ["AZE", "KEN"],
            "sdgs": [5, 8],
            "thematic_areas": ["gender focus", f"theme {n}"],
            "methods": ["Sensemaking"],
            "data_sources": ["press"],
            "challenge": "Our challenge is that...",
            "insights": [f"Insight {n}."],
            "partners": [(f"Partner {n:02d}", "academia")],
        }
        for n in range(start, start + count)
    )


def rows_shown(response):
    return len(card_titles(response) or re.findall('class="insight-text"', str(response.content)))


@pytest.mark.parametrize(
    ("kind", "url", "queries"),
    [
        # The data version, the facet counts, the count, the page's keys, its cards, their
        # countries.
        ("plans", "/plans/", 6),
        # Each filtered facet counted under the other filters, in the same query; the text
        # match is a subquery, not a query of its own; on PostgreSQL, the entries holding the
        # word, which its ranking weighs by (once per data version: here after each write).
        (
            "plans",
            "/plans/?sdg=5&country=AZE&theme=gender-focus&q=challenge",
            6 + (connection.vendor == "postgresql"),
        ),
        # The country (the theme) the URL names.
        ("plans", "/countries/aze/", 7),
        ("plans", "/themes/gender-focus/", 7),
        # The region's facet counted under the other filters, the six others together, in
        # one query.
        ("insights", "/insights/?region=western-asia", 6),
        ("partners", "/partners/?sector=academia", 10),
        ("blogs", "/blogs/?kind=blog", 6),
    ],
)
def test_list_page_query_count_is_the_same_at_1_and_20_rows(
    client, django_assert_num_queries, kind, url, queries
):
    list_rows(kind, 1)
    with django_assert_num_queries(queries):
        response = client.get(url)
    assert rows_shown(response) == 1

    list_rows(kind, 19, start=1)
    with django_assert_num_queries(queries):
        response = client.get(url)
    assert response.status_code == 200
    assert rows_shown(response) == 20


def test_list_page_is_sent_compressed(client):
    list_rows("plans", 20)

    response = client.get("/plans/", HTTP_ACCEPT_ENCODING="gzip")

    assert response["Content-Encoding"] == "gzip"
    assert len(CARD_TITLE.findall(gzip.decompress(response.content).decode())) == 20
