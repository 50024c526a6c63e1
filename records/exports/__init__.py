"""The public data: each list's records as CSV and JSON downloads and through the read-only
JSON API, all filtered by the list's own FilterSet and shaped by records/lists.py."""

from .api import MAX_PAGE_SIZE, api_list
from .downloads import BATCH_SIZE, FORMATS, download
from .formats import csv_cell, csv_row
from .responses import MAX_AGE, invalid_filters
from .shapes import Shape, blog_data, insight_data, partner_data, plan_data

__all__ = [
    "BATCH_SIZE",
    "FORMATS",
    "MAX_AGE",
    "MAX_PAGE_SIZE",
    "Shape",
    "api_list",
    "blog_data",
    "csv_cell",
    "csv_row",
    "download",
    "insight_data",
    "partner_data",
    "plan_data",
    "invalid_filters",
]
