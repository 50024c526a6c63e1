"""An import run: archive files in, one outcome per file out.

The rules of a run (the models are mapped in plans.py and blogs.py):

- each file ends as created, updated, unchanged, conflict, skipped or failed;
- records are matched on a natural key, never on the file name: blogs by their normalised
  source URL, plans by type, title line and focal point;
- a file whose bytes were already imported is unchanged without being parsed, so a second run
  over the same files writes nothing;
- a record staff edited since its last import is not overwritten (a conflict) unless asked;
- each file is one transaction: a file that fails leaves nothing behind and the run goes on;
- a dry run does all of it and rolls it back.
"""

from __future__ import annotations

import contextlib
import hashlib
from collections import Counter
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

from django.db import transaction

from records import archive
from records.enums import ArchiveType, Outcome
from records.models import Blog, LearningPlan

from .blogs import blog_key, save_blog
from .cycles import join_cycles
from .lookups import Lookups
from .plans import plan_key, save_plan
from .sources import ImportFailed, Source

# A file's bytes, or a callable that reads them when the run comes to the file.
Data = bytes | Callable[[], bytes]
# The archive types that become records, read once (ArchiveType.values builds a new list).
IMPORTED_TYPES = frozenset(ArchiveType.values)


@dataclass
class FileResult:
    name: str
    outcome: Outcome
    reason: str = ""


@dataclass
class ImportReport:
    results: list[FileResult] = field(default_factory=list)

    @property
    def counts(self) -> Counter:
        return Counter(result.outcome for result in self.results)

    @property
    def failed(self) -> list[FileResult]:
        return [r for r in self.results if r.outcome == Outcome.FAILED]

    def summary(self) -> str:
        c = self.counts
        return (
            f"{len(self.results)} files: {c[Outcome.CREATED]} created, "
            f"{c[Outcome.UPDATED]} updated, {c[Outcome.UNCHANGED]} unchanged, "
            f"{c[Outcome.CONFLICT]} conflicts, {c[Outcome.SKIPPED]} skipped, "
            f"{c[Outcome.FAILED]} failed"
        )


def iter_paths(paths: Iterable[str | Path]) -> Iterator[tuple[str, Path]]:
    """Every file under the given files and folders, sorted, as (display name, path).

    The display name is the path relative to the folder it was found in, so a record's
    source_file reads `learningplan/xyz.md` rather than a path of this machine.
    """
    for root in map(Path, paths):
        if root.is_dir():
            for path in sorted(p for p in root.rglob("*") if p.is_file()):
                yield path.relative_to(root).as_posix(), path
        else:
            yield root.name, root


def import_paths(paths, **options) -> ImportReport:
    """Import every file under `paths` (files or folders); see Importer for the options."""
    documents = ((name, path.read_bytes) for name, path in iter_paths(paths))
    progress = options.pop("progress", None)
    return Importer(**options).run(documents, progress=progress)


class Importer:
    """One import run; `overwrite` replaces records staff edited, `dry_run` writes nothing."""

    def __init__(self, *, overwrite: bool = False, dry_run: bool = False):
        self.overwrite = overwrite
        self.dry_run = dry_run
        self.report = ImportReport()
        self.seen_shas: dict[str, str] = {}  # sha256 → name of the file in this run
        self.imported_shas = set(
            LearningPlan.objects.exclude(source_sha256="").values_list("source_sha256", flat=True)
        ) | set(Blog.objects.exclude(source_sha256="").values_list("source_sha256", flat=True))
        self.lookups = Lookups()
        # The focal points of the plans written in this run, whose cycles are joined at its
        # end; and that of the file being written, until its transaction commits.
        self.touched_focal_points: set[str] = set()
        self.writing_focal_point = ""

    def run(
        self,
        documents: Iterable[tuple[str, Data]],
        progress: Callable[[FileResult], None] | None = None,
    ) -> ImportReport:
        """Import (name, bytes) pairs; bytes may be a callable that reads them, so a large
        folder is never held in memory at once. `progress` hears of each file as it ends."""
        # A dry run writes like a real one, inside one transaction it then rolls back, so it
        # reports exactly what a real run would do.
        with transaction.atomic() if self.dry_run else contextlib.nullcontext():
            for name, data in documents:
                result = self.import_one(name, data)
                self.report.results.append(result)
                if progress:
                    progress(result)
            with transaction.atomic():
                join_cycles(self.touched_focal_points)
            if self.dry_run:
                transaction.set_rollback(True)
        return self.report

    def import_one(self, name: str, data: Data) -> FileResult:
        """Import one file in its own transaction; never raises."""
        try:
            data = data() if callable(data) else data
        except OSError as exc:
            return FileResult(name, Outcome.FAILED, f"cannot read the file: {exc.strerror or exc}")
        sha = hashlib.sha256(data).hexdigest()
        self.seen_shas.setdefault(sha, name)
        if sha in self.imported_shas:
            return FileResult(name, Outcome.UNCHANGED)
        text = archive.decode(data)
        doc_type = archive.sniff_type(text)
        if doc_type not in IMPORTED_TYPES:
            reason = f"type {doc_type!r} is not imported" if doc_type else "no [[type:]] tag"
            return FileResult(name, Outcome.SKIPPED, reason)
        try:
            with transaction.atomic():
                outcome, reason = self.write(name, sha, ArchiveType(doc_type), text)
        except ImportFailed as exc:
            outcome, reason = Outcome.FAILED, str(exc)
        except Exception as exc:  # one bad file never stops the run
            outcome, reason = Outcome.FAILED, f"{type(exc).__name__}: {exc}"
        if outcome.wrote:
            self.lookups.commit()
            self.imported_shas.add(sha)
            self.touched_focal_points.add(self.writing_focal_point)
        else:
            self.lookups.discard()
        return FileResult(name, outcome, reason)

    def write(
        self, name: str, sha: str, archive_type: ArchiveType, text: str
    ) -> tuple[Outcome, str]:
        """Parse the file and write its record, unless the run's rules keep it."""
        doc = archive.parse(text, name)
        kind = archive_type.blog_kind
        if kind is None:
            model, key = LearningPlan, plan_key(doc)
            pk = self.lookups.plan_id(key)
        else:
            model, key = Blog, blog_key(doc)
            pk = self.lookups.blog_id(key)
        record = model.objects.get(pk=pk) if pk is not None else None
        outcome, reason = self.kept(record, sha)
        if outcome:
            return outcome, reason
        source = Source(name, sha, key)
        self.writing_focal_point = doc.focal_point
        if kind is None:
            save_plan(record, doc, source, self.lookups)
        else:
            save_blog(record, doc, kind, source, self.lookups)
        return (Outcome.CREATED if record is None else Outcome.UPDATED), ""

    def kept(self, record, sha: str) -> tuple[Outcome | None, str]:
        """Why a file must not write over the record its key names: (outcome, reason), or
        (None, "") when it may."""
        if record is None:
            return None, ""
        if record.source_sha256 in self.seen_shas and record.source_sha256 != sha:
            earlier = self.seen_shas[record.source_sha256]
            return Outcome.SKIPPED, f"same record as {earlier}, earlier in this run"
        if record.edited_since_import and not self.overwrite:
            return (
                Outcome.CONFLICT,
                "edited in the admin since its last import; kept the edit "
                "(--overwrite replaces it)",
            )
        return None, ""
