"""The dry run and the import that follows it may reach different app servers or workers,
each with a cache of its own: the kept files travel through the database alone. Two real
processes on one SQLite file, each with its own memory cache."""

import os
import subprocess
import sys

from tests.factories import ROOT

IMPORT_URL = "/admin/records/learningplan/import/"

DRY_RUN = f"""
import re
from django.core.files.uploadedfile import SimpleUploadedFile
from django.test import Client
from django.test.utils import setup_test_environment
from tests.factories import SEEDS, make_editor
setup_test_environment()
client = Client()
client.force_login(make_editor())
files = [SimpleUploadedFile(p.name, p.read_bytes()) for p in sorted(SEEDS.iterdir())]
response = client.post("{IMPORT_URL}", {{"files": files, "dry_run": "on"}})
token = re.search(r'name="apply" value="([^"]+)"', response.content.decode())[1]
print(client.cookies["sessionid"].value, token)
"""

IMPORT = f"""
import os
from django.test import Client
from django.test.utils import setup_test_environment
from records.models import Blog, ImportUpload, LearningPlan
setup_test_environment()
client = Client()
client.cookies["sessionid"], token = os.environ["SESSION"], os.environ["TOKEN"]
for _ in range(2):
    response = client.post("{IMPORT_URL}", {{"apply": token}})
    report = response.context.get("report")
    print(report and [str(r.outcome) for r in report.results], "no longer kept" in response.text)
print(LearningPlan.objects.count(), Blog.objects.count(), ImportUpload.objects.count())
"""


def run(env, *args):
    result = subprocess.run(
        [sys.executable, "manage.py", *args], cwd=ROOT, env=env, capture_output=True, text=True
    )
    assert result.returncode == 0, result.stderr
    return result.stdout


def test_files_kept_by_one_process_are_imported_by_another_once(tmp_path):
    env = {**os.environ, "DATABASE_URL": f"sqlite:///{tmp_path / 'db.sqlite3'}"}
    env.pop("REDIS_URL", None)  # each process keeps its cache in its own memory
    run(env, "migrate", "-v", "0")

    session, token = run(env, "shell", "-v", "0", "-c", DRY_RUN).split()
    output = run({**env, "SESSION": session, "TOKEN": token}, "shell", "-v", "0", "-c", IMPORT)

    assert output.splitlines() == [
        "['created', 'created', 'created', 'created', 'created'] False",
        "None True",
        "3 2 0",
    ]
