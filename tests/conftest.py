import gc
import os
import re
import uuid

import pytest
from django.conf import settings
from django.core.cache import cache
from django.db.backends.base.base import BaseDatabaseWrapper
from django.test.utils import override_settings
from django.utils import translation
from pytest_django.plugin import blocking_manager_key

from records import versioning
from records.catalogs import compile_catalogs
from records.search.visibility import forget
from tests import databases
from tests.factories import SEEDS, run_import

IMMEDIATE_TASKS = {"default": {"BACKEND": "django_tasks.backends.immediate.ImmediateBackend"}}


def pytest_configure(config):
    """The translations compiled, as `make setup` does for the site; the settings of every
    test.

    Parallel workers (pytest -n) each get a Redis database of their own: tests empty the
    cache, and one worker's emptying must not pull pages from under another's test."""
    compile_catalogs()
    # Cyclic garbage collected less often than Python's defaults would: a test process keeps a
    # large heap (Django, the test modules, archive files parsed once), which each of the
    # default's frequent older-generation collections walks whole.
    gc.set_threshold(20_000, 50, 100)
    # Set once for every test (a test may override them with the `settings` fixture).
    settings.PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]
    # WhiteNoise looks a static file up when it is asked for, instead of listing every app's
    # static files whenever a test's client loads the middleware.
    settings.WHITENOISE_AUTOREFRESH = True
    # Background jobs run as they are queued; tests/admin/test_import_jobs.py also runs them
    # through the database and its worker (with the `settings` fixture). Overridden rather
    # than set: the change resets the task backends, which are read once.
    override_settings(TASKS=IMMEDIATE_TASKS).enable()
    if _runs_workers(config) and not config.getoption("testrunuid"):
        # The run's id, known here too, names the template database the workers share.
        config.option.testrunuid = uuid.uuid4().hex
    worker = os.environ.get("PYTEST_XDIST_WORKER", "")
    location = settings.CACHES["default"].get("LOCATION", "")
    if worker and isinstance(location, str) and location.startswith("redis"):
        match = re.fullmatch(r"(.*?)(?:/(\d+))?/?", location)
        number = int(match[2] or 0) + int(worker.removeprefix("gw"))
        settings.CACHES["default"]["LOCATION"] = f"{match[1]}/{number}"


def _runs_workers(config) -> bool:
    """Whether this is the controlling process of a parallel run (pytest -n)."""
    return not hasattr(config, "workerinput") and bool(getattr(config.option, "tx", None))


def pytest_sessionfinish(session):
    if _runs_workers(session.config):
        blocker = session.config.stash[blocking_manager_key]
        with blocker.unblock():
            databases.remove_template(session.config.getoption("testrunuid"))


@pytest.fixture(scope="session")
def _migrated_once(request):
    """In a worker of a parallel run, its test database copied from the run's template
    (tests/databases.py) rather than migrated afresh."""
    workerinput = getattr(request.config, "workerinput", None)
    if workerinput is None:
        yield
        return
    with databases.from_template(workerinput["testrunuid"]):
        yield


@pytest.fixture(scope="session")
def django_db_setup(_migrated_once, django_db_setup):
    """pytest-django's test databases, made in a parallel run's worker by _migrated_once."""
    yield


@pytest.fixture(autouse=True)
def _in_english():
    """Each test starts in English: a request in French leaves French active in its thread,
    as a server's next request would find it before its LocaleMiddleware runs."""
    translation.activate(settings.LANGUAGE_CODE)
    yield
    translation.activate(settings.LANGUAGE_CODE)


@pytest.fixture(autouse=True)
def _empty_cache():
    """Each test starts with no cached page, count or vocabulary: the database is new, the
    cache is not."""
    cache.clear()
    forget()
    yield
    cache.clear()


@pytest.fixture(autouse=True)
def _writes_bump_at_once(monkeypatch):
    """A test runs in one transaction that never commits, and the data version is bumped on
    commit: here writes bump at once instead, so a page read after a write shows it as it
    would after the commit. tests/cache/ tests the real, on-commit bump.

    The writes between two reads of the version bump it once, as one transaction's writes
    do; a rollback may undo that bump, so the next write after one bumps again."""
    bumped = set()  # aliases of the databases bumped since their version was last read
    read = versioning.current
    rollback, savepoint_rollback = (
        BaseDatabaseWrapper.rollback,
        BaseDatabaseWrapper.savepoint_rollback,
    )

    def bump(using="default"):
        if using not in bumped:
            versioning.bump_now(using)
            bumped.add(using)

    def current(using="default"):
        bumped.discard(using)
        return read(using)

    def rolled_back(connection, *sid):
        bumped.discard(connection.alias)
        (savepoint_rollback if sid else rollback)(connection, *sid)

    monkeypatch.setattr(versioning, "bump", bump)
    monkeypatch.setattr(versioning, "current", current)
    monkeypatch.setattr(BaseDatabaseWrapper, "rollback", rolled_back)
    monkeypatch.setattr(BaseDatabaseWrapper, "savepoint_rollback", rolled_back)


@pytest.fixture
def seeds(db):
    """The five seed documents, imported."""
    lines, code = run_import(SEEDS)
    assert code == 0, lines
    return lines
