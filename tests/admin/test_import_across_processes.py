"""The dry run and the import that follows it may reach different app servers or workers,
each with a cache of its own, and both run in a task worker: the kept files and the jobs travel
through the database alone. Real processes on one SQLite file, each with its own memory cache:
the web requests, and the database backend's worker (`manage.py db_worker`)."""

import os
import subprocess
import sys

import pytest

from tests.factories import ROOT

IMPORT_URL = "/admin/records/learningplan/import/"

DRY_RUN = f"""
from django.core.files.uploadedfile import SimpleUploadedFile
from django.test import Client
from django.test.utils import setup_test_environment
from tests.factories import SEEDS, make_editor
setup_test_environment()
client = Client()
client.force_login(make_editor())
files = [SimpleUploadedFile(p.name, p.read_bytes()) for p in sorted(SEEDS.iterdir())]
response = client.post("{IMPORT_URL}", {{"files": files, "dry_run": "on"}})
print(client.cookies["sessionid"].value, response.url)
"""

# The job's page, as its staff member sees it: its status, the outcomes of its files, and
# the token that imports them after a dry run.
PAGE = """
import os, re
from django.test import Client
from django.test.utils import setup_test_environment
setup_test_environment()
client = Client()
client.cookies["sessionid"] = os.environ["SESSION"]
response = client.get(os.environ["JOB"])
report = response.context.get("report")
token = re.search(r'name="apply" value="([^"]+)"', response.text)
print(response.context["job"].status, report and [str(r.outcome) for r in report.results])
print(token and token[1])
"""

IMPORT = f"""
import os
from django.test import Client
from django.test.utils import setup_test_environment
setup_test_environment()
client = Client()
client.cookies["sessionid"] = os.environ["SESSION"]
first = client.post("{IMPORT_URL}", {{"apply": os.environ["TOKEN"]}})
again = client.post("{IMPORT_URL}", {{"apply": os.environ["TOKEN"]}})
print(first.url, "no longer kept" in again.text)
"""

COUNTS = """
from records.models import Blog, ImportUpload, LearningPlan
print(LearningPlan.objects.count(), Blog.objects.count(), ImportUpload.objects.count())
"""


def run(env, *args):
    result = subprocess.run(
        [sys.executable, "manage.py", *args], cwd=ROOT, env=env, capture_output=True, text=True
    )
    assert result.returncode == 0, result.stderr
    return result.stdout


def shell(env, script):
    return run(env, "shell", "-v", "0", "-c", script).splitlines()


def work(env):
    """What the worker `make serve` starts does, until the queue is empty."""
    run(env, "db_worker", "--batch", "--no-startup-delay", "-v", "0")


@pytest.mark.slow  # concurrency: several processes, each starting Django
def test_an_upload_is_imported_by_the_worker_process_once(tmp_path):
    env = {**os.environ, "DATABASE_URL": f"sqlite:///{tmp_path / 'db.sqlite3'}"}
    env.pop("REDIS_URL", None)  # each process keeps its cache in its own memory
    run(env, "migrate", "-v", "0")

    [line] = shell(env, DRY_RUN)
    session, dry_run = line.split()
    queued = shell({**env, "SESSION": session, "JOB": dry_run}, PAGE)
    work(env)
    checked = shell({**env, "SESSION": session, "JOB": dry_run}, PAGE)
    [line] = shell({**env, "SESSION": session, "TOKEN": checked[1]}, IMPORT)
    job, refused_again = line.split()
    work(env)
    imported = shell({**env, "SESSION": session, "JOB": job}, PAGE)

    assert queued == ["queued None", "None"]
    assert checked[0] == "done ['created', 'created', 'created', 'created', 'created']"
    assert refused_again == "True"
    assert imported == ["done ['created', 'created', 'created', 'created', 'created']", "None"]
    assert shell(env, COUNTS) == ["3 2 0"]
