"""With Redis unreachable the site stays up: every cache call misses, the miss is logged,
and pages are computed afresh."""

import logging

import pytest
from django.conf import settings as project_settings

from tests.factories import make_blog, make_plan


@pytest.mark.django_db
def test_public_pages_answer_uncached_when_redis_is_unreachable(client, settings, caplog):
    settings.CACHES = {
        "default": {**project_settings.REDIS_CACHE, "LOCATION": "redis://127.0.0.1:1/0"}
    }
    plan = make_plan("Beekeeping in Baku", countries=["AZE"])
    blog = make_blog("Bees of Baku", body="Bees.\n\nMore bees.", kind="publication")
    caplog.set_level(logging.ERROR, logger="django_redis")
    urls = [
        "/",
        "/plans/",
        plan.get_absolute_url(),
        "/plans/?country=AZE",
        "/plans/?format=csv",
        "/api/plans/",
        "/search/?q=baku",
        "/countries/",
        f"{blog.get_absolute_url()}full/",
    ]
    answers = {url: client.get(url) for url in urls}
    assert {url: r.status_code for url, r in answers.items()} == dict.fromkeys(urls, 200)
    for url in ("/plans/", "/plans/?format=csv", "/api/plans/", "/search/?q=baku"):
        body = (
            b"".join(answers[url].streaming_content)
            if answers[url].streaming
            else answers[url].content
        )
        assert b"Beekeeping in Baku" in body, url
    assert any(r.name == "django_redis.cache" for r in caplog.records)
