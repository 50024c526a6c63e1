"""No made-up query parameter, order or repetition renders afresh a page the cache keeps: a
parameter a page does not read is redirected away, and the pages and the whole list's
downloads are kept under the parameters they read."""

import re
from html import unescape

import pytest
from django.db import connection
from django.http import QueryDict
from django.test.utils import CaptureQueriesContext

from records.query_parameters import canonical_query
from tests.factories import make_catalogue, make_plan

pytestmark = pytest.mark.django_db

HREF = re.compile(r'href="([^"#]*\?[^"#]*)"')


@pytest.fixture
def catalogue(committed):
    with committed():
        return make_catalogue()


def rendered(client, url) -> bool:
    """Whether the page was rendered (more queries than the data version's one)."""
    with CaptureQueriesContext(connection) as queries:
        response = client.get(url)
    assert response.status_code == 200, url
    return len(queries) > 1


@pytest.mark.parametrize(
    ("url", "canonical"),
    [
        ("/plans/?utm_source=mail", "/plans/"),
        ("/plans/?country=AZE&x=1&sort=title&x=2", "/plans/?country=AZE&sort=title"),
        ("/plans/?format=csv&nonce=81723", "/plans/?format=csv"),
        ("/api/plans/?page_size=5&cb=1", "/api/plans/?page_size=5"),
        ("/countries/aze/?stage=closing&_=9", "/countries/aze/?stage=closing"),
        ("/plans/women-in-stem/?insights=2&q=x", "/plans/women-in-stem/?insights=2"),
        ("/blogs/beekeeping-in-baku/full/?page=2&v=3", "/blogs/beekeeping-in-baku/full/?page=2"),
        ("/search/?q=women&page=2", "/search/?q=women"),
        ("/feeds/blogs/?x", "/feeds/blogs/"),
        ("/?=1", "/"),
    ],
)
def test_a_parameter_the_page_does_not_read_is_redirected_away(client, url, canonical):
    response = client.get(url)
    assert (response.status_code, response["Location"]) == (301, canonical)


def test_the_redirect_costs_no_query(client, catalogue, django_assert_num_queries):
    with django_assert_num_queries(0):
        assert client.get("/plans/?cachebuster=1").status_code == 301


def test_staff_are_redirected_too(admin_client, catalogue):
    response = admin_client.get("/plans/?country=AZE&junk=1")
    assert (response.status_code, response["Location"]) == (301, "/plans/?country=AZE")


def test_reordered_and_repeated_parameters_share_one_cached_page(client, catalogue):
    first = client.get("/plans/?country=AZE&sort=title&stage=closing")
    client.get("/plans/?country=AZE&sort=title&stage=closing&q=")
    for url in (
        "/plans/?stage=closing&sort=title&country=AZE",
        "/plans/?sort=title&country=AZE&country=AZE&stage=closing&stage=closing",
        "/plans/?sort=newest&country=AZE&stage=closing&sort=title",
        "/plans/?q=junk&stage=closing&sort=title&country=AZE&q=&q=",
    ):
        assert not rendered(client, url), url
    assert client.get("/plans/?stage=closing&country=AZE&sort=title").content == first.content


def test_the_last_value_of_a_repeated_parameter_decides(client, catalogue):
    assert "Women in STEM" in client.get("/search/?q=nothing-here&q=women").text
    assert "Women in STEM" not in client.get("/search/?q=women&q=nothing-here").text


def test_canonical_query_orders_names_and_values_and_keeps_the_last_of_a_single_value():
    query = QueryDict("sort=title&country=KEN&q=a&country=AZE&q=b&country=KEN")
    assert canonical_query(query, {"country"}) == (
        ("country", ("AZE", "KEN")),
        ("q", "b"),
        ("sort", "title"),
    )


def test_links_of_the_public_pages_are_never_redirected(client, catalogue):
    """Every link with a query on the pages a visitor goes through names parameters its page
    reads."""
    plan, blog = catalogue["plan"], catalogue["blog"]
    pages = [
        "/",
        "/plans/",
        "/plans/?country=AZE&sort=title",
        "/plans/facets/theme/?country=AZE",
        "/insights/",
        "/partners/",
        "/blogs/",
        "/search/?q=women",
        "/statistics/",
        "/countries/",
        "/regions/",
        "/countries/aze/",
        plan.get_absolute_url(),
        blog.get_absolute_url(),
    ]
    links = set()
    for page in pages:
        links |= {unescape(href) for href in HREF.findall(client.get(page).text)}
    assert len(links) > 40
    for link in sorted(links):
        if link.startswith("/") and not link.startswith("/admin/"):
            assert client.get(link).status_code != 301, link


def test_the_whole_list_download_is_kept_once_whatever_else_its_url_says(client, catalogue):
    first = b"".join(client.get("/plans/?format=csv").streaming_content)
    with CaptureQueriesContext(connection) as queries:
        again = client.get("/plans/?q=&format=csv&country=&format=csv")
        body = b"".join(again.streaming_content)
    assert body == first
    assert not [q for q in queries if "records_learningplan" in q["sql"]]


def test_a_sorted_download_is_kept_apart(client, catalogue, committed):
    with committed():
        make_plan("Aardvarks in Azerbaijan", countries=["AZE"], year=2019)
    by_title = b"".join(client.get("/plans/?format=csv&sort=title").streaming_content)
    newest = b"".join(client.get("/plans/?format=csv").streaming_content)
    assert by_title.index(b"Aardvarks") < by_title.index(b"Women in STEM")
    assert newest.index(b"Women in STEM") < newest.index(b"Aardvarks")
