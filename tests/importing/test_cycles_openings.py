"""A closing report without a title of its own is read by the joins across focal points
(records.cycle_naming) by its opening: the first sentence of its first insight, where its
title was taken from, not its text's first line (an answer: a blog's link, a box ticked),
and the same once the report is named after its plan. Real files of tests/data/cycle_rules."""

from records.importing.cycle_inputs import records_with_fp, title_inputs
from records.models import LearningPlan
from tests.factories import DATA, run_import

RULES = DATA / "cycle_rules"
# Nepal, 2022: the title is the first insight; the first answer is a blog's link.
KATHMANDU = "1__there_is_a_huge_potential_for_green_mobility_in_kathmandu_due_to_rising__.md"
MOBILITY = "sustainable_urban_mobility___green_recovery__nepal_.md"  # a colleague's, 2021


def opening(name):
    _, reports, _, _ = title_inputs(records_with_fp().filter(source_file=name))
    return reports[0].title


def test_report_without_a_title_is_read_by_its_first_insight(db):
    run_import(RULES / KATHMANDU, RULES / MOBILITY)
    report = LearningPlan.objects.get(source_file=KATHMANDU)
    assert report.title_from_text
    # Shortened at a word, as a title taken from a text is.
    assert opening(KATHMANDU) == (
        "There is a huge potential for green mobility in Kathmandu due to rising pressure or "
        "Air Pollution in metropolitan…"
    )
    # Not the link its text opens with, whatever it is named.
    LearningPlan.objects.filter(pk=report.pk).update(title="Closing report: Something else")
    assert opening(KATHMANDU).startswith("There is a huge potential for green mobility")


def test_report_with_a_title_of_its_own_is_read_by_it(db):
    name = "social_listening_experiment__failed_.md"
    run_import(RULES / name)
    assert opening(name) == "Social Listening Experiment (Failed)"
