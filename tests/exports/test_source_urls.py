"""A URL that is not http(s) (javascript:, data:) leaves the site nowhere: not in a download,
the API or a page's links."""

import json

import pytest

from tests.exports.reading import csv_rows
from tests.factories import make_blog, make_plan

pytestmark = pytest.mark.django_db

SCRIPT = "javascript:alert(1)"
DATA = "data:text/html,<script>alert(2)</script>"


@pytest.fixture
def scripted():
    blog = make_blog("Scripted", source_url=SCRIPT)
    plan = make_plan("Linked", blog_urls=[SCRIPT, "https://example.org/fine", DATA])
    return blog, plan


def test_blog_with_a_script_source_url_exports_and_serves_none(client, export, scripted):
    api = client.get("/api/blogs/").json()["results"]
    rows = csv_rows(export("blogs", "csv").body)

    assert [blog["source_url"] for blog in api] == [None]
    assert [row["source_url"] for row in json.loads(export("blogs", "json").body)] == [None]
    assert [row[rows[0].index("source_url")] for row in rows[1:]] == [""]


def test_plan_exports_and_serves_only_its_http_blog_links(client, export, scripted):
    api = client.get("/api/plans/").json()["results"]
    rows = csv_rows(export("plans", "csv").body)

    assert [plan["blogs"] for plan in api] == [["https://example.org/fine"]]
    assert [row["blogs"] for row in json.loads(export("plans", "json").body)] == [
        ["https://example.org/fine"]
    ]
    assert [row[rows[0].index("blogs")] for row in rows[1:]] == ["https://example.org/fine"]


def test_pages_link_no_script_source_url(client, scripted):
    blog, plan = scripted
    pages = [client.get(blog.get_absolute_url()), client.get(plan.get_absolute_url())]

    assert [page.status_code for page in pages] == [200, 200]
    for page in pages:
        text = page.content.decode()
        assert 'href="javascript:' not in text
        assert 'href="data:' not in text
    assert 'href="https://example.org/fine"' in pages[1].content.decode()
