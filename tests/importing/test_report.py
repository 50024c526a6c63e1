"""What `import_seeds` prints: every file that needs a look with its reason at the default
verbosity (grouped by reason past ten), each written file's warnings with -v 2, the summary."""

import shutil

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
