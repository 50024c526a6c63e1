"""Reading a batch's files ahead of its writes: each file's bytes read, checked, and when it
is a record parsed (`read`), and the database asked once for what the batch's documents name
(`look_up`)."""

from __future__ import annotations

import hashlib
from collections.abc import Callable
from dataclasses import dataclass

from django.utils.translation import gettext_noop

from records import archive
from records.enums import ArchiveType, BlogKind, Outcome

from .blogs import blog_key
from .columns import normalise_url
from .limits import check_blog_limits, check_plan_limits, check_size
from .lookups import Lookups
from .plans import plan_key
from .reasons import Reason, reason_of
from .report import FileResult
from .sources import ImportFailed, ImportSkipped
from .substance import check_blog, check_plan

# A file's bytes, or a callable that reads them when the run comes to the file.
Data = bytes | Callable[[], bytes]
# The archive types that become records, read once (ArchiveType.values builds a new list).
IMPORTED_TYPES = frozenset(ArchiveType.values)
# What archive.read_text reads without guessing; any other encoding is noted on the record.
UNICODE = ("utf-8", "utf-8-sig", "utf-16")


@dataclass(slots=True)
class ReadFile:
    """A file of a batch, read (and when it is a record, parsed) ahead of the batch's writes:
    its `result` when it is not to be written, else its document, blog kind and key (an
    unchanged file, its bytes imported before, has only its sha)."""

    name: str
    size: int = 0
    sha: str = ""
    result: FileResult | None = None
    doc: archive.ParsedDocument | None = None
    kind: BlogKind | None = None
    key: str = ""


def look_up(lookups: Lookups, files: list[ReadFile]) -> None:
    """Ask the database once for the records, partners and slugs the batch's documents
    name (Lookups.look_up)."""
    plans, blogs, partners, link_urls = {}, {}, [], []
    for file in files:
        if file.doc is None:
            continue
        if file.kind is None:
            plans[file.key] = file.doc.title or file.name
            partners += [(mention.name, file.doc.countries) for mention in file.doc.partners]
            link_urls += [url for url in map(normalise_url, file.doc.blog_urls) if url]
        else:
            blogs[file.key] = file.doc.title or file.name
    lookups.look_up(plans, blogs, partners, link_urls)


def read(name: str, data: Data, max_file_bytes: int, imported_shas: set[str]) -> ReadFile:
    """Read and parse one file, ahead of its batch's writes; never raises."""
    try:
        data = data() if callable(data) else data
    except OSError as exc:
        reason = Reason(gettext_noop("cannot read the file: %(error)s"), error=exc.strerror or exc)
        return ReadFile(name, result=FileResult(name, Outcome.FAILED, reason))
    file = ReadFile(name, size=len(data))
    if not data:
        file.result = FileResult(name, Outcome.SKIPPED, Reason(gettext_noop("an empty file")))
        return file
    try:
        check_size(len(data), max_file_bytes)
    except ImportFailed as exc:
        file.result = FileResult(name, Outcome.FAILED, reason_of(exc))
        return file
    file.sha = hashlib.sha256(data).hexdigest()
    if file.sha in imported_shas:
        return file  # unchanged: not even parsed
    try:
        text, encoding = archive.read_text(data)
    except archive.NotText as exc:
        file.result = FileResult(name, Outcome.FAILED, reason_of(exc))
        return file
    doc_type = archive.sniff_type(text)
    if doc_type not in IMPORTED_TYPES:
        reason = (
            Reason(gettext_noop("type %(type)s is not imported"), type=repr(doc_type))
            if doc_type
            else Reason(gettext_noop("no [[type:]] tag"))
        )
        file.result = FileResult(name, Outcome.SKIPPED, reason)
        return file
    try:
        parse(file, ArchiveType(doc_type), text, encoding)
    except ImportSkipped as exc:
        file.result = FileResult(name, Outcome.SKIPPED, reason_of(exc))
    except ImportFailed as exc:
        file.result = FileResult(name, Outcome.FAILED, reason_of(exc))
    except Exception as exc:  # one bad file never stops the run
        file.result = FileResult(name, Outcome.FAILED, f"{type(exc).__name__}: {exc}")
    return file


def parse(file: ReadFile, archive_type: ArchiveType, text: str, encoding: str) -> None:
    """Parse the file's text and check it is a record; raises ImportFailed when not."""
    doc = archive.parse(text, file.name)
    if encoding not in UNICODE:
        doc.warnings.insert(0, f"not UTF-8: read as {encoding}")
    file.kind = archive_type.blog_kind
    if file.kind is None:
        check_plan(doc)
        check_plan_limits(doc)
        file.key = plan_key(doc)
    else:
        file.key = blog_key(doc)
        check_blog(doc, file.kind)
        check_blog_limits(doc)
    file.doc = doc
