"""Changelist columns shared by several admins."""

import pytest

from records.admin.columns import shortened


@pytest.mark.parametrize(
    "text, length, shown",
    [
        ("Youth unemployment", 90, "Youth unemployment"),
        ("x" * 90, 90, "x" * 90),
        ("x" * 91, 90, "x" * 89 + "…"),
        ("What is the challenge you are trying to address?", 20, "What is the challen…"),
    ],
)
def test_shortened_cuts_long_text_with_an_ellipsis(text, length, shown):
    assert shortened(text, length) == shown
