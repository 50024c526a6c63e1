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
