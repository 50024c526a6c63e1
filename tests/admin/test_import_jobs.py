"""Uploads import as background jobs: the upload page queues the job and sends the staff
member to its page, which shows its progress until the task worker has run it, then its
report; the job waits its turn behind another import."""

import random
import re
import zipfile
from io import BytesIO

import pytest
from django.contrib.auth.models import User
from django.core.files.uploadedfile import SimpleUploadedFile
from django.core.management import call_command
from django.utils.html import escape

from records.enums import Outcome
from records.importing import FileResult
from records.importing.jobs import Progress, import_upload
from records.models import ImportJob, LearningPlan
from tests.factories import SEEDS
from tests.importing.test_one_at_a_time import OTHER, another_import

IMPORT_URL = "/admin/records/learningplan/import/"
SEED = SEEDS / "000_8bb2515b9a91dbf4.txt"


def upload(name, content):
    return SimpleUploadedFile(name, content, "text/plain")


def run_worker(monkeypatch):
    """The database backend's worker, in this test's transaction: it must not close the
    connection between tasks, as it does to drop a stale one."""
    monkeypatch.setattr(
        "django_tasks_db.management.commands.db_worker.close_old_connections", lambda: None
    )
    call_command("db_worker", "--batch", "--no-startup-delay", "-v", "0")


def test_the_database_worker_runs_the_queued_job_and_the_page_shows_its_report(
    editor_client, settings, monkeypatch
):
    settings.TASKS = {"default": {"BACKEND": "django_tasks_db.DatabaseBackend"}}
    files = [upload(SEED.name, SEED.read_bytes()), upload("notes.txt", b"no type here")]

    response = editor_client.post(IMPORT_URL, {"files": files})
    job = ImportJob.objects.get()
    queued = editor_client.get(response.url)
    run_worker(monkeypatch)
    done = editor_client.get(response.url)

    assert response.url == f"{IMPORT_URL}{job.pk}/"
    assert '<meta http-equiv="refresh" content="2">' in queued.text
    assert "it starts as soon as a task worker" in queued.text
    assert "report" not in queued.context
    assert LearningPlan.objects.count() == 1
    assert [(r.name, r.outcome, r.reason) for r in done.context["report"].results] == [
        (SEED.name, Outcome.CREATED, ""),
        ("notes.txt", Outcome.SKIPPED, "no [[type:]] tag"),
    ]
    assert "http-equiv" not in done.text
    assert "2 files: 1 created, 0 updated, 0 unchanged, 0 conflicts, 1 skipped, 0 failed" in (
        done.text
    )


def job_page(client, **fields):
    job = ImportJob.objects.create(started_by=User.objects.get(username="editor"), **fields)
    return client.get(f"{IMPORT_URL}{job.pk}/")


def test_a_running_job_shows_its_progress_and_reloads(editor_client):
    page = job_page(editor_client, dry_run=False, status="running", files_total=10, files_done=3)
    assert '<progress max="10" value="3"></progress> 3 of 10 files done.' in page.text
    assert '<meta http-equiv="refresh" content="2">' in page.text


def test_a_waiting_job_names_the_import_it_waits_for(editor_client):
    other = "import_seeds, process 4242, started 09:12:03 UTC"
    page = job_page(editor_client, dry_run=False, status="waiting", report={"waiting_for": other})
    assert (
        "Another import is running on this database (import_seeds, process 4242, started "
        "09:12:03 UTC): this one starts when it is done." in page.text
    )


def test_a_job_gives_up_behind_another_import_and_says_so(editor_client, monkeypatch):
    monkeypatch.setattr("records.importing.jobs.JOB_WAIT_SECONDS", 0.2)
    with another_import():
        response = editor_client.post(
            IMPORT_URL, {"files": [upload(SEED.name, SEED.read_bytes())]}, follow=True
        )
    job = ImportJob.objects.get()
    assert job.status == "failed"
    assert job.error.startswith(f"another import is running on this database ({OTHER}, started")
    assert "The import stopped" in response.text
    assert escape(job.error) in response.text
    assert not LearningPlan.objects.exists()


def test_progress_is_written_at_most_every_second(editor, django_assert_num_queries):
    job = ImportJob.objects.create(started_by=editor, dry_run=False, files_total=3)
    progress = Progress(job)
    with django_assert_num_queries(1):
        for name in "abc":
            progress(FileResult(name, Outcome.CREATED))
    assert job.files_done == 3
    job.refresh_from_db()
    assert job.files_done == 1


def test_another_staff_members_job_is_not_found(editor_client, editor):
    other = User.objects.create_user("other", is_staff=True)
    job = ImportJob.objects.create(started_by=other, dry_run=True)
    assert editor_client.get(f"{IMPORT_URL}{job.pk}/").status_code == 404


def test_a_job_whose_files_are_gone_stops_and_says_so(editor):
    job = ImportJob.objects.create(started_by=editor, dry_run=False)
    import_upload.call(job.pk, [])
    job.refresh_from_db()
    assert (job.status, job.error) == ("failed", "the uploaded files are no longer kept")


def five_mb_zip():
    """A zip (stored, not compressed) of 1,100 plans of about 4.5 KB each and one file that is
    not text: 5 MB, as the uploads that outlasted a web worker's timeout."""
    words = random.Random(7).choices(
        ["water", "youth", "market", "data", "waste", "energy", "farmers", "city"], k=700
    )
    buffer = BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_STORED) as archive:
        for n in range(1100):
            text = (
                f"# Plan number {n}\n\n[[focal_point:lab{n}@undp.org]]\n[[year:2023]]\n"
                f"[[type:learningplan]]\n[[thematic_areas:theme {n % 40}]]\n## Title\n\n"
                f"> Title\n\nPlan number {n}\n\n## Challenge\n\n> What is the challenge?\n\n"
                + " ".join(words[n % 50 :] + words[: n % 50])
            )
            archive.writestr(f"plans/{n:04}.md", text)
        archive.writestr("plans/broken.md", b"\x00\x01binary")
    return buffer.getvalue()


@pytest.mark.slow
def test_a_5_mb_upload_finishes_as_a_job_with_its_report(editor_client, settings, monkeypatch):
    settings.TASKS = {"default": {"BACKEND": "django_tasks_db.DatabaseBackend"}}
    data = five_mb_zip()
    assert 4_900_000 < len(data) < 5 * 1024 * 1024

    response = editor_client.post(IMPORT_URL, {"files": [upload("plans.zip", data)]})
    assert LearningPlan.objects.count() == 0  # queued, not imported in the request
    run_worker(monkeypatch)
    done = editor_client.get(response.url)

    assert LearningPlan.objects.count() == 1100
    assert (
        "1101 files: 1100 created, 0 updated, 0 unchanged, 0 conflicts, 0 skipped, 1 failed"
        in done.text
    )
    assert [(r.name, r.outcome) for r in done.context["problems"]] == [
        ("plans/broken.md", Outcome.FAILED)
    ]
    job = ImportJob.objects.get()
    assert (job.status, job.files_done, job.files_total) == ("done", 1101, 1101)


def test_a_job_page_speaks_the_staff_members_language(editor_client):
    job = ImportJob.objects.create(
        started_by=User.objects.get(username="editor"),
        dry_run=False,
        status="running",
        files_total=10,
        files_done=3,
    )
    page = editor_client.get(f"{IMPORT_URL}{job.pk}/", HTTP_ACCEPT_LANGUAGE="fr")
    assert "3 fichiers traités sur 10." in page.text
    assert "Cette page se recharge toutes les 2 secondes" in page.text
    assert "files done" not in page.text


def test_the_job_page_says_each_files_reason_and_the_jobs_error_in_french(editor_client, editor):
    blog_without_article = b"# A post\n[[type:blog]]\n[[source:https://www.undp.org/blog/x]]\n"
    files = [
        upload("notes.txt", b"no type here"),
        upload("story.md", b"# A story\n\n[[type:story]]\n"),
        upload("post.md", blog_without_article),
        upload("only.md", b"[[type:learningplan]]"),
    ]

    response = editor_client.post(
        IMPORT_URL, {"files": files, "dry_run": "on"}, follow=True, HTTP_ACCEPT_LANGUAGE="fr"
    )

    rows = re.findall(r'<td class="name">([^<]*)</td><td>.*?</td><td>([^<]*)</td>', response.text)
    assert dict(rows) == {
        "notes.txt": "pas de balise [[type:]]",
        "story.md": "le type &#x27;story&#x27; n&#x27;est pas importé",
        "post.md": "pas de texte d&#x27;article",
        "only.md": "ni ligne de titre « # » ni réponses : rien à importer",
    }
    assert (
        "4 fichiers : créés 0, mis à jour 0, inchangés 0, conflits 0, ignorés 3, échoués 1"
        in response.text
    )
    job = ImportJob.objects.create(started_by=editor, dry_run=False)
    import_upload.call(job.pk, [])
    page = editor_client.get(f"{IMPORT_URL}{job.pk}/", HTTP_ACCEPT_LANGUAGE="fr")
    assert '<p class="errornote">les fichiers envoyés ne sont plus conservés</p>' in page.text
