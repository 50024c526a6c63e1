import pytest

from records.exports import csv_cell


@pytest.mark.parametrize(
    "value, cell",
    [
        (None, ""),
        (2023, "2023"),
        ([5, 8], "5; 8"),
        ([], ""),
        ([{"name": "UNDP", "sector": "un"}, {"name": "Jane", "role": ""}], "UNDP (un); Jane"),
        ("+44 20", "'+44 20"),
        ("a = b", "a = b"),
    ],
)
def test_csv_cell_flattens_and_guards(value, cell):
    assert csv_cell(value) == cell


@pytest.mark.parametrize(
    "text, cell",
    [
        ("=1+1", "'=1+1"),
        ("+44 20", "'+44 20"),
        ("-2", "'-2"),
        ("@SUM(A1)", "'@SUM(A1)"),
        ("|calc!A1", "'|calc!A1"),
        ("\t=1", "'\t=1"),
        ("\rtext", "'\rtext"),
        (" =1+1", "' =1+1"),
        ("\n\n=cmd", "'\n\n=cmd"),
        ("\u00a0\u3000+1", "'\u00a0\u3000+1"),
        ("\uff1d1+1", "'\uff1d1+1"),
        ("\uff0b1", "'\uff0b1"),
        ("\uff0d1", "'\uff0d1"),
        ("\uff20A1", "'\uff20A1"),
        ("\uff5ccalc", "'\uff5ccalc"),
        ("\ufe66A1", "'\ufe66A1"),
        ("a = b", "a = b"),
        ("1 + 1", "1 + 1"),
        ("  plain", "  plain"),
        ("", ""),
        ("   ", "   "),
        ("\u00bd cup", "\u00bd cup"),
    ],
    ids=lambda value: ascii(value),
)
def test_csv_cell_defuses_text_a_spreadsheet_would_run(text, cell):
    assert csv_cell(text) == cell
