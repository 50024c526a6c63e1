"""The search page: counts per kind, best hits with their passage marked and escaped, links
into the lists with q kept, suggestions, a fixed number of queries."""

import re

import pytest
from django.db import connection

from tests.factories import make_blog, make_plan

pytestmark = pytest.mark.django_db

HIT = re.compile(
    r'<h4 class="card-title"><a href="([^"]*)">([^<]*)</a></h4>\s*<p class="summary">(.*?)</p>',
    re.S,
)


@pytest.fixture
def records():
    make_plan(
        "Women in STEM careers",
        challenge="Few women study <b>science</b>.",
        insights=["Mentors keep women in STEM."],
        partners=[("STEM Academy", "academia")],
    )
    make_plan("Education system reform", stage="closing", insights=["The system fails."])
    make_plan("Hidden STEM plan", challenge="Secret women in STEM.", is_published=False)
    make_blog("Girls in STEM", body="Coding clubs for women and girls.")


def counts(response):
    return dict(
        re.findall(r"<li><a href=\"[^\"]*\">([^:<]+): (\d+)</a></li>", response.content.decode())
    )


def test_search_page_counts_each_kind_and_links_into_its_list(client, records):
    response = client.get("/search/", {"q": "women STEM"})

    assert counts(response) == {
        "Learning plans": "1",
        "Closing reports": "0",
        "Insights": "1",
        "Partners": "0",
        "Blogs and publications": "1",
    }
    html = response.content.decode()
    assert 'href="/plans/?q=women+STEM&amp;stage=plan"' in html
    assert 'href="/insights/?q=women+STEM"' in html
    assert "Hidden" not in html and "Secret" not in html


def test_search_page_marks_the_passage_and_escapes_the_archive_text(client, records):
    response = client.get("/search/", {"q": "science"})

    [(url, title, summary)] = HIT.findall(response.content.decode())
    assert (url, title) == ("/plans/women-in-stem-careers/", "Women in STEM careers")
    assert "Few women study &lt;b&gt;<mark>science</mark>&lt;/b&gt;." in summary


def test_search_page_finds_partners_by_name(client, records):
    response = client.get("/search/", {"q": "academy"})

    assert counts(response)["Partners"] == "1"
    assert [title for _, title, _ in HIT.findall(response.content.decode())] == ["STEM Academy"]


def test_search_page_suggests_a_spelling_and_fewer_words_when_nothing_matches(client, records):
    response = client.get("/search/", {"q": "womne zebra"})

    html = response.content.decode()
    assert "0 results for “womne zebra”" in html
    assert "Did you mean" not in html and "fewer words" not in html
    response = client.get("/search/", {"q": "womne STEM"})
    assert re.findall(r'Did you mean <a href="\?q=([^"]*)">', response.content.decode()) == [
        "women+stem"
    ]
    response = client.get("/search/", {"q": "careers zebra"})
    assert re.findall(r'fewer words: <a href="\?q=([^"]*)">', response.content.decode()) == [
        "careers"
    ]


def test_home_search_box_goes_to_the_search_page(client):
    assert 'action="/search/"' in client.get("/").content.decode()


def test_search_page_without_a_query_shows_the_form_only(client, records):
    html = client.get("/search/").content.decode()
    assert 'id="search-q"' in html and "results-heading" not in html


def test_search_page_query_count_is_fixed(client, records, django_assert_num_queries):
    # The data version; per kind its count, and when it found some its best keys (in the
    # count's query on PostgreSQL) and their rows (no closing report nor partner here); the
    # vocabulary (its words, and those of hidden records' entries: read once per data
    # version, here after each write).
    queries = 11 if connection.vendor == "postgresql" else 14
    with django_assert_num_queries(queries):
        client.get("/search/", {"q": "women"})
    for n in range(5):
        make_plan(f"Women plan {n}", insights=[f"Women insight {n}."])
        make_blog(f"Women blog {n}")
    with django_assert_num_queries(queries):
        client.get("/search/", {"q": "women"})
