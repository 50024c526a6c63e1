"""An upload's import as a background job (Django's tasks framework, the django-tasks backport
with its database backend): the upload page keeps the files (records.admin.kept_uploads),
starts the job and shows its progress and report, which the job writes on its ImportJob row.

The job runs the same importer as `import_seeds`, under the same rule of one import at a time
per database (one_at_a_time.py): while another import runs, it waits, and its page says which
import it waits for.
"""

import time
from contextlib import contextmanager
from datetime import timedelta
from functools import partial

from django.utils import timezone
from django.utils.translation import gettext_noop
from django_tasks import task

from records.enums import Outcome
from records.import_uploads import ImportJob, ImportUpload, JobStatus

from . import uploads
from .one_at_a_time import ImportRunning, one_import_at_a_time
from .reasons import Reason, from_json, reason_of, translated
from .report import FileResult, ImportReport
from .run import Importer

# A job waits this long for another import to finish: it runs in the background, where a long
# wait keeps no one's request open.
JOB_WAIT_SECONDS = 3600
# Seconds between two writes of a running job's progress.
PROGRESS_EVERY = 1.0


def start_job(upload: ImportUpload, user, dry_run: bool, oversized=()) -> ImportJob:
    """Queue the import of `upload`'s files; `oversized` names the files the upload itself
    refused. Raises IntegrityError when the upload was imported already (not a dry run)."""
    job = ImportJob.objects.create(upload=upload, started_by=user, dry_run=dry_run)
    import_upload.enqueue(job.pk, list(oversized))
    return job


def report_json(report: ImportReport) -> dict:
    return {
        "summary": report.summary(),
        # Each file's reason in English, then, when it has one, its message and parameters.
        "results": [
            [r.name, str(r.outcome), r.reason, *stored_message(r.reason)] for r in report.results
        ],
    }


def stored_message(reason: str) -> list[dict]:
    return [reason.as_json()] if isinstance(reason, Reason) else []


def report_from_json(data: dict) -> ImportReport:
    report = ImportReport()
    for name, outcome, reason, *message in data.get("results", ()):
        report.add(FileResult(name, Outcome(outcome), from_json(message[0]) if message else reason))
    return report


class Progress:
    """A job's state as its import goes, on its row: waiting for its turn, then running, its
    files counted as the importer reports them (written at most every PROGRESS_EVERY seconds,
    a query each time)."""

    def __init__(self, job: ImportJob):
        self.job = job
        self.written = 0.0

    def __call__(self, result: FileResult) -> None:
        self.job.files_done += 1
        now = time.monotonic()
        if now - self.written >= PROGRESS_EVERY:
            self.job.save(update_fields=["files_done"])
            self.written = now

    def waiting(self, other: str) -> None:
        self.job.status = JobStatus.WAITING
        self.job.report = {"waiting_for": other}
        self.job.save(update_fields=["status", "report"])

    @contextmanager
    def turn(self, who: str):
        """The import's turn (one_import_at_a_time): the job waits for it, then runs."""
        with one_import_at_a_time(who, JOB_WAIT_SECONDS, self.waiting):
            self.job.status = JobStatus.RUNNING
            self.job.save(update_fields=["status"])
            yield


@task()
def import_upload(job_id: int, oversized: list[str]) -> None:
    """Import the files of job `job_id`'s upload, writing its progress and then its report."""
    job = ImportJob.objects.select_related("upload", "started_by").get(pk=job_id)
    if job.upload is None:
        finish(
            job,
            JobStatus.FAILED,
            error=Reason(gettext_noop("the uploaded files are no longer kept")),
        )
        return
    files = uploads.Uploads()
    for name in oversized:
        files.reject_oversized(name)
    for name, data in job.upload.files.values_list("name", "data"):
        files.add(name, bytes(data))
    job.files_total = len(files.rejected) + len(files.documents)
    job.files_done = len(files.rejected)
    job.save(update_fields=["files_total", "files_done"])
    progress = Progress(job)
    turn = partial(progress.turn, f"upload import {job.pk} by {job.started_by}")
    importer = Importer(dry_run=job.dry_run, turn=turn)
    for rejection in files.rejected:
        importer.report.add(FileResult(rejection.name, Outcome.FAILED, rejection.reason))
    try:
        report = importer.run(files.documents, progress=progress)
    except ImportRunning as exc:
        finish(job, JobStatus.FAILED, error=reason_of(exc))
        return
    except Exception as exc:  # said on the page, and recorded by the task worker
        finish(job, JobStatus.FAILED, error=f"{type(exc).__name__}: {exc}")
        raise
    if job.dry_run:  # kept for the import that follows, from now on
        ImportUpload.objects.filter(pk=job.upload_id).update(
            expires_at=timezone.now() + timedelta(seconds=uploads.KEEP_SECONDS)
        )
    else:
        job.upload.delete()
        job.upload = None
    finish(job, JobStatus.DONE, report_json(report))


def finish(job: ImportJob, status: JobStatus, report: dict | None = None, error: str = ""):
    """Write the job's end; its report keeps the message of an error given as a Reason, which
    `error_of` translates."""
    job.status = status
    job.report = report or {"error": stored_message(error)}
    job.error = error
    job.finished_at = timezone.now()
    job.save()


def error_of(job: ImportJob) -> str:
    """Why the job stopped, in the active language when its message was kept."""
    message = job.report.get("error")
    return translated(from_json(message[0])) if message else job.error
