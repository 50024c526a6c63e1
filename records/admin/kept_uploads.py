"""The files of an upload, kept in the database for the job that imports them and, after a dry
run, so that one click imports the very same files.

The uploaded bytes go to the database (records.models.ImportUpload), which every app server
and task worker shares, under a random token bound to the staff member's session; after a dry
run they are kept for KEEP_SECONDS and import once (ImportJob's constraint). Each new upload
deletes the expired ones that no job still needs.
"""

import re
import secrets
from datetime import timedelta

from django.db import transaction
from django.utils import timezone

from ..import_uploads import JobStatus
from ..importing.uploads import KEEP_SECONDS
from ..models import ImportJob, ImportUpload, ImportUploadFile

TOKEN = re.compile(r"[A-Za-z0-9_-]{22}")
UNFINISHED = (JobStatus.QUEUED, JobStatus.WAITING, JobStatus.RUNNING)


def keep(request, files) -> ImportUpload:
    """Keep `files`, [(name, bytes)], under a new token bound to this session."""
    now = timezone.now()
    with transaction.atomic():
        ImportUpload.objects.filter(expires_at__lte=now).exclude(
            jobs__status__in=UNFINISHED
        ).delete()
        upload = ImportUpload.objects.create(
            token=secrets.token_urlsafe(16),
            session_key=request.session.session_key or "",
            expires_at=now + timedelta(seconds=KEEP_SECONDS),
        )
        ImportUploadFile.objects.bulk_create(
            ImportUploadFile(upload=upload, position=position, name=name, data=data)
            for position, (name, data) in enumerate(files)
        )
    return upload


def claim(request, token) -> ImportUpload | None:
    """The upload kept under `token` in this session and not imported yet; None when there is
    none (expired, imported already, another session's, or a malformed token)."""
    if not TOKEN.fullmatch(token or "") or not request.session.session_key:
        return None
    return (
        ImportUpload.objects.filter(
            token=token, session_key=request.session.session_key, expires_at__gt=timezone.now()
        )
        .exclude(jobs__in=ImportJob.objects.filter(dry_run=False))
        .first()
    )


def apply_token(request, job: ImportJob) -> str:
    """The token that imports a finished dry run's files, or "" when they cannot be."""
    upload = job.upload
    if not (job.dry_run and upload) or upload.session_key != request.session.session_key:
        return ""
    return upload.token if claim(request, upload.token) else ""
