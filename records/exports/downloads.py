"""The CSV, JSON and .xlsx downloads of a public list: every row of the filtered list,
streamed.

The list page hands over its FilterSet, so a download holds exactly what the page lists.
"""

from functools import partial

from django.http import FileResponse, StreamingHttpResponse

from .. import page_cache
from .formats import csv_lines, joined, json_parts
from .responses import cacheable, invalid_filters
from .spreadsheet import CONTENT_TYPE as XLSX_CONTENT_TYPE
from .spreadsheet import xlsx_file

FORMATS = ("csv", "json", "xlsx")
# Rows fetched (and prefetched for) per query batch while streaming a download: memory stays
# flat and a download costs a fixed number of queries per batch, never per row.
BATCH_SIZE = 200
# A download up to this size (characters, or bytes of an .xlsx) is kept in the cache (several
# times the whole plan list's CSV); a larger one is made afresh each time.
MAX_CACHED_CHARS = 32 * 1024 * 1024


def is_whole_list(filterset) -> bool:
    """Whether no filter narrows the list (its order aside)."""
    return not any(value for name, value in filterset.form.cleaned_data.items() if name != "sort")


def download(public_list, filterset):
    """Every row of a filtered list (a PublicList of records/lists.py) as a streamed
    attachment, `<kind>.csv`, `<kind>.json` or `<kind>.xlsx`.

    The format comes from the request's `format` parameter (one of FORMATS). Rows are
    fetched in batches of BATCH_SIZE with the prefetches run per batch.
    """
    request = filterset.request
    fmt = request.GET.get("format")
    if fmt not in FORMATS:
        raise ValueError(f"format must be one of {FORMATS}, not {fmt!r}")
    if filterset.errors:
        return invalid_filters(filterset)
    shape = public_list.shape
    rows = shape.rows(filterset.qs).iterator(chunk_size=BATCH_SIZE)
    records = (shape.serialise(row, request.build_absolute_uri) for row in rows)
    filename = f"{public_list.kind}.{fmt}"
    sort = filterset.sort_key()
    # The whole list is the heavy download, and the same bytes for every client under one
    # data version: many clients on it cost one run of its queries, not one each, and it is
    # kept once per format and sort, whatever else its URL says. Filtered downloads are
    # smaller and too many to keep.
    key = ("download", request.scheme, request.get_host(), public_list.kind, fmt, sort)
    if fmt == "xlsx":
        workbook = partial(xlsx_file, public_list.kind, shape.columns, records)
        if is_whole_list(filterset):
            file = page_cache.cached_file(key, workbook, MAX_CACHED_CHARS)
        else:
            file = workbook()
        response = FileResponse(file, content_type=XLSX_CONTENT_TYPE)
        response["Content-Disposition"] = f'attachment; filename="{filename}"'
        return cacheable(response)
    if fmt == "csv":
        parts = csv_lines(shape.columns, records)
        content_type = "text/csv; charset=utf-8"
    else:
        parts, content_type = json_parts(records), "application/json"
    chunks = joined(parts, BATCH_SIZE)
    if is_whole_list(filterset):
        chunks = page_cache.cached_stream(key, chunks, MAX_CACHED_CHARS)
    response = StreamingHttpResponse(chunks, content_type=content_type)
    response["Content-Disposition"] = f'attachment; filename="{filename}"'
    return cacheable(response)
