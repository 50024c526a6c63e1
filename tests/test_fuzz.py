"""Malformed values of every parameter, on every list, detail page, download, feed and API
endpoint: each answers with a decision (200, 400 or 404), never a 500.

A table rather than Hypothesis: the same ~1,500 requests on every run, each value chosen for
a way parameters have broken before (Python's 4,300-digit int limit, PostgreSQL's refusal of
NUL in text, wrong types, repeats)."""

import pytest
from django.urls import resolve

from records.lists import PUBLIC_LISTS
from records.query_parameters import recognised
from tests.factories import make_blog, make_partner, make_plan

BAD_VALUES = [
    "abc",
    "",
    "-1",
    "1.5",
    "9" * 5000,
    "\x00",
    "a\x00\x1b[0mb",
    "x" * 20_000,
    "²",
    "' OR 1=1 --",
]
ALLOWED = {200, 400, 404}

pytestmark = pytest.mark.slow


@pytest.fixture(scope="module")
def records(django_db_setup, django_db_blocker):
    from tests.factories import shared_rows

    with shared_rows(django_db_blocker):
        plan = make_plan(
            "Fuzzed plan",
            countries=["AZE"],
            sdgs=[5],
            thematic_areas=["youth"],
            methods=["mapping"],
            data_sources=["survey"],
            insights=["An insight"],
            partners=[("Partner org", "academia")],
        )
        make_plan("Hidden plan", is_published=False)
        partner = make_partner("Lone partner")
        blog = make_blog("Fuzzed blog", body="Body.")
        yield plan, partner, blog


def list_cases():
    """Each list page, API list and the statistics, with each parameter it reads (any other is
    redirected away: tests/cache/test_cache_busting.py)."""
    urls = [f"{prefix}{public.kind}/" for public in PUBLIC_LISTS for prefix in ("/", "/api/")]
    for url in [*urls, "/statistics/"]:
        for param in sorted(recognised(resolve(url))[0]):
            yield url, param


@pytest.mark.parametrize(("url", "param"), list(list_cases()))
def test_list_parameters_never_answer_500(client, db, records, url, param):
    for value in BAD_VALUES:
        response = client.get(url, {param: value})
        assert response.status_code in ALLOWED, (url, param, value[:20])
    # The same parameter repeated, with good and bad values.
    response = client.get(url, {param: ["1", "abc", "9" * 5000]})
    assert response.status_code in ALLOWED


def detail_urls(plan, partner, blog):
    return [
        "/",
        plan.get_absolute_url(),
        blog.get_absolute_url(),
        "/partners/partner-org/",
        "/countries/AZE/",
        "/regions/central-asia/",
        "/sdgs/5/",
        "/themes/youth/",
        "/feeds/blogs/",
        "/feeds/closing-reports/",
        "/sitemap.xml",
    ]


def test_detail_pages_never_answer_500_to_any_parameter(client, db, records):
    for url in detail_urls(*records):
        for param in ("page", "insights", "answers", "q"):
            for value in BAD_VALUES:
                response = client.get(url, {param: value})
                # A parameter the page does not read is redirected away (301).
                assert response.status_code in {*ALLOWED, 301}, (url, param, value[:20])
                if response.status_code == 301:
                    assert response["Location"] == url


@pytest.mark.parametrize(
    "prefix", ["/plans/", "/partners/", "/blogs/", "/countries/", "/regions/", "/sdgs/", "/themes/"]
)
def test_detail_paths_never_answer_500(client, db, records, prefix):
    for segment in ["%00", "a%00b", "%01", "x" * 3000, "9" * 5000, "%C3%28", "%FF", "..", "-1"]:
        response = client.get(f"{prefix}{segment}/")
        assert response.status_code == 404, (prefix, segment[:20])
