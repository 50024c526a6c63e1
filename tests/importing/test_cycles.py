"""Closing reports joined to the plans they close, on the hand-checked cycles of
tests/data/cycles (joins.tsv: verified pairs, and closing reports no plan in the folder
closes)."""

import csv
import random
from dataclasses import dataclass

import pytest

from records.enums import CycleSource, SearchKind, Stage
from records.importing.cycle_joins import join_cycles
from records.importing.run import Importer, import_paths, iter_paths
from records.models import LearningPlan, SearchEntryWords
from records.search.analysis import cut
from records.search.word_counts import spellings
from tests.factories import DATA, shared_rows

CYCLES = DATA / "cycles"
# Every file of seven focal points, and of Malawi and Rwanda: seven reports with the plans
# they close, four reports whose plans another lab member filed (one whose title names its
# plan only in part), two reports no plan closes and a report without a title. These files
# join as they do in the whole folder.
FEW = [
    CYCLES / name
    for name in (
        "reverse_shop.md",
        "reverse_shop___closing_form.md",
        "closing_form__reduction_of_plastics.md",
        "reduction_of_plastic.md",
        "bluedigital_pivot.md",
        "bluedigital_pivot__closure.md",
        "exploring_artificial_intelligence_in_the_orange_economy.md",
        "exploring_artificial_intelligence_in_the_orange_economy__closure.md",
        "__though_science_is_viewed_as_important_course_at_secondary_school__little__.md",
        "enhancing_student_understanding_of_science_by_videos.md",
        "closing__innovation_environment_in_iraq___youth_and_unemployment.md",
        "closing_the_first_phase____re_imagine_social_contract__in_iraq.md",
        "closing_third_phase___enabling_innovation_ecosystem___iraq.md",
        "enabling_innovation_ecosystem___iraq.md",
        "re_imagine_social_contract__in_iraq.md",
        "innovation_environment_in_iraq___youth_and_unemployment.md",
        "citizen_science.md",
        "closing_action_plan_2023___artificial_intelligence.md",
        "action_plan_2023___artificial_intelligence.md",
        "closing_action_plan_2023___renewable_energies.md",
        "closing_climate_action_2023.md",
        "opening_q1_2024___artificial_intelligence.md",
        "q3_2024__resilience_and_sustainable_development.md",
        "vaccines__access__and_misinformation.md",
        "vaccines__access_and_misinformation.md",
        "closing__adoption_of_clean_cooking_technology.md",
        "adoption_of_clean_cooking_technology.md",
        "experimenting_the_use_educational_robots__for_speechtherapy.md",
        "experimenting_the_use_educational_robots_to_enhance_speech_therapy_for_children_with_"
        "special_needs_.md",
    )
]
# The few files in the default run; the whole folder (220 files) in the slow tier.
FOLDERS = [
    pytest.param(FEW, id="few"),
    pytest.param([CYCLES], id="whole-folder", marks=pytest.mark.slow),
]


def hand_checked():
    """(closing file, plan file or "" for a negative, whether the two focal points differ)."""
    with open(CYCLES / "joins.tsv", newline="") as f:
        lines = (line for line in f if not line.startswith("#"))
        return [
            (row["closing_file"], row["plan_file"], row["evidence"].startswith("DIFFERENT"))
            for row in csv.DictReader(lines, delimiter="\t")
        ]


PAIRS = [(c, p) for c, p, different in hand_checked() if p and not different]
ACROSS_FOCAL_POINTS = [(c, p) for c, p, different in hand_checked() if different]
NEGATIVES = [c for c, p, _ in hand_checked() if not p]


def among(pairs, files):
    """The hand-checked `pairs` whose closing report is one of `files` (names)."""
    return [(c, p) for c, p in pairs if c in files]


def joined_files():
    """closing file → the file of the plan it is joined to, for every closing report."""
    return {
        report.source_file: report.closes.source_file if report.closes else ""
        for report in LearningPlan.objects.filter(stage=Stage.CLOSING).select_related("closes")
    }


@dataclass(frozen=True)
class Imported:
    files: frozenset[str]  # the names of the files imported
    joins: dict[str, str]  # see joined_files
    titles: dict[str, str]  # each record's title by its file
    renamed: dict[str, set[str]]  # each report named after its plan: its entry's words


@pytest.fixture(scope="module", params=FOLDERS)
def imported(request, django_db_setup, django_db_blocker):
    """The files imported once, read, and rolled back at once: the tests that import for
    themselves start from an empty database."""
    with shared_rows(django_db_blocker):
        report = import_paths(request.param)
        assert not report.failed
        return Imported(
            frozenset(name for name, _ in iter_paths(request.param)),
            joined_files(),
            dict(LearningPlan.objects.values_list("source_file", "title")),
            renamed_entry_words(),
        )


def renamed_entry_words() -> dict[str, set[str]]:
    """The words of the search entry of each report named after its plan, by its title."""
    renamed = LearningPlan.objects.filter(title__startswith="Closing report: ")
    words = SearchEntryWords.objects.filter(kind=SearchKind.PLAN)
    words = words.filter(record_id__in=renamed.values("pk"))
    held = dict(words.values_list("record_id", "spellings"))
    return {title: set(held.get(pk, ())) for pk, title in renamed.values_list("pk", "title")}


def test_hand_checked_list_has_what_the_issue_asks():
    assert (len(PAIRS), len(ACROSS_FOCAL_POINTS), len(NEGATIVES)) == (68, 14, 13)


def test_few_files_hold_every_kind_of_hand_checked_case():
    files = {path.name for path in FEW}
    negatives = [c for c in NEGATIVES if c in files]
    assert (len(among(PAIRS, files)), len(among(ACROSS_FOCAL_POINTS, files)), negatives) == (
        7,
        4,
        ["closing_climate_action_2023.md", "closing_action_plan_2023___renewable_energies.md"],
    )


def test_every_same_focal_point_pair_is_joined(imported):
    pairs = among(PAIRS, imported.files)
    assert {c: imported.joins[c] for c, _ in pairs} == dict(pairs)


def test_pairs_across_focal_points_are_joined(imported):
    # Filed by two lab members: joined when the report's title names the plan, or its text
    # agrees with the plan far more than with any other ("Bringing a food systems portfolio
    # to life…", records.cycle_texts).
    pairs = among(ACROSS_FOCAL_POINTS, imported.files)
    assert {c: imported.joins[c] for c, _ in pairs} == dict(pairs)


def test_negatives_are_not_joined(imported):
    negatives = [c for c in NEGATIVES if c in imported.files]
    assert {c: imported.joins[c] for c in negatives} == dict.fromkeys(negatives, "")


def test_no_wrong_join_in_the_folder(imported):
    expected = dict(PAIRS + ACROSS_FOCAL_POINTS)
    wrong = {c: p for c, p in imported.joins.items() if p and expected.get(c) != p}
    assert wrong == {}


@pytest.mark.django_db
@pytest.mark.parametrize("paths", FOLDERS)
def test_file_order_does_not_matter(paths):
    """Closing reports first, plans after, one file per run: the same joins."""
    files = list(iter_paths(paths))
    random.Random(8).shuffle(files)
    reports_first = sorted(files, key=lambda item: "clos" not in item[0])
    for name, path in reports_first:
        Importer().run([(name, path.read_bytes)])
    joined = joined_files()
    pairs = among(PAIRS, {name for name, _ in files})
    assert {c: joined[c] for c, _ in pairs} == dict(pairs)


@pytest.mark.django_db
@pytest.mark.parametrize("paths", FOLDERS)
def test_match_keeps_its_evidence_and_a_second_run_changes_nothing(paths):
    import_paths(paths)
    report = LearningPlan.objects.get(source_file="reverse_shop___closing_form.md")
    assert report.closes.title == "Reverse Shop"
    assert report.closes_source == CycleSource.MATCHED
    assert report.closes_evidence.startswith("score ")
    assert "shared: " in report.closes_evidence
    second = import_paths(paths)
    assert set(second.counts) <= {"unchanged", "skipped"}
    focal_points = LearningPlan.objects.values_list("focal_point", flat=True)
    assert join_cycles(set(focal_points)) == 0


# The three cycles test_staff_choice_survives_every_import changes the joins of, alone: the
# first six files of FEW.
STAFF_CHANGED = FEW[:6]


@pytest.mark.django_db
@pytest.mark.parametrize(
    "paths",
    [
        pytest.param(STAFF_CHANGED, id="few"),
        pytest.param([CYCLES], id="whole-folder", marks=pytest.mark.slow),
    ],
)
def test_staff_choice_survives_every_import(paths):
    import_paths(paths)
    report = LearningPlan.objects.get(source_file="reverse_shop___closing_form.md")
    other = LearningPlan.objects.get(source_file="reduction_of_plastic.md")
    cleared = LearningPlan.objects.get(source_file="bluedigital_pivot__closure.md")
    LearningPlan.objects.filter(pk=report.pk).update(closes=other, closes_source="staff")
    LearningPlan.objects.filter(pk=cleared.pk).update(closes=None, closes_source="staff")
    LearningPlan.objects.update(source_sha256="")  # every file imports again
    import_paths(paths, overwrite=True)
    join_cycles(set(LearningPlan.objects.values_list("focal_point", flat=True)))
    report.refresh_from_db()
    cleared.refresh_from_db()
    assert (report.closes, report.closes_source) == (other, CycleSource.STAFF)
    assert (cleared.closes, cleared.closes_source) == (None, CycleSource.STAFF)


def test_a_report_named_after_its_plan_is_found_by_that_name(imported):
    assert imported.renamed
    for title, words in imported.renamed.items():
        assert spellings([cut(title)]) <= words, title


def test_joined_report_without_a_title_is_named_after_its_plan(imported):
    named = imported.titles[
        "__though_science_is_viewed_as_important_course_at_secondary_school__little__.md"
    ]
    titled = imported.titles["reverse_shop___closing_form.md"]
    assert named == "Closing report: Enhancing student understanding of science by videos"
    assert titled == "Reverse Shop - Closing Form"
