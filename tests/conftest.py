import os
import re

import pytest
from django.conf import settings
from django.core.cache import cache

from records import versioning
from records.search.suggestions import forget_vocabulary
from tests.factories import SEEDS, run_import


def pytest_configure(config):
    """Parallel workers (pytest -n) each get a Redis database of their own: tests empty the
    cache, and one worker's emptying must not pull pages from under another's test."""
    worker = os.environ.get("PYTEST_XDIST_WORKER", "")
    location = settings.CACHES["default"].get("LOCATION", "")
    if worker and isinstance(location, str) and location.startswith("redis"):
        match = re.fullmatch(r"(.*?)(?:/(\d+))?/?", location)
        number = int(match[2] or 0) + int(worker.removeprefix("gw"))
        settings.CACHES["default"]["LOCATION"] = f"{match[1]}/{number}"


@pytest.fixture(autouse=True)
def _fast_and_plain(settings):
    settings.PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]


@pytest.fixture(autouse=True)
def _empty_cache():
    """Each test starts with no cached page, count or vocabulary: the database is new, the
    cache is not."""
    cache.clear()
    forget_vocabulary()
    yield
    cache.clear()


@pytest.fixture(autouse=True)
def _writes_bump_at_once(monkeypatch):
    """A test runs in one transaction that never commits, and the data version is bumped on
    commit: here each write bumps at once instead, so a page read after a write shows it as
    it would after the commit. tests/cache/ tests the real, on-commit bump."""
    monkeypatch.setattr(versioning, "bump", versioning.bump_now)


@pytest.fixture
def seeds(db):
    """The five seed documents, imported."""
    lines, code = run_import(SEEDS)
    assert code == 0, lines
    return lines
