import pytest

from tests.factories import SEEDS, run_import


@pytest.fixture(autouse=True)
def _fast_and_plain(settings):
    settings.PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]
    # No collectstatic before tests: serve static files without the manifest.
    settings.STORAGES = {
        **settings.STORAGES,
        "staticfiles": {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"},
    }


@pytest.fixture
def seeds(db):
    """The five seed documents, imported."""
    lines, code = run_import(SEEDS)
    assert code == 0, lines
    return lines
