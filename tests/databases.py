"""One migration per test run: parallel test processes (pytest -n) copy the database the first
of them migrated instead of each migrating its own.

The first process to need its test database creates and migrates it as Django does, then
leaves a copy, the template: on SQLite a file holding its in-memory database, on PostgreSQL
a database made from it (CREATE DATABASE ... TEMPLATE). The others make theirs from the
template: every table, index, trigger and row, the search index's tables and the data
migrations' rows included. A lock file orders them; the run's id (xdist's testrunuid) names
the template, which the controlling process removes when the run ends."""

import fcntl
import sqlite3
import tempfile
from contextlib import contextmanager
from functools import partial
from pathlib import Path

from django.conf import settings
from django.core.management import call_command
from django.db import connections


def files(run_id: str) -> tuple[Path, Path]:
    """The run's lock file and, on SQLite, its template file."""
    base = Path(tempfile.gettempdir()) / f"labknowledge-tests-{run_id}"
    return base.with_suffix(".lock"), base.with_suffix(".sqlite3")


def template_name(connection, run_id: str) -> str:
    """The run's template database on PostgreSQL (63 characters at most), named after the
    database the settings name (before create_test_db replaces it with its test database)."""
    base = getattr(connection, "_template_base", None) or connection.settings_dict["NAME"]
    return f"test_{base[:20]}_template_{run_id[:24]}"


@contextmanager
def _locked(path: Path):
    with open(path, "a") as lock:
        fcntl.flock(lock, fcntl.LOCK_EX)
        try:
            yield
        finally:
            fcntl.flock(lock, fcntl.LOCK_UN)


def _template_exists(connection, run_id: str) -> bool:
    if connection.vendor == "sqlite":
        return files(run_id)[1].exists()
    with connection.creation._nodb_cursor() as cursor:
        cursor.execute(
            "SELECT 1 FROM pg_database WHERE datname = %s", [template_name(connection, run_id)]
        )
        return cursor.fetchone() is not None


def _save_template(connection, run_id: str) -> None:
    """Copy the migrated test database `connection` uses to the run's template."""
    if connection.vendor == "sqlite":
        path = files(run_id)[1]
        unfinished = path.with_suffix(".partial")
        target = sqlite3.connect(unfinished)
        try:
            connection.ensure_connection()
            connection.connection.backup(target)
        finally:
            target.close()
        unfinished.replace(path)
        return
    creation = connection.creation
    source = connection.settings_dict["NAME"]
    connection.close()  # a template must have no connection while it is copied
    with creation._nodb_cursor() as cursor:
        # The templates of runs that were killed before removing theirs: two runs on one
        # database name cannot run at once (their workers' test databases are the same).
        prefix = template_name(connection, "").replace("_", r"\_")
        cursor.execute("SELECT datname FROM pg_database WHERE datname LIKE %s", [prefix + "%"])
        for (stale,) in cursor.fetchall():
            cursor.execute(f"DROP DATABASE IF EXISTS {creation._quote_name(stale)}")
        cursor.execute(
            f"CREATE DATABASE {creation._quote_name(template_name(connection, run_id))} "
            + creation._get_database_create_suffix(template=source)
        )


def _copy_template(connection, run_id: str, serialize: bool) -> str:
    """Create the test database of `connection` from the run's template, as create_test_db
    would create and migrate it; return its name."""
    creation = connection.creation
    name = creation._get_test_db_name()
    if connection.vendor == "postgresql":
        quoted = creation._quote_name(name)
        with creation._nodb_cursor() as cursor:
            cursor.execute(f"DROP DATABASE IF EXISTS {quoted}")
            cursor.execute(
                f"CREATE DATABASE {quoted} "
                + creation._get_database_create_suffix(template=template_name(connection, run_id))
            )
    connection.close()
    settings.DATABASES[connection.alias]["NAME"] = name
    connection.settings_dict["NAME"] = name
    connection.ensure_connection()
    if connection.vendor == "sqlite":
        source = sqlite3.connect(files(run_id)[1])
        try:
            source.backup(connection.connection)
        finally:
            source.close()
    if serialize:
        connection._test_serialized_contents = creation.serialize_db_to_string()
    call_command("createcachetable", database=connection.alias)
    return name


def copyable(connection) -> bool:
    """Whether the test database of `connection` can be made from a template here: an
    in-memory SQLite database, or a PostgreSQL one."""
    if connection.vendor == "sqlite":
        return connection.creation.is_in_memory_db(connection.creation._get_test_db_name())
    return connection.vendor == "postgresql"


def _create_test_db(
    connection, run_id, migrate, verbosity=1, autoclobber=False, serialize=True, keepdb=False
):
    """create_test_db of `connection`: the run's first migrates and saves the template, the
    others copy it (a kept database, --reuse-db, is left to `migrate`, Django's own)."""
    if keepdb:
        return migrate(verbosity, autoclobber, serialize, keepdb)
    with _locked(files(run_id)[0]):
        if _template_exists(connection, run_id):
            return _copy_template(connection, run_id, serialize)
        name = migrate(verbosity, autoclobber, serialize, keepdb)
        _save_template(connection, run_id)
        connection.ensure_connection()
        return name


@contextmanager
def from_template(run_id: str):
    """While inside, creating the test database of each connection (create_test_db)
    migrates the run's first one and copies the template for every later one."""
    patched = []
    for connection in connections.all():
        if not copyable(connection):
            continue
        creation = connection.creation
        connection._template_base = connection.settings_dict["NAME"]
        creation.create_test_db = partial(
            _create_test_db, connection, run_id, creation.create_test_db
        )
        patched.append(creation)
    try:
        yield
    finally:
        for creation in patched:
            del creation.create_test_db


def remove_template(run_id: str) -> None:
    """Remove the run's lock file and template, once every process of the run is done."""
    lock, template = files(run_id)
    template.unlink(missing_ok=True)
    for alias in connections:
        connection = connections[alias]
        if connection.vendor == "postgresql":
            creation = connection.creation
            with creation._nodb_cursor() as cursor:
                name = template_name(connection, run_id)
                cursor.execute(f"DROP DATABASE IF EXISTS {creation._quote_name(name)}")
    lock.unlink(missing_ok=True)
