"""The .xlsx download: the CSV's rows, cell for cell (the same columns, the same joined lists,
the same leading apostrophe on a cell a spreadsheet would run as a formula), in a workbook
written by openpyxl.

openpyxl's write-only mode keeps memory flat whatever the number of rows: rows go to a
temporary file as they are appended, and the finished workbook (a zip) is another temporary
file, which the response then streams.
"""

import tempfile

from openpyxl import Workbook
from openpyxl.cell.cell import ILLEGAL_CHARACTERS_RE

from .formats import csv_row

CONTENT_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
# The most characters a cell may hold: a longer one makes Excel repair the file on opening.
MAX_CELL_CHARS = 32_767


def xlsx_cell(text: str) -> str:
    """A CSV cell as an .xlsx cell: without the control characters the format cannot hold,
    and cut to MAX_CELL_CHARS."""
    text = ILLEGAL_CHARACTERS_RE.sub("", text)
    return text if len(text) <= MAX_CELL_CHARS else text[: MAX_CELL_CHARS - 1] + "…"


def xlsx_file(title, columns, records):
    """A temporary file, at its start, holding a workbook of one sheet named `title`: the
    header of `columns`, then a row per serialised record."""
    workbook = Workbook(write_only=True)
    sheet = workbook.create_sheet(title)
    sheet.append(columns)
    for data in records:
        row = csv_row(data)
        sheet.append([xlsx_cell(row.get(column, "")) for column in columns])
    file = tempfile.TemporaryFile()  # noqa: SIM115 (the response closes it once sent)
    workbook.save(file)
    file.seek(0)
    return file
