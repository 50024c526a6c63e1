"""The files of an import's dry run, kept so that one click imports the very same files.

The uploaded bytes go to the cache (Redis in production, shared by every app server) under a
random token, in a key bound to the staff member's session, for KEEP_SECONDS; only uploads of
at most MAX_KEPT_BYTES are kept. Taking them deletes them, so a token imports once. Nothing
is written to disk.
"""

import re
import secrets

from django.core.cache import cache

from ..importing.uploads import MAX_REQUEST_BYTES

KEEP_SECONDS = 30 * 60
MAX_KEPT_BYTES = MAX_REQUEST_BYTES
TOKEN = re.compile(r"[A-Za-z0-9_-]{22}")


def cache_key(request, token):
    return f"import-files:{request.session.session_key}:{token}"


def keep(request, files):
    """Keep `files`, [(name, bytes)]; the token to take them back, or "" when they are too
    big to keep or there is no session to bind them to."""
    if not request.session.session_key or sum(len(b) for _, b in files) > MAX_KEPT_BYTES:
        return ""
    token = secrets.token_urlsafe(16)
    cache.set(cache_key(request, token), files, KEEP_SECONDS)
    return token


def take(request, token):
    """The files kept under `token` in this session, forgotten as they are given; None when
    there are none (expired, taken already, another session's, or a malformed token)."""
    if not TOKEN.fullmatch(token or "") or not request.session.session_key:
        return None
    key = cache_key(request, token)
    files = cache.get(key)
    cache.delete(key)
    return files
