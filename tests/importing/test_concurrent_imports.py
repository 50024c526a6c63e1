"""Two imports of one folder at once, in two processes, on the database the tests run on (a
scratch SQLite file, or scratch PostgreSQL databases): they take turns, so the records, tags,
partners and learning cycles equal those of one import, and no raw IntegrityError is
printed; the second run says which import it waited for, then finds every file unchanged."""

import json
import os
import shutil
import time
import uuid
from contextlib import contextmanager
from pathlib import Path

import psycopg
import pytest
from django.conf import settings
from psycopg import sql

from records.importing.one_at_a_time import IMPORT_LOCK
from tests.factories import DATA, manage

pytestmark = pytest.mark.slow

FOLDERS = ("learningplan", "blog", "publications", "cycles")

FINGERPRINT = """
import json
from records.importing.facet_tags import TAG_FACETS, tag_model
from records.models import Blog, Insight, LearningPlan, Partner
print(json.dumps({
    "plans": sorted(LearningPlan.objects.values_list("slug", "title", "source_sha256")),
    "blogs": sorted(Blog.objects.values_list("slug", "source_sha256")),
    "partners": sorted(Partner.objects.values_list("name", flat=True)),
    "insights": Insight.objects.count(),
    "cycles": sorted(
        LearningPlan.objects.exclude(closes=None).values_list("slug", "closes__slug")
    ),
    **{f: sorted(tag_model(f).objects.values_list("name", flat=True)) for f in TAG_FACETS},
}))
"""


def finished(run, timeout=600):
    output = run.communicate(timeout=timeout)[0]
    return run.returncode, output


@contextmanager
def scratch_databases(tmp_path, count):
    """`count` empty databases of the kind the tests run on, as DATABASE_URLs."""
    default = settings.DATABASES["default"]
    if default["ENGINE"] == "django.db.backends.sqlite3":
        yield [f"sqlite:///{tmp_path / f'db{n}.sqlite3'}" for n in range(count)]
        return
    server = (
        f"postgres://{default['USER']}:{default['PASSWORD']}@{default['HOST'] or 'localhost'}"
        f":{default['PORT'] or 5432}"
    )
    names = [f"scratch_{uuid.uuid4().hex[:12]}" for _ in range(count)]
    with psycopg.connect(f"{server}/postgres", autocommit=True) as admin:
        for name in names:
            admin.execute(sql.SQL("CREATE DATABASE {}").format(sql.Identifier(name)))
    try:
        yield [f"{server}/{name}" for name in names]
    finally:
        with psycopg.connect(f"{server}/postgres", autocommit=True) as admin:
            for name in names:
                admin.execute(sql.SQL("DROP DATABASE {} WITH (FORCE)").format(sql.Identifier(name)))


def lock_held(url):
    """Whether an import holds the database of `url` (see records.importing.one_at_a_time)."""
    if url.startswith("sqlite:///"):
        lock = Path(f"{url.removeprefix('sqlite:///')}.import-lock")
        return lock.exists() and bool(lock.read_text())
    with psycopg.connect(url) as connection:
        held = connection.execute(
            "SELECT count(*) FROM pg_locks WHERE locktype = 'advisory' AND granted "
            "AND classid = %s AND objid = %s AND database = "
            "(SELECT oid FROM pg_database WHERE datname = current_database())",
            [IMPORT_LOCK >> 32, IMPORT_LOCK & 0xFFFFFFFF],
        )
        return held.fetchone()[0] > 0


def test_two_imports_at_once_give_the_records_of_one(tmp_path):
    folder = tmp_path / "archive"
    for name in FOLDERS:
        shutil.copytree(DATA / name, folder / name)
    with scratch_databases(tmp_path, 2) as (once, twice):
        envs = []
        for url in (once, twice):
            env = {**os.environ, "DATABASE_URL": url}
            env.pop("REDIS_URL", None)
            assert finished(manage(env, "migrate", "-v", "0")) == (0, "")
            envs.append(env)
        alone = finished(manage(envs[0], "import_seeds", str(folder)))
        first = manage(envs[1], "import_seeds", str(folder))
        deadline = time.monotonic() + 60
        while not lock_held(twice) and time.monotonic() < deadline:
            time.sleep(0.05)
        second = manage(envs[1], "import_seeds", str(folder))
        together = [finished(first), finished(second)]
        fingerprints = [
            json.loads(finished(manage(env, "shell", "-v", "0", "-c", FINGERPRINT))[1])
            for env in envs
        ]

    outputs = [output.splitlines() for _, output in together]
    assert "IntegrityError" not in str(outputs)
    assert [code for code, _ in together] == [alone[0]] * 2
    summary = summary_line(alone[1].splitlines())
    files = summary.split()[0]
    assert summary_line(outputs[0]) == summary
    assert outputs[1][0].startswith("waiting for another import to finish: import_seeds, process ")
    assert summary_line(outputs[1]).startswith(f"{files} files: 0 created, 0 updated, ")
    assert fingerprints[1] == fingerprints[0]
    assert len(fingerprints[0]["plans"]) > 30


def summary_line(lines):
    """The command's summary, the last line of its standard output."""
    return next(line for line in reversed(lines) if " files: " in line)
