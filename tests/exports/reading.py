"""The lists' URLs, and what the export tests read from a response."""

import csv
import io

from openpyxl import load_workbook

from records.exports.spreadsheet import CONTENT_TYPE as XLSX

KINDS = ["plans", "insights", "partners", "blogs"]
API = {
    "plans": "/api/plans/",
    "insights": "/api/insights/",
    "partners": "/api/partners/",
    "blogs": "/api/blogs/",
}


def csv_rows(text):
    return list(csv.reader(io.StringIO(text)))


def xlsx_rows(content: bytes) -> list[list[str]]:
    """The rows of the first sheet of an .xlsx file, as openpyxl opens it."""
    sheet = load_workbook(io.BytesIO(content), read_only=True).worksheets[0]
    return [["" if v is None else v for v in row] for row in sheet.iter_rows(values_only=True)]


def as_text(content: bytes, content_type: str) -> str:
    """A download's text: a CSV or JSON file without its byte order mark, and an .xlsx
    workbook's rows written as CSV."""
    if content_type != XLSX:
        return content.decode("utf-8-sig")
    text = io.StringIO()
    csv.writer(text).writerows(xlsx_rows(content))
    return text.getvalue()


def streamed(response):
    return as_text(b"".join(response.streaming_content), response["Content-Type"])
