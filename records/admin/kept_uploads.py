"""The files of an import's dry run, kept so that one click imports the very same files.

The uploaded bytes go to the database (records.models.ImportUpload), which every app server
and worker shares, under a random token bound to the staff member's session, for
KEEP_SECONDS; only uploads of at most MAX_KEPT_BYTES are kept. Taking them deletes them, so a
token imports once. Each new keep deletes the expired uploads.
"""

import re
import secrets
from datetime import timedelta

from django.db import transaction
from django.utils import timezone

from ..importing.uploads import MAX_REQUEST_BYTES
from ..models import ImportUpload, ImportUploadFile

KEEP_SECONDS = 30 * 60
MAX_KEPT_BYTES = MAX_REQUEST_BYTES
TOKEN = re.compile(r"[A-Za-z0-9_-]{22}")


def keep(request, files):
    """Keep `files`, [(name, bytes)]; the token to take them back, or "" when they are too
    big to keep or there is no session to bind them to."""
    if not request.session.session_key or sum(len(b) for _, b in files) > MAX_KEPT_BYTES:
        return ""
    now = timezone.now()
    token = secrets.token_urlsafe(16)
    with transaction.atomic():
        ImportUpload.objects.filter(expires_at__lte=now).delete()
        upload = ImportUpload.objects.create(
            token=token,
            session_key=request.session.session_key,
            expires_at=now + timedelta(seconds=KEEP_SECONDS),
        )
        ImportUploadFile.objects.bulk_create(
            ImportUploadFile(upload=upload, position=position, name=name, data=data)
            for position, (name, data) in enumerate(files)
        )
    return token


def take(request, token):
    """The files kept under `token` in this session, forgotten as they are given; None when
    there are none (expired, taken already, another session's, or a malformed token)."""
    if not TOKEN.fullmatch(token or "") or not request.session.session_key:
        return None
    with transaction.atomic():
        upload = ImportUpload.objects.filter(
            token=token, session_key=request.session.session_key, expires_at__gt=timezone.now()
        ).first()
        if upload is None:
            return None
        files = [(name, bytes(data)) for name, data in upload.files.values_list("name", "data")]
        # Of two requests taking the same token at once, the one whose delete finds the row
        # gone (the other's, committed) imports nothing.
        _, deleted = ImportUpload.objects.filter(pk=upload.pk).delete()
    return files if deleted.get(ImportUpload._meta.label) else None
