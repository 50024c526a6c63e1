import datetime
import xml.etree.ElementTree as ET

import pytest
from django.utils import timezone

from records import feeds
from records.models import Blog, LearningPlan
from tests.factories import FOCAL_POINT, make_blog, make_plan

pytestmark = pytest.mark.django_db

ATOM = {"a": "http://www.w3.org/2005/Atom"}


def atom_entries(response):
    assert response["Content-Type"] == "application/atom+xml; charset=utf-8"
    root = ET.fromstring(response.content)
    return [
        {
            "title": entry.findtext("a:title", namespaces=ATOM),
            "link": entry.find("a:link", ATOM).get("href"),
            "published": entry.findtext("a:published", namespaces=ATOM),
            "updated": entry.findtext("a:updated", namespaces=ATOM),
            "author": entry.findtext("a:author/a:name", namespaces=ATOM),
            "summary": entry.findtext("a:summary", namespaces=ATOM),
        }
        for entry in root.findall("a:entry", ATOM)
    ]


def test_blogs_feed_lists_published_blogs_newest_first(client, db):
    make_blog("Older", published_on=datetime.date(2022, 3, 1))
    make_blog(
        "Newer",
        published_on=datetime.date(2023, 5, 17),
        body="First paragraph.\n\nSecond paragraph.",
        authors=[("Leyla Seyidzade", "Head of Exploration"), ("Nargiz Guliyeva", "")],
    )
    make_blog("Undated")
    make_blog("Hidden blog", published_on=datetime.date(2024, 1, 1), is_published=False)
    newer = Blog.objects.get(title="Newer")

    entries = atom_entries(client.get("/feeds/blogs/"))

    assert [e["title"] for e in entries] == ["Newer", "Older", "Undated"]
    assert entries[0] == {
        "title": "Newer",
        "link": "http://testserver/blogs/newer/",
        "published": "2023-05-17T00:00:00+00:00",
        "updated": newer.updated_at.isoformat(),
        "author": "Leyla Seyidzade, Nargiz Guliyeva",
        "summary": "First paragraph.\n\nSecond paragraph.",
    }
    assert entries[2]["published"] is None


def test_blogs_feed_keeps_the_latest_thirty(client, db):
    for day in range(1, 32):
        make_blog(f"Day {day}", published_on=datetime.date(2023, 1, day))
    make_blog("Hidden blog", published_on=datetime.date(2023, 2, 1), is_published=False)

    entries = atom_entries(client.get("/feeds/blogs/"))

    assert [e["title"] for e in entries] == [f"Day {day}" for day in range(31, 1, -1)]


def test_blogs_feed_summary_is_cut_and_escaped(client, db):
    make_blog(
        "<script>alert(1)</script> & co",
        published_on=datetime.date(2023, 1, 1),
        body="<b>bold</b> " + "word " * 100,
    )

    response = client.get("/feeds/blogs/")
    entry = atom_entries(response)[0]

    # Titles are Atom text; summaries are Atom html, so their text arrives escaped once more.
    assert entry["title"] == "<script>alert(1)</script> & co"
    assert entry["summary"].startswith("&lt;b&gt;bold&lt;/b&gt; word word")
    assert entry["summary"].endswith("…")
    assert len(entry["summary"].replace("&lt;", "<").replace("&gt;", ">")) == 300
    assert b"<script>" not in response.content


def test_closing_reports_feed_lists_published_closing_reports(client, db):
    make_plan(
        "Report with insights",
        stage="closing",
        challenge="Unused when there are insights.",
        insights=["Mentors <matter>.", "Role models & peers."],
    )
    make_plan("Report without insights", stage="closing", challenge="Our challenge is that...")
    make_plan("A plan, not a report", stage="plan")
    make_plan("Hidden plan", stage="closing", is_published=False)
    # Newest first by creation.
    LearningPlan.objects.filter(title="Report with insights").update(
        created_at=timezone.now() - datetime.timedelta(days=1)
    )
    older = LearningPlan.objects.get(title="Report with insights")

    response = client.get("/feeds/closing-reports/")
    entries = atom_entries(response)

    assert entries == [
        {
            "title": "Report without insights",
            "link": "http://testserver/plans/report-without-insights/",
            "published": entries[0]["published"],
            "updated": entries[0]["updated"],
            "author": None,
            "summary": "Our challenge is that...",
        },
        {
            "title": "Report with insights",
            "link": "http://testserver/plans/report-with-insights/",
            "published": older.created_at.isoformat(),
            "updated": older.updated_at.isoformat(),
            "author": None,
            "summary": "<ul><li>Mentors &lt;matter&gt;.</li><li>Role models &amp; peers.</li></ul>",
        },
    ]
    assert FOCAL_POINT.encode() not in response.content
    root = ET.fromstring(response.content)
    assert root.findtext("a:author/a:name", namespaces=ATOM) == "Lab Knowledge"
    assert root.find("a:link", ATOM).get("href") == "http://testserver/plans/?stage=closing"


def test_feeds_are_atom_with_titles(client, db):
    for url, title in [
        ("/feeds/blogs/", feeds.LatestBlogsFeed.title),
        ("/feeds/closing-reports/", feeds.LatestClosingReportsFeed.title),
    ]:
        root = ET.fromstring(client.get(url).content)

        assert root.tag == "{http://www.w3.org/2005/Atom}feed"
        assert root.findtext("a:title", namespaces=ATOM) == title


# The real seed documents.


def test_seed_feeds_list_the_seeds_without_emails(client, seeds):
    blogs = client.get("/feeds/blogs/")
    reports = client.get("/feeds/closing-reports/")

    assert [e["title"] for e in atom_entries(blogs)] == [
        "More women and girls in Azerbaijan are getting involved in science",
        "Join Community of Practices #STEM4ALL",
    ]
    assert atom_entries(blogs)[0]["author"] == "Leyla Seyidzade, Nargiz Guliyeva"
    assert {e["link"] for e in atom_entries(reports)} == {
        f"http://testserver{plan.get_absolute_url()}"
        for plan in LearningPlan.objects.filter(stage="closing")
    }
    for response in (blogs, reports):
        assert b"@undp.org" not in response.content
