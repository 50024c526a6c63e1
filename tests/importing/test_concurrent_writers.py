"""Writers at once on one SQLite file wait for each other instead of failing: two imports of
different folders (sharing new tags and partners) and a staff save during them all succeed,
with no "database is locked". Real processes on a real file: the way `import_seeds` and the
admin meet in production; on PostgreSQL the database orders them itself."""

import os
import shutil

import pytest
from django.conf import settings

from tests.factories import DATA, manage

pytestmark = [
    pytest.mark.slow,
    pytest.mark.concurrency,
    pytest.mark.skipif(
        settings.DATABASES["default"]["ENGINE"] != "django.db.backends.sqlite3",
        reason="SQLite's file locking is what it checks",
    ),
]

# What a staff save in the admin does to the database: a write transaction on a plan, while
# the imports run (the admin adds its log entry in the same transaction).
STAFF_SAVES = """
import time
from django.db import transaction
from records.models import LearningPlan
saved = 0
deadline = time.monotonic() + 60
while saved < 30 and time.monotonic() < deadline:
    plan = LearningPlan.objects.order_by("pk").first()
    if plan is None:
        time.sleep(0.01)
        continue
    with transaction.atomic():
        plan.title = f"Edited {saved}"
        plan.save()
    saved += 1
print("saved", saved)
"""


def test_two_imports_and_a_staff_save_at_once_all_succeed(tmp_path):
    env = {**os.environ, "DATABASE_URL": f"sqlite:///{tmp_path / 'db.sqlite3'}"}
    env.pop("REDIS_URL", None)
    assert manage(env, "migrate", "-v", "0").wait(timeout=120) == 0
    plans = sorted((DATA / "learningplan").glob("*.md"))
    for folder, files in (("a", plans[::2]), ("b", plans[1::2])):
        (tmp_path / folder).mkdir()
        for path in files:
            shutil.copy(path, tmp_path / folder)
    shutil.copytree(DATA / "blog", tmp_path / "a" / "blog")

    runs = [
        manage(env, "import_seeds", str(tmp_path / "a")),
        manage(env, "import_seeds", str(tmp_path / "b")),
        manage(env, "shell", "-c", STAFF_SAVES),
    ]
    outputs = [run.communicate(timeout=180)[0] for run in runs]

    assert [run.returncode for run in runs] == [0, 0, 0], outputs
    assert "database is locked" not in "".join(outputs)
    files = [sum(1 for p in (tmp_path / f).rglob("*") if p.is_file()) for f in "ab"]
    # Every file is created, but blog pages with no article text, which are skipped by rule.
    skipped = [
        sum(1 for line in output.splitlines() if line.endswith(": no article text"))
        for output in outputs[:2]
    ]
    assert [output.splitlines()[-1] for output in outputs] == [
        *(
            f"{n} files: {n - k} created, 0 updated, 0 unchanged, 0 conflicts, {k} skipped, "
            "0 failed"
            for n, k in zip(files, skipped, strict=True)
        ),
        "saved 30",
    ]
