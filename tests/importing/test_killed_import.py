"""An import killed (`kill -9`) after some batches committed, and before its closing reports
were joined, loses no join: the re-run joins every closing report left unjoined, not only
those of the focal points it writes, so the joins equal a clean import's. Real processes on
real SQLite files."""

import os
import shutil
import signal
import sqlite3
import time

import pytest

from tests.factories import DATA, manage

pytestmark = pytest.mark.slow

# An import whose batches take a second each, so that it can be killed between them.
SLOW_IMPORT = """
import os
import time
from records.importing import run

batch = run.Importer.import_batch

def slow_batch(self, documents):
    results = batch(self, documents)
    time.sleep(1)
    return results

run.Importer.import_batch = slow_batch
run.import_paths([os.environ["IMPORT_FOLDER"]])
"""

JOINS = """
SELECT report.source_file, plan.source_file FROM records_learningplan report
LEFT JOIN records_learningplan plan ON plan.id = report.closes_id
WHERE report.stage = 'closing' ORDER BY report.source_file
"""


def manage_on(database, *args, **env):
    env = {**os.environ, "DATABASE_URL": f"sqlite:///{database}", **env}
    env.pop("REDIS_URL", None)
    return manage(env, *args)


def query(database, sql):
    with sqlite3.connect(database) as connection:
        return connection.execute(sql).fetchall()


def test_rerun_after_a_killed_import_joins_as_a_clean_import(tmp_path):
    folder = tmp_path / "files"
    shutil.copytree(DATA / "cycles", folder, ignore=shutil.ignore_patterns("*.tsv"))
    clean, killed = tmp_path / "clean.sqlite3", tmp_path / "killed.sqlite3"
    for database in (clean, killed):
        assert manage_on(database, "migrate", "-v", "0").wait(timeout=120) == 0
    assert manage_on(clean, "import_seeds", "-v", "0", str(folder)).wait(timeout=300) == 0

    slow = manage_on(killed, "shell", "-c", SLOW_IMPORT, IMPORT_FOLDER=str(folder))
    deadline = time.monotonic() + 120
    while not query(killed, "SELECT count(*) FROM records_learningplan")[0][0]:
        assert slow.poll() is None and time.monotonic() < deadline, "the import never wrote"
        time.sleep(0.05)
    os.kill(slow.pid, signal.SIGKILL)
    slow.wait(timeout=30)
    written = query(killed, "SELECT count(*) FROM records_learningplan")[0][0]
    joined = query(killed, "SELECT count(*) FROM records_learningplan WHERE closes_id IS NOT NULL")
    assert 0 < written < len(query(clean, "SELECT id FROM records_learningplan"))
    assert joined == [(0,)]

    assert manage_on(killed, "import_seeds", "-v", "0", str(folder)).wait(timeout=300) == 0
    assert query(killed, JOINS) == query(clean, JOINS)
    assert sum(1 for _, plan in query(clean, JOINS) if plan) >= 60
