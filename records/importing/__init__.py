"""Loads archive files into the models: knows the models and the import rules, nothing of the
file format (that is `records.archive`)."""

from .columns import normalise_url
from .report import FileResult, ImportReport
from .run import Importer, import_paths, iter_paths
from .sources import ImportFailed

__all__ = [
    "FileResult",
    "ImportFailed",
    "ImportReport",
    "Importer",
    "import_paths",
    "iter_paths",
    "normalise_url",
]
