"""Plans of a blind curator audit (golden files under tests/data/learningplan/golden/),
as the curator expects them: the writer's heading after the form's label is kept whole; a
truncated title gives its own words before the insight it runs into."""

from records.archive.items import labelled_items
from records.archive.titles import _name_before_insight
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


def test_a_truncated_title_keeps_the_name_written_before_the_insight():
    burkina = parse_data(
        "learningplan/golden/analyse_de_la_mobilit___le_processus_n_a_pu__tre_mener___termes"
        "__le_burkina_a_connu_au_cours_de_l__.md"
    )
    assert burkina.title == "Analyse de la mobilité"
    assert not [w for w in burkina.warnings if w.startswith("truncated title")]


def test_a_truncated_insight_title_with_a_comma_is_still_the_insight():
    # "En situation securitaire compliquee, il est mieux de pivoter vers des zo…": the
    # insight's own comma, no name before it.
    lines = ["Il est mieux de pivoter vers des zones sûres."]
    assert _name_before_insight("Analyse, il est mieux de pivoter vers des zo…", lines)
    assert _name_before_insight("En situation compliquee, nous avons vu…", lines) is None
