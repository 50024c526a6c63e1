"""The CSV and JSON text of a download, written as a stream of parts."""

import csv
import json
import unicodedata

# Spreadsheets run a cell as a formula (or a DDE command, `|`) when its first character other
# than whitespace is one of these, some also in its full-width form (`＝`); a cell starting
# with a tab or carriage return can hide one. Archive text is untrusted, so such a cell gets a
# leading apostrophe (the JSON keeps the exact text).
FORMULA_CHARACTERS = frozenset("=+-@|")
HIDING_STARTS = ("\t", "\r")


def _item_text(item):
    if isinstance(item, dict):
        # {name, sector} and {name, role}: "Name (detail)".
        name, *details = item.values()
        details = [str(d) for d in details if d]
        return f"{name} ({', '.join(details)})" if details else str(name)
    return str(item)


def csv_cell(value):
    if value is None:
        return ""
    text = "; ".join(_item_text(v) for v in value) if isinstance(value, list) else str(value)
    return "'" + text if _runs_as_formula(text) else text


def _runs_as_formula(text):
    if text.startswith(HIDING_STARTS):
        return True
    first = text.lstrip()[:1]
    # NFKC folds the full-width and small forms (＝, ﹢, ＠, ｜) onto the ASCII characters.
    return unicodedata.normalize("NFKC", first) in FORMULA_CHARACTERS


def csv_row(data):
    """A serialised record as CSV cells; a nested record becomes prefixed columns."""
    row = {}
    for key, value in data.items():
        if isinstance(value, dict):
            row.update((f"{key}_{sub}", csv_cell(v)) for sub, v in value.items())
        else:
            row[key] = csv_cell(value)
    return row


class _Line:
    """A file-like object whose write returns the line, so csv.writer can feed a stream."""

    def write(self, text):
        return text


# Opens the file: spreadsheets (Excel) read a CSV as UTF-8 only after it, and otherwise show
# "Côte d'Ivoire" as "CÃ´te d'Ivoire".
BYTE_ORDER_MARK = "\ufeff"


def csv_lines(columns, records):
    """The byte order mark and the header of `columns`, then a line per serialised record."""
    writer = csv.DictWriter(_Line(), fieldnames=columns)
    yield BYTE_ORDER_MARK + writer.writeheader()
    for data in records:
        yield writer.writerow(csv_row(data))


def json_parts(records):
    """A JSON array of the serialised records, one per line."""
    yield "["
    separator = "\n"
    for data in records:
        yield separator + json.dumps(data, ensure_ascii=False)
        separator = ",\n"
    yield "\n]\n"


def joined(parts, size):
    """Join small strings into chunks, so the response is not written one row at a time."""
    chunk = []
    for part in parts:
        chunk.append(part)
        if len(chunk) >= size:
            yield "".join(chunk)
            chunk = []
    if chunk:
        yield "".join(chunk)
