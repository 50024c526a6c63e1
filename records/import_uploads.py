"""Archive files uploaded on the admin's import page, kept for their import
(records.admin.kept_uploads), and the import jobs that run them (records.importing.jobs);
re-exported by records.models."""

from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _


class ImportUpload(models.Model):
    """Archive files uploaded on the admin's import page, kept for the job that imports them
    and, after a dry run, so that one click imports the very same files
    (records.admin.kept_uploads). Kept in the database, which every app server and task
    worker shares: the job runs in a worker, the import may reach another server."""

    token = models.CharField(max_length=22, help_text="The random token the import page sends.")
    session_key = models.CharField(
        max_length=40, help_text="The staff member's session: only it may import the files."
    )
    expires_at = models.DateTimeField()

    class Meta:
        constraints = [models.UniqueConstraint(fields=["token"], name="import_upload_token")]
        indexes = [
            # Each new upload deletes the expired ones.
            models.Index(fields=["expires_at"], name="import_upload_expiry"),
        ]

    def __str__(self):
        return self.token


class ImportUploadFile(models.Model):
    """One file of an ImportUpload, as uploaded (a text file or a zip of them)."""

    upload = models.ForeignKey(ImportUpload, on_delete=models.CASCADE, related_name="files")
    position = models.PositiveIntegerField()
    name = models.TextField()
    data = models.BinaryField()

    class Meta:
        ordering = ["upload", "position"]
        constraints = [
            models.UniqueConstraint(fields=["upload", "position"], name="import_upload_file_once")
        ]

    def __str__(self):
        return self.name


class JobStatus(models.TextChoices):
    QUEUED = "queued", _("waiting for the worker")
    WAITING = "waiting", _("waiting for another import to finish")
    RUNNING = "running", _("running")
    DONE = "done", _("done")
    FAILED = "failed", _("stopped")


class ImportJob(models.Model):
    """An import started on the admin's upload page and run in the background by a task
    worker (records.importing.jobs): its progress while it runs, its report once done."""

    upload = models.ForeignKey(
        ImportUpload,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="jobs",
        help_text="The files it imports; let go once a real import is done.",
    )
    started_by = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE)
    dry_run = models.BooleanField()
    status = models.CharField(max_length=8, choices=JobStatus, default=JobStatus.QUEUED)
    files_total = models.PositiveIntegerField(default=0)
    files_done = models.PositiveIntegerField(default=0)
    report = models.JSONField(
        default=dict, help_text="Counts per outcome, the files needing a look, the changes."
    )
    error = models.TextField(blank=True, help_text="Why the job stopped, when it failed.")
    created_at = models.DateTimeField(auto_now_add=True)
    finished_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        constraints = [
            models.CheckConstraint(
                condition=models.Q(status__in=JobStatus.values), name="import_job_status"
            ),
            # The files of a dry run import once.
            models.UniqueConstraint(
                fields=["upload"],
                condition=models.Q(dry_run=False),
                name="import_job_imports_an_upload_once",
            ),
        ]

    def __str__(self):
        return f"import {self.pk} ({self.get_status_display()})"

    @property
    def finished(self) -> bool:
        return self.status in (JobStatus.DONE, JobStatus.FAILED)
