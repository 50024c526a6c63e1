import pytest

from tests.factories import SEEDS, run_import


@pytest.fixture(autouse=True)
def _fast_and_plain(settings):
    settings.PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]


@pytest.fixture
def seeds(db):
    """The five seed documents, imported."""
    lines, code = run_import(SEEDS)
    assert code == 0, lines
    return lines
