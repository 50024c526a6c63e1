"""One record cannot break an output: control characters that reached the database some other
way (the shell, an older import) still give a valid feed, export, API answer and page."""

import csv
import io
import json
import xml.etree.ElementTree as ET

import pytest

from tests.factories import make_blog, make_plan

pytestmark = pytest.mark.django_db

TITLE = "Word\x0bline\x07break"


def test_blog_feed_with_a_control_character_in_a_title_is_valid_atom(client):
    make_blog(TITLE, body="A body\x0c with a form feed.")
    make_blog("Hidden\x0b", is_published=False)
    response = client.get("/feeds/blogs/")
    assert response.status_code == 200
    root = ET.fromstring(response.content)
    ns = {"a": "http://www.w3.org/2005/Atom"}
    entries = [
        (e.findtext("a:title", namespaces=ns), e.findtext("a:summary", namespaces=ns))
        for e in root.findall("a:entry", ns)
    ]
    assert entries == [("Word\nlinebreak", "A body\n with a form feed.")]


def test_closing_report_feed_with_control_characters_is_valid_atom(client):
    make_plan(TITLE, stage="closing", insights=["An\x0binsight"])
    response = client.get("/feeds/closing-reports/")
    root = ET.fromstring(response.content)
    ns = {"a": "http://www.w3.org/2005/Atom"}
    assert [e.findtext("a:title", namespaces=ns) for e in root.findall("a:entry", ns)] == [
        "Word\nlinebreak"
    ]


def test_exports_and_pages_keep_a_title_with_control_characters(client):
    plan = make_plan(TITLE)
    make_plan("Hidden", is_published=False)
    rows = list(
        csv.DictReader(
            io.StringIO(
                b"".join(client.get("/plans/?format=csv").streaming_content).decode("utf-8-sig")
            )
        )
    )
    assert [row["title"] for row in rows] == [TITLE]
    api = json.loads(client.get("/api/plans/").content)
    assert [row["title"] for row in api["results"]] == [TITLE]
    page = client.get(plan.get_absolute_url())
    assert page.status_code == 200
    assert TITLE in page.content.decode()
