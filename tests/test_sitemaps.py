import datetime
import xml.etree.ElementTree as ET

import pytest

from records.models import Blog, LearningPlan
from tests.factories import make_blog, make_plan

pytestmark = pytest.mark.django_db

SITEMAP = {"s": "http://www.sitemaps.org/schemas/sitemap/0.9"}


def sitemap_entries(response):
    assert response["Content-Type"] == "application/xml"
    root = ET.fromstring(response.content)
    return {
        url.findtext("s:loc", namespaces=SITEMAP): url.findtext("s:lastmod", namespaces=SITEMAP)
        for url in root.findall("s:url", SITEMAP)
    }


def test_sitemap_lists_public_pages_only(client, db):
    make_blog("A blog", published_on=datetime.date(2023, 1, 1))
    make_blog("Hidden blog", is_published=False)
    make_plan("A plan", partners=[("Shared", "academia")])
    make_plan(
        "Hidden plan",
        partners=[("Shared", "academia"), ("Only hidden", "other")],
        is_published=False,
    )
    for model, title, day in [
        (Blog, "A blog", datetime.date(2023, 2, 1)),
        (LearningPlan, "A plan", datetime.date(2023, 3, 1)),
        (LearningPlan, "Hidden plan", datetime.date(2024, 4, 1)),
    ]:
        model.objects.filter(title=title).update(
            updated_at=datetime.datetime.combine(day, datetime.time(12), tzinfo=datetime.UTC)
        )

    entries = sitemap_entries(client.get("/sitemap.xml"))

    pages = {
        "/": None,
        "/plans/": None,
        "/insights/": None,
        "/partners/": None,
        "/blogs/": None,
        "/plans/a-plan/": "2023-03-01",
        "/blogs/a-blog/": "2023-02-01",
        # The hidden plan, changed later, does not date the partner.
        "/partners/shared/": "2023-03-01",
    }
    assert entries == {
        f"http://testserver{prefix}{path}": lastmod
        for path, lastmod in pages.items()
        for prefix in ("", "/fr", "/es")
    }


def test_each_sitemap_entry_names_the_page_in_the_other_languages(client, db):
    make_plan("A plan")

    root = ET.fromstring(client.get("/sitemap.xml").content)

    plan = next(
        url
        for url in root.findall("s:url", SITEMAP)
        if url.findtext("s:loc", namespaces=SITEMAP) == "http://testserver/fr/plans/a-plan/"
    )
    alternates = {
        link.get("hreflang"): link.get("href")
        for link in plan.findall("{http://www.w3.org/1999/xhtml}link")
    }
    assert alternates == {
        "en": "http://testserver/plans/a-plan/",
        "fr": "http://testserver/fr/plans/a-plan/",
        "es": "http://testserver/es/plans/a-plan/",
        "x-default": "http://testserver/plans/a-plan/",
    }


def test_sitemap_partner_lastmod_is_its_latest_published_plan(client, db):
    first = make_plan("First", partners=[("Shared", "academia")])
    second = make_plan("Second", partners=[("Shared", "academia")])
    LearningPlan.objects.filter(pk=first.pk).update(
        updated_at=datetime.datetime(2021, 1, 1, tzinfo=datetime.UTC)
    )
    LearningPlan.objects.filter(pk=second.pk).update(
        updated_at=datetime.datetime(2022, 6, 30, tzinfo=datetime.UTC)
    )

    entries = sitemap_entries(client.get("/sitemap.xml"))

    assert entries["http://testserver/partners/shared/"] == "2022-06-30"


# The real seed documents.


def test_seed_sitemap_lists_the_seeds_without_emails(client, seeds):
    sitemap = client.get("/sitemap.xml")

    # Pages, plans, blogs and the 8 partners the seeds name (seed 002's "Universities that
    # have STEM departments" is a class of actors, no partner).
    assert len(sitemap_entries(sitemap)) == 3 * (5 + 3 + 2 + 8)  # in each language
    assert b"@undp.org" not in sitemap.content
