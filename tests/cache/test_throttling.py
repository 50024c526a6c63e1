"""The costly public responses, downloads and a long blog's full text, have a budget per
client: past it the answer is 429 with Retry-After, for that client alone; pages the cache
serves cost nothing of it."""

import pytest

from records import throttling
from tests.factories import make_blog, make_plan

pytestmark = pytest.mark.django_db

ANOTHER_CLIENT = {"x-forwarded-for": "203.0.113.9"}  # through the trusted local proxy


@pytest.fixture
def plans():
    make_plan("Beekeeping in Baku", countries=["AZE"])


def test_downloads_past_the_budget_are_refused_with_retry_after(client, plans, monkeypatch):
    monkeypatch.setattr(throttling, "DOWNLOADS", "3/m")
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


def test_pages_are_not_counted_as_downloads(client, plans, monkeypatch):
    monkeypatch.setattr(throttling, "DOWNLOADS", "1/m")
    for query in ("", "?q=baku", "?country=AZE"):
        assert client.get(f"/plans/{query}").status_code == 200
    assert client.get("/plans/?format=csv").status_code == 200
    assert client.get("/plans/?format=csv").status_code == 429


def test_full_text_pages_past_the_budget_are_refused_but_cached_ones_are_served(
    client, monkeypatch
):
    monkeypatch.setattr(throttling, "FULL_TEXT", "2/m")
    body = "\n\n".join(f"Paragraph {n}. " + "word " * 5_000 for n in range(12))
    blog = make_blog("A long read", body=body)
    url = f"{blog.get_absolute_url()}full/"
    pages = [client.get(f"{url}?page={n}") for n in (1, 2)]
    assert [r.status_code for r in pages] == [200, 200]
    assert "Paragraph 0." in pages[0].text and "Paragraph 0." not in pages[1].text
    assert client.get(f"{url}?page=3").status_code == 429
    # Kept by the page cache: served without reaching the view or its budget.
    assert client.get(f"{url}?page=2").text == pages[1].text
    assert client.get(f"{url}?page=3", headers=ANOTHER_CLIENT).status_code == 200
