"""An import run: archive files in, one outcome per file out.

The rules of a run (the models are mapped in plans.py and blogs.py):

- each file ends as created, updated, unchanged, conflict, skipped or failed; a file holding
  no record (another type, a blog page with no article) is skipped, not failed;
- records are matched on a natural key, never on the file name: blogs by their normalised
  source URL, plans by type, title line and focal point;
- a file whose bytes were already imported is unchanged without being parsed, so a second run
  over the same files writes nothing;
- a record staff edited since its last import is not overwritten (a conflict) unless asked;
- files are written in batches, one transaction each (BATCH_FILES files, or BATCH_BYTES
  bytes read, whichever comes first), each file in its own savepoint: a file that fails
  leaves nothing behind and the run goes on; a batch's files are reported once it committed,
  and a batch that cannot commit stops the run (a re-run imports its files);
- a dry run writes each file in its own transaction and rolls it back, so it never holds the
  database's write lock for more than one file; each file is checked against the database as
  it was before the run (two files naming one record both report as if alone);
- once every file is in, closing reports join their plans (cycle_joins) and plans' links
  find blogs by their other addresses (blog_addresses), whatever the files' order.
- one run at a time per database (one_at_a_time.py): a run started while another runs waits
  for it, then goes on, or gives up after a while, naming the other.
"""

from __future__ import annotations

import os
from collections.abc import Callable, Iterable, Iterator
from contextlib import AbstractContextManager
from functools import partial
from pathlib import Path

from django.db import DatabaseError, connection, transaction
from django.utils.translation import gettext_noop

from records.enums import Outcome
from records.models import Blog, LearningPlan
from records.search import entries

from .blog_addresses import resolve_links
from .blogs import save_blog
from .cycle_joins import join_cycles
from .limits import MAX_FILE_BYTES
from .lookups import Lookups
from .one_at_a_time import one_import_at_a_time
from .plans import plan_version, save_plan
from .reading import Data, ReadFile, look_up, read
from .reasons import Reason, reason_of
from .report import FileResult, ImportReport
from .sources import ImportFailed, Source

# A batch's transaction ends after this many files, or once its files' bytes reach BATCH_BYTES:
# a commit per batch rather than per file, and at most a batch to redo after a crash.
BATCH_FILES = 100
BATCH_BYTES = 4 * 1024 * 1024
# Why a plan file is written to a version's record (plans.plan_version).
ANOTHER_VERSION = gettext_noop(
    "another version of the plan of %(file)s (the same title and focal point), kept as a "
    "record of its own"
)
# Why a file of a record staff edited since its import is not written.
EDITED_SINCE_IMPORT = Reason(
    gettext_noop(
        "edited in the admin since its last import; kept the edit (--overwrite replaces it)"
    )
)


def iter_paths(paths: Iterable[str | Path]) -> Iterator[tuple[str, Path]]:
    """Every file under the given files and folders, sorted, as (display name, path).

    The display name is the path relative to the folder it was found in, so a record's
    source_file reads `learningplan/xyz.md` rather than a path of this machine.
    """
    for _, name, path in walk(paths):
        yield name, path


def walk(paths: Iterable[str | Path]) -> Iterator[tuple[Path | None, str, Path]]:
    """iter_paths' files, each with the folder it was found in (None for a file named)."""
    for root in map(Path, paths):
        if root.is_dir():
            for path in files_under(root):
                yield root, path.relative_to(root).as_posix(), path
        else:
            yield None, root.name, root


def files_under(folder: Path) -> Iterator[Path]:
    """The files under `folder` in the order of their sorted paths, as Path.rglob finds them
    (a symbolic link to a folder is not followed, an unreadable folder is passed over). Each
    folder's names are read and sorted as it is reached, and let go as they are passed: no
    list of every path is held, and no name of a folder already imported."""
    names, folders = [], set()
    try:
        with os.scandir(folder) as entries:
            for entry in entries:
                names.append(entry.name)
                if entry.is_dir(follow_symlinks=False):
                    folders.add(entry.name)
    except PermissionError:
        return
    names.sort(reverse=True)  # taken from the end
    while names:
        name = names.pop()
        path = folder / name
        if name in folders:
            yield from files_under(path)
        elif path.is_file():
            yield path


def read_head(path: Path, size: int, folder: Path | None = None) -> bytes:
    """At most `size` bytes of the file: a huge file is refused without being read whole. A
    symbolic link found in `folder` to a file outside it is not followed (OSError)."""
    if folder and path.is_symlink() and not path.resolve().is_relative_to(folder.resolve()):
        raise OSError("a link to a file outside the folder, not followed")
    with path.open("rb") as file:
        return file.read(size)


def import_paths(paths, **options) -> ImportReport:
    """Import every file under `paths` (files or folders); see Importer for the options."""
    limit = options.get("max_file_bytes", MAX_FILE_BYTES)
    documents = (
        (name, partial(read_head, path, limit + 1, folder)) for folder, name, path in walk(paths)
    )
    progress = options.pop("progress", None)
    # A folder may hold any number of files: its report keeps only what it prints.
    return Importer(keep_results=False, **options).run(documents, progress=progress)


def begin_batch() -> None:
    """On PostgreSQL, check a batch's constraints at once, so a foreign key a file breaks fails
    that file rather than the batch's commit."""
    if connection.vendor == "postgresql":
        with connection.cursor() as cursor:
            cursor.execute("SET CONSTRAINTS ALL IMMEDIATE")


def imported_shas() -> set[str]:
    """The sha256 of every file a record was imported from (a query per model)."""
    return set(
        LearningPlan.objects.exclude(source_sha256="").values_list("source_sha256", flat=True)
    ) | set(Blog.objects.exclude(source_sha256="").values_list("source_sha256", flat=True))


def finish_run(focal_points: set[str], country_keys: dict[str, str], dry_run: bool) -> None:
    """What a run does once its files are written, in one transaction (rolled back in a dry
    run): join the cycles of the focal points it wrote plans of, tie the blog links waiting
    to the blogs their addresses name, and settle the search index (records.search.entries)."""
    with transaction.atomic():
        join_cycles(focal_points)
        resolve_links(country_keys)
        entries.settle()
        if dry_run:
            transaction.set_rollback(True)


class Importer:
    """One import run; `overwrite` replaces records staff edited, `dry_run` writes nothing, a
    file over `max_file_bytes` fails (`limits`); `keep_results` keeps every file's result in the
    report, not only those needing a look; `turn` waits for the run's (one_import_at_a_time)."""

    def __init__(
        self,
        *,
        overwrite: bool = False,
        dry_run: bool = False,
        max_file_bytes: int = MAX_FILE_BYTES,
        keep_results: bool = True,
        turn: Callable[[], AbstractContextManager] = one_import_at_a_time,
    ):
        self.turn = turn
        self.overwrite = overwrite
        self.dry_run = dry_run
        self.max_file_bytes = max_file_bytes
        self.report = ImportReport(keep_results=keep_results)
        # sha256 → name, of the files of this run that a record may hold (unchanged, or
        # written): a later file of the same record is skipped (`reason_not_to_write`).
        self.seen_shas: dict[str, str] = {}
        self.imported_shas: set[str] = set()  # read once the run has its turn (`start`)
        self.lookups: Lookups | None = None
        # The focal points of the plans written in this run, whose cycles are joined at its
        # end; and that of the file being written, until its savepoint is released.
        self.touched_focal_points: set[str] = set()
        self.writing_focal_point = ""

    def run(
        self,
        documents: Iterable[tuple[str, Data]],
        progress: Callable[[FileResult], None] | None = None,
    ) -> ImportReport:
        """Import (name, bytes) pairs; bytes may be a callable that reads them, so a large
        folder is never held in memory at once. `progress` hears of each file once its batch
        committed."""
        documents = iter(documents)
        with self.turn():
            self.start()
            while results := self.import_batch(documents):
                for result in results:
                    self.report.add(result)
                    if progress:
                        progress(result)
            finish_run(self.touched_focal_points, self.lookups.let_go(), self.dry_run)
        return self.report

    def start(self) -> None:
        """Read what the run matches files on: the records, tags and partners by key."""
        self.imported_shas = imported_shas()
        self.lookups = Lookups()

    def import_batch(self, documents: Iterator[tuple[str, Data]]) -> list[FileResult]:
        """Import the next files of `documents`, until the batch is full: each read and parsed,
        then, in one transaction, the database asked once for the records, partners and slugs
        they name and each file written in its savepoint (a dry run writes each file in its
        own transaction instead, rolled back). Their results, once committed; raises
        DatabaseError when the batch's transaction broke."""
        files = []
        size = 0
        for name, data in documents:
            file = read(name, data, self.max_file_bytes, self.imported_shas)
            files.append(file)
            size += file.size
            if len(files) == BATCH_FILES or size >= BATCH_BYTES:
                break
        if not files:
            return []
        if self.dry_run:  # each file in its own transaction, rolled back
            return [self.import_one(file) for file in files]
        results = []
        with transaction.atomic():
            begin_batch()
            look_up(self.lookups, files)
            for file in files:
                results.append(self.import_one(file))
                if transaction.get_rollback():
                    raise DatabaseError(f"the transaction broke while importing {file.name}")
            # The search entries of the batch's files (and their word counts) in one write.
            if written := self.lookups.entries.take():
                entries.write(written)
        return results

    def import_one(self, file: ReadFile) -> FileResult:
        """Write one file read into the batch in its own savepoint of the batch's
        transaction (its own transaction in a dry run); never raises."""
        if file.result:
            return file.result
        if file.sha in self.imported_shas:
            self.seen_shas.setdefault(file.sha, file.name)
            return FileResult(file.name, Outcome.UNCHANGED)
        try:
            with transaction.atomic():
                result = self.write(file)
                # A dry run writes like a real one, so it reports what a real run would do.
                transaction.set_rollback(self.dry_run)
        except ImportFailed as exc:
            result = FileResult(file.name, Outcome.FAILED, reason_of(exc))
        except Exception as exc:  # one bad file never stops the run
            result = FileResult(file.name, Outcome.FAILED, f"{type(exc).__name__}: {exc}")
        if result.outcome.wrote:
            self.seen_shas.setdefault(file.sha, file.name)
        if result.outcome.wrote and not self.dry_run:
            self.lookups.commit()
            self.imported_shas.add(file.sha)
            self.touched_focal_points.add(self.writing_focal_point)
        else:
            self.lookups.discard()
        return result

    def write(self, file: ReadFile) -> FileResult:
        """Write the file's record, unless the run's rules keep it."""
        doc, kind, key = file.doc, file.kind, file.key
        if kind is None:
            model, pk = LearningPlan, self.lookups.plan_id(key)
        else:
            model, pk = Blog, self.lookups.blog_id(key)
        record = model.objects.get(pk=pk) if pk is not None else None
        version = None
        if kind is None and record is not None and record.source_file != file.name:
            record, key, other = plan_version(record, file, self.seen_shas, self.lookups)
            version = other and Reason(ANOTHER_VERSION, file=other)
            if version and record is None:
                doc.warnings.append(str(version))
        outcome, reason = self.reason_not_to_write(record, file.sha)
        if outcome:
            return FileResult(file.name, outcome, reason, doc.warnings)
        source = Source(file.name, file.sha, key)
        self.writing_focal_point = doc.focal_point
        if kind is None:
            saved = save_plan(record, doc, source, self.lookups)
        else:
            saved = save_blog(record, doc, kind, source, self.lookups)
        outcome = Outcome.CREATED if record is None else Outcome.UPDATED
        return FileResult(file.name, outcome, version or "", saved.parse_warnings)

    def reason_not_to_write(self, record, sha: str) -> tuple[Outcome | None, str]:
        """Why a file must not write over the record its key names: (outcome, reason), or
        (None, "") when it may."""
        if record is None:
            return None, ""
        if record.source_sha256 in self.seen_shas and record.source_sha256 != sha:
            earlier = self.seen_shas[record.source_sha256]
            return Outcome.SKIPPED, Reason(
                gettext_noop("same record as %(file)s, earlier in this run"), file=earlier
            )
        if record.edited_since_import and not self.overwrite:
            return Outcome.CONFLICT, EDITED_SINCE_IMPORT
        return None, ""
