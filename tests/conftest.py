import pytest
from django.core.cache import cache

from records import versioning
from records.search.suggestions import forget_vocabulary
from tests.factories import SEEDS, run_import


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
