"""The search page: one ranked list across kinds with passages marked and escaped, counts per
kind linked into the lists with q kept, corrected queries and suggestions, a fixed number of
queries."""

import re

import pytest
from django.db import connection

from tests.factories import make_blog, make_plan

pytestmark = pytest.mark.django_db

HIT = re.compile(
    r'<h3 class="card-title"><a href="([^"]*)">([^<]*)</a></h3>\s*<p class="summary">(.*?)</p>',
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
        (heading, count)
        for count, heading in re.findall(
            r"<li><a href=\"[^\"]*\">All (\d+) ([^<]+)</a></li>", response.content.decode()
        )
    )


def test_search_page_counts_each_kind_and_links_into_its_list(client, records):
    response = client.get("/search/", {"q": "women STEM"})

    assert counts(response) == {
        "learning plans": "1",
        "insights": "1",
        "blogs and publications": "1",
    }
    html = response.content.decode()
    # One ranked list across kinds: the plan (its title matches) first, its insight found
    # through it; the partner has one of the words only, and comes after the others.
    found = [title for _, title, _ in HIT.findall(html)]
    assert found == ["Women in STEM careers", "Girls in STEM", "STEM Academy"]
    assert html.index("Results with some of your words") < html.index("STEM Academy")
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

    assert counts(response)["partners"] == "1"
    assert [title for _, title, _ in HIT.findall(response.content.decode())] == ["STEM Academy"]


def test_search_page_answers_a_misspelt_query_with_the_corrected_one(client, records):
    response = client.get("/search/", {"q": "womne STEM"})

    html = response.content.decode()
    assert "Showing results for <strong>women stem</strong>" in html
    assert 'search instead for <a href="?q=womne+STEM&amp;spelling=typed">' in html
    assert HIT.findall(html)[0][1] == "Women in STEM careers"
    response = client.get("/search/", {"q": "womne STEM", "spelling": "typed"})
    html = response.content.decode()
    assert "0 results for “womne STEM”" in html
    assert re.findall(r'Did you mean <a href="\?q=([^"]*)">', html) == ["women+stem"]


def test_search_page_offers_fewer_words_keeping_the_rarest(client, records):
    response = client.get("/search/", {"q": "womne zebra"})
    html = response.content.decode()
    assert "0 results for “womne zebra”" in html
    assert "Did you mean" not in html and "fewer words" not in html

    # women is in every record, careers in one: careers is kept.
    response = client.get("/search/", {"q": "women careers zebra"})
    assert re.findall(r'fewer words: <a href="\?q=([^"]*)">', response.content.decode()) == [
        "women+careers"
    ]
    # Results with some of the words follow.
    assert HIT.findall(response.content.decode())[0][1] == "Women in STEM careers"


def test_home_search_box_goes_to_the_search_page(client):
    assert 'action="/search/"' in client.get("/").content.decode()


def test_search_page_without_a_query_shows_the_form_only(client, records):
    html = client.get("/search/").content.decode()
    assert 'id="search-q"' in html and "results-heading" not in html


def test_search_page_query_count_is_fixed(client, records, django_assert_num_queries):
    # The data version; the keys of hidden records (read once per data version, here after
    # each write); whether it finds a plan; per kind its count; the entries matching every
    # word, then (fewer than a page) some of them, and the rows of each kind shown (plans,
    # insights, blogs); the vocabulary (its words, and those of hidden records' entries: read
    # once per data version); on PostgreSQL, the entries holding each word group, which
    # its ranking weighs by (once per data version too).
    counted = connection.vendor == "postgresql"
    with django_assert_num_queries(15 + counted):
        client.get("/search/", {"q": "women"})
    for n in range(5):
        make_plan(f"Women plan {n}", insights=[f"Women insight {n}."])
        make_blog(f"Women blog {n}")
    # A page of records matching every word: none with some of them looked for.
    with django_assert_num_queries(14 + counted):
        client.get("/search/", {"q": "women"})
