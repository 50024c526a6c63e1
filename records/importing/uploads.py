"""The rules for archive files uploaded to be imported: how large, how many, and how a zip of
them is read. Nothing here knows requests or forms: the caller hands in (name, bytes) pairs and
gets back the importer's documents and the files refused, each with its reason.

A zip is read in memory with zipfile. A zip that names a path outside its folder or a name with
control characters, holds a zip, holds too many members or would unpack past MAX_TOTAL_BYTES is
rejected whole: nothing from it is imported.
"""

import io
import zipfile
import zlib
from dataclasses import dataclass, field
from pathlib import PurePosixPath

from django.utils.translation import gettext_noop

from records.terminal import UNPRINTABLE

from .limits import MAX_FILE_BYTES, MiB  # one uploaded file, archive text or zip
from .reasons import Reason, reason_of

MAX_REQUEST_BYTES = 25 * MiB  # everything uploaded at once
MAX_TOTAL_BYTES = 50 * MiB  # archive text handed to the importer in one run, zips unpacked
MAX_ZIP_MEMBERS = 2000
# Uploaded files are kept this long after their dry run, for the import that follows.
KEEP_SECONDS = 30 * 60


def ignored_member(name: str) -> bool:
    """Folders, and what an operating system adds to a zip by itself (__MACOSX/, .DS_Store)."""
    parts = PurePosixPath(name).parts
    return name.endswith("/") or any(p == "__MACOSX" or p.startswith(".") for p in parts)


def escapes_folder(name: str) -> bool:
    """An absolute path, a drive letter or a `..` step, with either kind of slash."""
    posix = name.replace("\\", "/")
    drive = len(posix) > 1 and posix[1] == ":"
    return posix.startswith("/") or drive or ".." in posix.split("/")


def check_member_name(name: str) -> None:
    """Raises ZipRejected for a member name that leaves the zip's folder or holds a NUL, a
    line end or another control character, or a bidirectional override (zipfile itself would
    cut `ok\\0../e.md` to `ok`)."""
    if UNPRINTABLE.search(name):
        raise ZipRejected(
            Reason(gettext_noop("%(name)s has control characters in its name"), name=repr(name))
        )
    if escapes_folder(name):
        raise ZipRejected(
            Reason(gettext_noop("%(name)s points outside the zip's folder"), name=repr(name))
        )


def is_zip(name: str, data: bytes) -> bool:
    return name.lower().endswith(".zip") or data[:4] == b"PK\x03\x04"


class ZipRejected(Exception):
    """A zip refused whole; the message says why."""


def unzip(data: bytes, budget: int) -> list[tuple[str, bytes]]:
    """The (member name, bytes) of the zip `data` in its order, folders and system files left
    out, unpacking at most `budget` bytes in all. Raises ZipRejected for a zip that breaks a
    rule or cannot be read."""
    too_big = Reason(gettext_noop("unpacks to more than %(size)s MiB"), size=MAX_TOTAL_BYTES // MiB)
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            for info in archive.infolist():
                check_member_name(info.orig_filename)
            members = [i for i in archive.infolist() if not ignored_member(i.filename)]
            if len(members) > MAX_ZIP_MEMBERS:
                raise ZipRejected(
                    Reason(gettext_noop("more than %(files)s files"), files=MAX_ZIP_MEMBERS)
                )
            # The header's sizes may lie: they only let a zip be refused early.
            if sum(i.file_size for i in members) > budget:
                raise ZipRejected(too_big)
            documents = []
            for info in members:
                with archive.open(info) as member:
                    content = member.read(budget + 1)
                if len(content) > budget:
                    raise ZipRejected(too_big)
                if is_zip(info.filename, content):
                    raise ZipRejected(
                        Reason(
                            gettext_noop("%(name)s is a zip inside the zip: unpack it first"),
                            name=repr(info.filename),
                        )
                    )
                budget -= len(content)
                documents.append((info.filename, content))
    except (zipfile.BadZipFile, zlib.error, EOFError) as exc:
        raise ZipRejected(
            Reason(gettext_noop("not a readable zip (%(error)s)"), error=exc)
        ) from exc
    except (NotImplementedError, RuntimeError) as exc:  # unknown compression, encrypted
        raise ZipRejected(str(exc)) from exc
    return documents


@dataclass
class Rejection:
    """An uploaded file that is not imported at all; `reason` is said to staff as is."""

    name: str
    reason: str


@dataclass
class Uploads:
    """Gathers uploaded files as the importer's (name, bytes) documents, within the limits of
    one import; a file that breaks a limit becomes a Rejection instead."""

    budget: int = MAX_TOTAL_BYTES  # bytes of archive text still allowed in this import
    documents: list[tuple[str, bytes]] = field(default_factory=list)
    rejected: list[Rejection] = field(default_factory=list)

    def reject(self, name: str, reason: str) -> None:
        self.rejected.append(
            Rejection(name, Reason(gettext_noop("rejected: %(reason)s"), reason=reason))
        )

    def reject_oversized(self, name: str) -> None:
        """A file the upload itself refused past MAX_FILE_BYTES, so it never got here."""
        self.reject(
            name,
            Reason(
                gettext_noop("over the %(size)s MiB limit of one upload"),
                size=MAX_FILE_BYTES // MiB,
            ),
        )

    def add(self, name: str, data: bytes) -> None:
        if is_zip(name, data):
            try:
                members = unzip(data, self.budget)
            except ZipRejected as exc:
                self.reject(
                    name,
                    Reason(
                        gettext_noop("%(reason)s; nothing in this zip was imported"),
                        reason=reason_of(exc),
                    ),
                )
                return
            self.budget -= sum(len(content) for _, content in members)
            self.documents += members
        elif len(data) > self.budget:
            self.reject(
                name,
                Reason(
                    gettext_noop("over the %(size)s MiB of one import"), size=MAX_TOTAL_BYTES // MiB
                ),
            )
        else:
            self.budget -= len(data)
            self.documents.append((name, data))
