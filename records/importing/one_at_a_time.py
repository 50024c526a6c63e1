"""One import at a time per database, whoever starts it (`import_seeds`, an upload's job): two
runs at once would both create the records, tags and partners the other is creating, and the
later commit would fail on a unique constraint or split a tag in two.

A run holds the database's import lock from its first file to its last join: on PostgreSQL a
session-level advisory lock, on SQLite an exclusive lock on a file beside the database (the
operating system's, so it holds across processes and goes with a process that dies, as an
advisory lock goes with its connection). The holder leaves a description of itself (the
connection's application_name; the lock file's text) so that a run kept waiting can say which
import it waits for.
"""

from __future__ import annotations

import fcntl
import os
import tempfile
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path

from django.db import connection
from django.utils import timezone
from django.utils.translation import gettext_noop

from .reasons import Reason

# The PostgreSQL advisory lock of a run, and its two halves as pg_locks shows them.
IMPORT_LOCK = int.from_bytes(b"labimprt")
WAIT_SECONDS = 600
POLL_SECONDS = 0.25


class ImportRunning(Exception):
    """Another import held the database for longer than a run would wait; the message names
    it."""


class PostgresLock:
    def acquire(self, description: str) -> bool:
        with connection.cursor() as cursor:
            cursor.execute("SELECT pg_try_advisory_lock(%s)", [IMPORT_LOCK])
            if not cursor.fetchone()[0]:
                return False
            cursor.execute("SELECT set_config('application_name', %s, false)", [description])
        return True

    def holder(self) -> str:
        """The description of the connection holding the lock ("" when none does now)."""
        with connection.cursor() as cursor:
            cursor.execute(
                "SELECT activity.application_name FROM pg_locks JOIN pg_stat_activity "
                "AS activity USING (pid) WHERE locktype = 'advisory' AND granted "
                "AND classid = %s AND objid = %s AND objsubid = 1 AND database = "
                "(SELECT oid FROM pg_database WHERE datname = current_database())",
                [IMPORT_LOCK >> 32, IMPORT_LOCK & 0xFFFFFFFF],
            )
            row = cursor.fetchone()
        return row[0] if row else ""

    def release(self) -> None:
        with connection.cursor() as cursor:
            cursor.execute("SELECT pg_advisory_unlock(%s)", [IMPORT_LOCK])
            cursor.execute("RESET application_name")


class FileLock:
    def __init__(self, path: Path):
        self.path = path
        self.file = None

    def acquire(self, description: str) -> bool:
        file = self.path.open("a+", encoding="utf-8")
        try:
            fcntl.flock(file, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            file.close()
            return False
        file.truncate(0)
        file.write(description)
        file.flush()
        self.file = file
        return True

    def holder(self) -> str:
        try:
            return self.path.read_text(encoding="utf-8")
        except OSError:
            return ""

    def release(self) -> None:
        fcntl.flock(self.file, fcntl.LOCK_UN)
        self.file.close()
        self.file = None


def sqlite_lock_path() -> Path:
    """The lock file beside the database file; for a database in memory, which no other
    process can open, one of this process's own."""
    if connection.is_in_memory_db():
        return Path(tempfile.gettempdir()) / f"labknowledge-{os.getpid()}.import-lock"
    return Path(f"{connection.settings_dict['NAME']}.import-lock")


@contextmanager
def one_import_at_a_time(
    who: str = "an import",
    wait: float = WAIT_SECONDS,
    on_wait: Callable[[str], None] | None = None,
) -> Iterator[None]:
    """Hold the database's import lock while the block runs. While another import holds it,
    wait for it up to `wait` seconds, telling `on_wait` once which import that is; then raise
    ImportRunning. `who` describes this run to others."""
    lock = PostgresLock() if connection.vendor == "postgresql" else FileLock(sqlite_lock_path())
    description = f"{who}, started {timezone.now():%H:%M:%S} UTC"
    deadline = time.monotonic() + wait
    told = False
    while not lock.acquire(description):
        other = lock.holder() or "another import"
        if time.monotonic() >= deadline:
            raise ImportRunning(
                Reason(
                    gettext_noop(
                        "another import is running on this database (%(other)s); "
                        "gave up after waiting %(wait)s s"
                    ),
                    other=other,
                    wait=f"{wait:g}",
                )
            )
        if on_wait and not told:
            on_wait(other)
            told = True
        time.sleep(POLL_SECONDS)
    try:
        yield
    finally:
        lock.release()
