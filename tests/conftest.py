from io import StringIO
from pathlib import Path

import pytest
from django.core.management import call_command

ROOT = Path(__file__).resolve().parent.parent
SEEDS = ROOT / "seeds"
DATA = Path(__file__).resolve().parent / "data"


@pytest.fixture(autouse=True)
def _fast_and_plain(settings):
    settings.PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]
    # No collectstatic before tests: serve static files without the manifest.
    settings.STORAGES = {
        **settings.STORAGES,
        "staticfiles": {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"},
    }


def run_import(*paths, **options):
    """Run import_seeds like a user would; returns (stdout lines, exit code)."""
    out = StringIO()
    code = 0
    try:
        call_command("import_seeds", *map(str, paths), stdout=out, **options)
    except SystemExit as exc:
        code = exc.code
    return out.getvalue().splitlines(), code


@pytest.fixture
def seeds(db):
    """The five seed documents, imported."""
    lines, code = run_import(SEEDS)
    assert code == 0, lines
    return lines
