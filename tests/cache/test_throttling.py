"""The costly public responses, downloads and a long blog's full text, have a budget per
client: past it the answer is 429 with Retry-After, for that client alone, at the cost of no
query."""

import pytest

from records import throttling
from tests.factories import make_blog, make_plan

pytestmark = pytest.mark.django_db

ANOTHER_CLIENT = {"x-forwarded-for": "203.0.113.9"}  # through the trusted local proxy


@pytest.fixture
def plans():
    make_plan("Beekeeping in Baku", countries=["AZE"])


def test_downloads_past_the_budget_are_refused_with_retry_after(client, plans, monkeypatch):
    monkeypatch.setitem(throttling.RATES, "downloads", "3/m")
    answers = [
        client.get(url)
        for url in ("/plans/?format=csv", "/plans/?format=json", "/plans/?format=xlsx&q=baku")
    ]
    assert [r.status_code for r in answers] == [200, 200, 200]
    refused = client.get("/insights/?format=csv")
    assert refused.status_code == 429
    assert 1 <= int(refused["Retry-After"]) <= 60
    assert "Too many requests" in refused.text
    other = client.get("/plans/?format=csv", headers=ANOTHER_CLIENT)
    assert (other.status_code, b"Beekeeping in Baku" in b"".join(other.streaming_content)) == (
        200,
        True,
    )


def test_a_refusal_costs_no_query(client, plans, monkeypatch, django_assert_num_queries):
    monkeypatch.setitem(throttling.RATES, "downloads", "1/m")
    assert client.get("/countries/aze/?format=csv").status_code == 200
    with django_assert_num_queries(0):
        refused = client.get("/countries/aze/?format=json&stage=plan")
    assert refused.status_code == 429


def test_staff_have_no_budget(admin_client, plans, monkeypatch):
    monkeypatch.setitem(throttling.RATES, "downloads", "1/m")
    answers = [admin_client.get("/plans/?format=csv").status_code for _ in range(3)]
    assert answers == [200, 200, 200]


def test_pages_are_not_counted_as_downloads(client, plans, monkeypatch):
    monkeypatch.setitem(throttling.RATES, "downloads", "1/m")
    for query in ("", "?q=baku", "?country=AZE"):
        assert client.get(f"/plans/{query}").status_code == 200
    assert client.get("/plans/?format=csv").status_code == 200
    assert client.get("/plans/?format=csv").status_code == 429


def test_full_text_pages_past_the_budget_are_refused(client, monkeypatch):
    monkeypatch.setitem(throttling.RATES, "full text", "2/m")
    body = "\n\n".join(f"Paragraph {n}. " + "word " * 5_000 for n in range(12))
    blog = make_blog("A long read", body=body)
    url = f"{blog.get_absolute_url()}full/"
    pages = [client.get(f"{url}?page={n}") for n in (1, 2)]
    assert [r.status_code for r in pages] == [200, 200]
    assert "Paragraph 0." in pages[0].text and "Paragraph 0." not in pages[1].text
    assert [client.get(f"{url}?page={n}").status_code for n in (3, 1)] == [429, 429]
    assert client.get(f"{url}?page=3", headers=ANOTHER_CLIENT).status_code == 200
    assert client.get(blog.get_absolute_url()).status_code == 200  # its opening has no budget
