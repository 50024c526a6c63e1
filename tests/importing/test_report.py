"""What `import_seeds` prints: every file that needs a look with its reason at the default
verbosity (grouped by reason past ten), each written file's warnings with -v 2, the summary."""

import re
import shutil
from io import StringIO

import pytest
from django.core.management import CommandError, call_command

from records.enums import Outcome
from records.importing import FileResult, ImportReport, import_paths
from tests.factories import DATA, run_import

STORY = "# A story\n\n[[type:story]]\n"


def test_a_run_of_skipped_files_names_each_with_its_reason(db, tmp_path):
    (tmp_path / "a.md").write_text(STORY)
    (tmp_path / "b.md").write_text("# No tag\n")
    lines, code = run_import(tmp_path)
    assert (lines, code) == (
        [
            "skipped: a.md: type 'story' is not imported",
            "skipped: b.md: no [[type:]] tag",
            "2 files: 0 created, 0 updated, 0 unchanged, 0 conflicts, 2 skipped, 0 failed",
        ],
        0,
    )


def test_many_files_needing_a_look_are_grouped_by_reason(db, tmp_path):
    for n in range(11):
        (tmp_path / f"story{n:02}.md").write_text(STORY)
    (tmp_path / "z.md").write_bytes(b"\x00\x01[[type:learningplan]]")
    lines, code = run_import(tmp_path)
    assert (lines, code) == (
        [
            "skipped, 11 files: type 'story' is not imported",
            *(f"  story{n:02}.md" for n in range(11)),
            "failed, 1 file: not a text file: it holds NUL bytes",
            "  z.md",
            "12 files: 0 created, 0 updated, 0 unchanged, 0 conflicts, 11 skipped, 1 failed",
        ],
        1,
    )


def test_verbose_run_prints_each_written_file_and_its_warnings(db, tmp_path):
    shutil.copy(DATA / "encodings/plan_windows1252.md", tmp_path)
    (tmp_path / "story.md").write_text(STORY)
    lines, code = run_import(tmp_path, verbosity=2)
    assert code == 0
    assert lines[:2] == ["created: plan_windows1252.md", "  warning: not UTF-8: read as cp1252"]
    assert lines[-2:] == [
        "skipped: story.md: type 'story' is not imported",
        "2 files: 1 created, 0 updated, 0 unchanged, 0 conflicts, 1 skipped, 0 failed",
    ]
    assert all(line.startswith("  warning: ") for line in lines[2:-2])


def test_quiet_run_prints_only_the_summary(db, tmp_path):
    (tmp_path / "story.md").write_text(STORY)
    lines, code = run_import(tmp_path, verbosity=0)
    assert (lines, code) == (
        ["1 file: 0 created, 0 updated, 0 unchanged, 0 conflicts, 1 skipped, 0 failed"],
        0,
    )


RESULTS = [
    FileResult("a.md", Outcome.CREATED, warnings=["unknown country 'Atlantis'"]),
    FileResult("b.md", Outcome.UNCHANGED),
    *(
        FileResult(f"s{n:02}.md", Outcome.SKIPPED, "type 'story' is not imported")
        for n in range(10)
    ),
    FileResult("c.md", Outcome.CONFLICT, "edited in the admin", ["a warning"]),
    FileResult("d.md", Outcome.FAILED, "not a text file: it holds NUL bytes"),
]


def report_of(results, **options):
    report = ImportReport(**options)
    for result in results:
        report.add(result)
    return report


def test_report_of_a_folder_keeps_only_the_files_needing_a_look():
    report = report_of(RESULTS, keep_results=False)
    assert report.results == []
    assert [(r.name, r.outcome, r.reason, r.warnings) for r in report.problems] == [
        *((f"s{n:02}.md", "skipped", "type 'story' is not imported", []) for n in range(10)),
        ("c.md", "conflict", "edited in the admin", []),
        ("d.md", "failed", "not a text file: it holds NUL bytes", []),
    ]
    # Ten files skipped for one reason hold one string of it.
    assert len({id(r.reason) for r in report.problems[:10]}) == 1
    assert report.failed == [
        FileResult("d.md", Outcome.FAILED, "not a text file: it holds NUL bytes")
    ]


def test_report_of_a_folder_prints_what_a_full_report_prints():
    kept, compact = report_of(RESULTS), report_of(RESULTS, keep_results=False)
    assert kept.results == RESULTS
    assert (
        compact.summary()
        == kept.summary()
        == ("14 files: 1 created, 0 updated, 1 unchanged, 1 conflicts, 10 skipped, 1 failed")
    )
    assert (
        compact.problem_lines()
        == kept.problem_lines()
        == [
            "skipped, 10 files: type 'story' is not imported",
            *(f"  s{n:02}.md" for n in range(10)),
            "conflict, 1 file: edited in the admin",
            "  c.md",
            "failed, 1 file: not a text file: it holds NUL bytes",
            "  d.md",
        ]
    )


def test_folder_import_keeps_no_result_of_a_file_that_needs_no_look(db, tmp_path):
    shutil.copy(DATA / "encodings/plan_windows1252.md", tmp_path)
    (tmp_path / "story.md").write_text(STORY)
    report = import_paths([tmp_path])
    assert report.results == []
    assert report.problem_lines() == ["skipped: story.md: type 'story' is not imported"]
    assert report.summary() == (
        "2 files: 1 created, 0 updated, 0 unchanged, 0 conflicts, 1 skipped, 0 failed"
    )


def test_file_names_with_control_characters_are_printed_escaped(db, tmp_path):
    (tmp_path / "a\x1b]0;owned\x07.md").write_text(STORY)
    (tmp_path / "b\rcovered.md").write_text(STORY)
    (tmp_path / "c\u202edm.exe").write_text(STORY)
    shutil.copy(DATA / "encodings/plan_windows1252.md", tmp_path / "d\x1b[2J.md")
    lines, code = run_import(tmp_path, verbosity=2)
    assert (lines[0], lines[-4:], code) == (
        "created: d\\x1b[2J.md",
        [
            "skipped: a\\x1b]0;owned\\x07.md: type 'story' is not imported",
            "skipped: b\\rcovered.md: type 'story' is not imported",
            "skipped: c\\u202edm.exe: type 'story' is not imported",
            "4 files: 1 created, 0 updated, 0 unchanged, 0 conflicts, 3 skipped, 0 failed",
        ],
        0,
    )


def test_missing_path_with_control_characters_is_named_escaped(db, tmp_path):
    with pytest.raises(CommandError, match=re.escape("no such file or folder: ")) as error:
        call_command("import_seeds", str(tmp_path / "gone\x1b[2J.md"), stdout=StringIO())
    assert str(error.value).endswith("gone\\x1b[2J.md")
