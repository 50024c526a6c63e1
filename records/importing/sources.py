"""Where an imported record comes from: the file, its sha256 and the record's natural key,
stamped on the record so later runs can match it, tell whether it changed, and see whether
staff edited it since; and how a plan or blog begins: titled, and slugged when new."""

from dataclasses import dataclass

from django.utils import timezone

from .columns import cut_to_column
from .lookups import Lookups


class ImportFailed(Exception):
    """A file that cannot become a record; the message says why."""


class ImportSkipped(Exception):
    """A file that holds no record to import (a page with no article); the message says why."""


@dataclass(frozen=True)
class Source:
    name: str  # the file's display name (see run.iter_paths)
    sha: str  # sha256 of the file's bytes
    key: str  # the natural key of the record it is written to

    def stamp(self, record, warnings: list[str]) -> None:
        """Set the record's source fields; `warnings` (the parser's and the import's) become
        its parse_warnings, so they must all be gathered before."""
        record.source_key = self.key
        record.source_file = cut_to_column(type(record), "source_file", self.name, warnings)
        record.source_sha256 = self.sha
        record.imported_at = timezone.now()
        record.edited_since_import = False
        record.parse_warnings = warnings


def titled_record(model, record, title: str, source: Source, lookups: Lookups, warnings):
    """`record`, or a new `model` row when None, titled `title` (the file name when the
    document has none) and, when new, given a slug no row has."""
    created = record is None
    record = record or model()
    record.title = cut_to_column(model, "title", title or source.name, warnings)
    if created:
        record.slug = lookups.slug_for(model, record.title)
    return record
