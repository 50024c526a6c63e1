"""records.archive.enumerations: list markers and 1, 2, 3… runs in hand-written lists."""

import pytest

from records.archive.enumerations import numbered_items, strip_marker


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param("#1 Local government #2 Youth", ["Local government ", "Youth"], id="hash"),
        pytest.param("Insight 1: Listen Insight 2: Act", ["Listen ", "Act"], id="insight-n"),
        pytest.param("1. a\n2. b", ["a\n", "b"], id="dot-on-lines"),
        pytest.param("1) a 2) b", ["a ", "b"], id="paren-flattened"),
        pytest.param("(1) a (2) b", ["a ", "b"], id="both-parens"),
        pytest.param("1 - a 2 - b", ["a ", "b"], id="dash"),
        pytest.param(
            "on 1-Dec-2022 we met. 1) Listen first 2) Then act",
            ["Listen first ", "Then act"],
            id="longest-run-wins-not-the-first-1",
        ),
        pytest.param("1. only one", [], id="one-item-is-no-run"),
        pytest.param("2. b 3. c", [], id="a-run-starts-at-1"),
    ],
)
def test_numbered_items_reads_the_longest_run(text, expected):
    assert numbered_items(text) == expected


def test_numbered_items_tries_few_starts_on_a_text_full_of_ones():
    # Only the first few "1." are tried as a run's start, so the scan stays linear.
    assert numbered_items("1. " * 20000 + "2. end") == ["1. " * 19999, "end"]


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        pytest.param("- x", "x", id="dash"),
        pytest.param("(2) x", "x", id="paren-number"),
        pytest.param("• x", "x", id="bullet"),
        pytest.param("12.- x", "x", id="number-dot-dash"),
        pytest.param("2021 x", "2021 x", id="a-year-is-no-number-marker"),
    ],
)
def test_strip_marker_removes_one_leading_marker(line, expected):
    assert strip_marker(line) == expected
