"""The public data: each list's records as CSV and JSON downloads and through the read-only
JSON API, all filtered by the list's own FilterSet and shaped by records/lists.py."""

from .api import api_list
from .downloads import FORMATS, download
from .formats import csv_cell

__all__ = ["FORMATS", "api_list", "csv_cell", "download"]
