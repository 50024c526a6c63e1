"""The data version: one number, shared by every app server, that changes with every write.

Cached pages and facet counts are keyed by it, so a write anywhere invalidates them everywhere
at once, whatever the cache backend (a worker's local memory included): the number lives in
the database, one row read with one primary-key query per request.

Writes bump it:
- by signal: post_save, post_delete and m2m_changed of every model of this app, and the admin's
  change log for them (connected in RecordsConfig.ready, see `connect`);
- by an explicit `bump()` from writes that send no signal: QuerySet.update(), bulk_create(),
  raw deletes.

Bumps coalesce: one write of the version per committed transaction, after the commit (an
import writes it once per batch of files). A rolled-back transaction bumps nothing. A fresh
table starts at the current time in microseconds, so pages cached for an earlier database (a
shared Redis across a reset) are never served for a new one.
"""

import contextlib
import contextvars
import functools
import threading
import time
import weakref

from django.db import connections, transaction
from django.db.models import F
from django.db.models.signals import m2m_changed, post_delete, post_migrate, post_save

from .models import DataVersion, ImportUpload, ImportUploadFile, SearchEntryWords, SearchWord

_ROW = 1
# The version read once for the request being served (set by the page cache), so the page
# and its facet counts use one snapshot and one query.
_request_version = contextvars.ContextVar("data_version", default=None)
# The bump registered with the current transaction of each database connection (per thread).
_pending = threading.local()
# Rows whose writes change no page by themselves: the version itself, uploads waiting for
# their import, and the words of the search index (written with the records, which bump).
UNVERSIONED_MODELS = frozenset(
    {DataVersion, ImportUpload, ImportUploadFile, SearchEntryWords, SearchWord}
)


def current(using="default") -> int:
    """The data version: the request's snapshot when one is being served, else one query."""
    version = _request_version.get()
    if version is not None:
        return version
    with connections[using].cursor() as cursor:
        cursor.execute(*_select_sql(using))
        row = cursor.fetchone()
    return row[0] if row else 0


@functools.cache
def _select_sql(using) -> tuple[str, tuple]:
    # The same query on every request, compiled once per database: building it through the
    # ORM took ten times as long as running it, most of the time a cached page takes.
    query = DataVersion.objects.filter(pk=_ROW).values_list("number").query
    return query.get_compiler(using).as_sql()


@contextlib.contextmanager
def pinned(version: int):
    """Within the block, `current()` answers `version` without a query."""
    token = _request_version.set(version)
    try:
        yield version
    finally:
        _request_version.reset(token)


def bump_now(using="default") -> None:
    """Change the data version at once, inside the current transaction, uncoalesced. For
    tests, whose transaction never commits; writes call `bump()`."""
    if not DataVersion.objects.using(using).filter(pk=_ROW).update(number=F("number") + 1):
        _, created = DataVersion.objects.using(using).get_or_create(
            pk=_ROW, defaults={"number": time.time_ns() // 1000}
        )
        if not created:  # another process created it meanwhile
            DataVersion.objects.using(using).filter(pk=_ROW).update(number=F("number") + 1)


def bump(using="default") -> None:
    """Change the data version once the current transaction commits (at once outside one).

    Cheap to call many times: a transaction registers one bump. Call it after writes that
    send no signal (QuerySet.update, bulk_create, raw deletes).
    """
    registered = getattr(_pending, using, None)
    if registered is not None and registered() is not None:
        return

    def apply():
        setattr(_pending, using, None)
        bump_now(using)

    # Held weakly: a rollback (of the transaction, or of the savepoint it was registered in)
    # discards the callback, and with it this reference, so the next write registers anew.
    setattr(_pending, using, weakref.ref(apply))
    # Robust: the writes are committed whatever happens to the bump; a failure is logged.
    transaction.on_commit(apply, using=using, robust=True)


def _on_write(sender, using="default", **kwargs):
    bump(using)


def _on_admin_log(sender, instance, created, using="default", **kwargs):
    # The admin logs every change it makes, including those that send no signal of their own
    # (its publish actions update querysets): a logged change to a record bumps.
    from django.contrib.contenttypes.models import ContentType

    if created and instance.content_type_id is not None:
        content_type = ContentType.objects.db_manager(using).get_for_id(instance.content_type_id)
        if content_type.app_label == DataVersion._meta.app_label:
            bump(using)


def _on_migrate(sender, using="default", apps=None, **kwargs):
    # A deploy migrates: pages rendered by the previous release's templates are not reused.
    try:
        apps.get_model(DataVersion._meta.label)
    except LookupError:  # migrated to a point before the table exists
        return
    bump(using)


def connect(app_config) -> None:
    """Bump on every write to the app's models but UNVERSIONED_MODELS (RecordsConfig.ready
    calls this)."""
    from django.contrib.admin.models import LogEntry

    for model in app_config.get_models(include_auto_created=True):
        if model in UNVERSIONED_MODELS:
            continue
        uid = f"data_version:{model._meta.label}"
        m2m_changed.connect(_on_write, sender=model, dispatch_uid=uid)
        if not model._meta.auto_created:
            # Auto-created M2M rows change through m2m_changed on the plan; a receiver on them
            # would only stop Django from deleting them in one statement.
            post_save.connect(_on_write, sender=model, dispatch_uid=uid)
            post_delete.connect(_on_write, sender=model, dispatch_uid=uid)
    post_save.connect(_on_admin_log, sender=LogEntry, dispatch_uid="data_version:admin_log")
    post_migrate.connect(_on_migrate, sender=app_config, dispatch_uid="data_version:migrate")
