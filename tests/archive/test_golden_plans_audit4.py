"""Plans of a fourth blind curator audit (golden files under tests/data/learningplan/golden/),
as the curator expects them: the writer's heading after the form's label is kept whole; a
truncated title gives its own words before the insight it runs into."""

from records.archive.items import labelled_items
from tests.factories import parse_data


def test_the_writers_heading_after_the_answers_own_label_is_kept():
    syria = parse_data("learningplan/golden/syria_s_climate_foresight.md")
    (evidence,) = [a for a in syria.answers if a.key == "qualitative_evidence"]
    assert evidence.text.startswith(
        "Qualitative Evidence: Weak Signals of Urgency\nShifts in Community Behavior:"
    )


def test_the_answers_own_label_repeated_before_its_text_goes():
    text = "Qualitative evidence: Farmers report that the rains came late.\nMore."
    assert labelled_items(text, "Qualitative evidence") == [
        ("", "Farmers report that the rains came late.\nMore.")
    ]
    alone = "Qualitative Evidence:\nWeak Signals of Urgency"
    assert labelled_items(alone, "Qualitative evidence") == [("", "Weak Signals of Urgency")]
