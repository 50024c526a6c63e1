import hashlib
import shutil
from io import StringIO

import pytest
from django.core import checks
from django.core.management import CommandError, ManagementUtility, call_command

from records.enums import Outcome
from records.importing import FileResult, Importer, iter_paths
from records.models import Blog, Insight, LearningPlan, Partner
from tests.factories import DATA, SEEDS, run_import, seed_file

SUMMARY_FIRST = "5 files: 5 created, 0 updated, 0 unchanged, 0 conflicts, 0 skipped, 0 failed"
SUMMARY_AGAIN = "5 files: 0 created, 0 updated, 5 unchanged, 0 conflicts, 0 skipped, 0 failed"


def test_import_seeds_summary_first_and_second_run(db):
    lines, code = run_import(SEEDS)
    assert (lines[-1], code) == (SUMMARY_FIRST, 0)
    lines, code = run_import(SEEDS)
    assert (lines[-1], code) == (SUMMARY_AGAIN, 0)


def test_import_seeds_defaults_to_the_seeds_folder(db):
    lines, code = run_import()
    assert (lines[-1], code) == (SUMMARY_FIRST, 0)


def test_staff_edit_is_a_conflict_and_is_kept(db, tmp_path):
    run_import(seed_file(0))
    plan = LearningPlan.objects.get()
    plan.title = "Women in STEM (edited)"
    plan.edited_since_import = True
    plan.save()
    changed = tmp_path / seed_file(0).name
    changed.write_bytes(seed_file(0).read_bytes() + b"\nMore text.\n")
    lines, code = run_import(changed)
    assert code == 0
    assert (
        lines[-1] == "1 file: 0 created, 0 updated, 0 unchanged, 1 conflicts, 0 skipped, 0 failed"
    )
    assert lines[0].startswith(f"conflict: {seed_file(0).name}: edited in the admin")
    plan.refresh_from_db()
    assert plan.title == "Women in STEM (edited)"

    lines, _ = run_import(changed, overwrite=True)
    assert lines[-1].startswith("1 file: 0 created, 1 updated")
    plan.refresh_from_db()
    assert plan.title.startswith("Growing number of women in STEM")
    assert plan.edited_since_import is False


def test_unchanged_file_of_an_edited_record_is_unchanged(db):
    run_import(seed_file(0))
    LearningPlan.objects.update(edited_since_import=True, title="Edited")
    lines, _ = run_import(seed_file(0))
    assert lines[-1].startswith("1 file: 0 created, 0 updated, 1 unchanged, 0 conflicts")
    assert LearningPlan.objects.get().title == "Edited"


def test_failed_file_is_named_with_its_reason_and_the_run_goes_on(db, tmp_path):
    (tmp_path / "a_no_source.md").write_text("# A post\n\n[[type:blog]]\n\n[[year:2022]]\n")
    shutil.copy(seed_file(3), tmp_path / "b_blog.md")
    lines, code = run_import(tmp_path)
    assert code == 1
    assert "failed: a_no_source.md: no [[source:]] URL" in lines[0]
    assert (
        lines[-1] == "2 files: 1 created, 0 updated, 0 unchanged, 0 conflicts, 0 skipped, 1 failed"
    )
    assert Blog.objects.count() == 1


def test_exit_status_is_1_when_a_file_failed(db, tmp_path, monkeypatch, capsys):
    (tmp_path / "no_source.md").write_text("# A post\n\n[[type:blog]]\n")
    # As `manage.py import_seeds` runs it, but on the test's database connection, kept open.
    monkeypatch.setattr("django.core.management.base.connections.close_all", lambda: None)
    with pytest.raises(SystemExit) as exited:
        ManagementUtility(["manage.py", "import_seeds", str(tmp_path)]).execute()
    out, err = capsys.readouterr()
    assert exited.value.code == 1
    assert out.splitlines()[-1] == (
        "1 file: 0 created, 0 updated, 0 unchanged, 0 conflicts, 0 skipped, 1 failed"
    )
    assert err == "CommandError: 1 file failed\n"


def test_import_seeds_runs_without_the_system_checks(db, tmp_path, monkeypatch, capsys):
    def failing_check(**kwargs):
        return [checks.Error("a failing check")]

    monkeypatch.setattr(checks.registry.registry, "registered_checks", {failing_check})
    monkeypatch.setattr("django.core.management.base.connections.close_all", lambda: None)
    ManagementUtility(["manage.py", "import_seeds", str(tmp_path)]).execute()
    assert capsys.readouterr().out.splitlines()[-1] == (
        "0 files: 0 created, 0 updated, 0 unchanged, 0 conflicts, 0 skipped, 0 failed"
    )
    # Another command stops on the failing check.
    with pytest.raises(SystemExit):
        ManagementUtility(["manage.py", "rebuild_search_index"]).execute()


def test_failed_file_leaves_no_half_record(db, monkeypatch):
    def explode(plan, urls, lookups):
        raise RuntimeError("disk on fire")

    monkeypatch.setattr("records.importing.plans.link_blogs", explode)
    lines, code = run_import(seed_file(1))
    assert code == 1
    assert "RuntimeError: disk on fire" in lines[0]
    assert LearningPlan.objects.count() == Insight.objects.count() == Partner.objects.count() == 0
    monkeypatch.undo()
    # Nothing was remembered from the failed file: a later run creates everything cleanly.
    lines, code = run_import(seed_file(1))
    assert (code, LearningPlan.objects.count(), Partner.objects.count()) == (0, 1, 8)


def test_types_we_do_not_model_are_skipped(db):
    lines, _ = run_import(DATA / "solution")
    count = len(list((DATA / "solution").iterdir()))
    assert lines[-1] == (
        f"{count} files: 0 created, 0 updated, 0 unchanged, 0 conflicts, {count} skipped, 0 failed"
    )


def test_dry_run_reports_and_writes_nothing(db):
    lines, code = run_import(SEEDS, dry_run=True)
    assert lines[-2:] == ["dry run: nothing was written", SUMMARY_FIRST]
    assert LearningPlan.objects.count() == Blog.objects.count() == Partner.objects.count() == 0


def test_two_files_with_one_blog_url_stay_idempotent(db, tmp_path):
    shutil.copy(seed_file(3), tmp_path / "a.md")
    (tmp_path / "b.md").write_bytes(seed_file(3).read_bytes().replace(b"thirty", b"30"))
    first, _ = run_import(tmp_path)
    again, _ = run_import(tmp_path)
    assert (
        first[-1] == "2 files: 1 created, 0 updated, 0 unchanged, 0 conflicts, 1 skipped, 0 failed"
    )
    assert (
        again[-1] == "2 files: 0 created, 0 updated, 1 unchanged, 0 conflicts, 1 skipped, 0 failed"
    )
    assert "thirty" in Blog.objects.get().body


def test_missing_path_is_an_error(db):
    with pytest.raises(CommandError, match="no such file or folder"):
        call_command("import_seeds", "does-not-exist", stdout=StringIO())


def test_importer_outcomes_of_untyped_unread_and_unmodelled_files(db):
    def unreadable():
        raise FileNotFoundError(2, "No such file or directory")

    report = Importer().run(
        [
            ("untyped.md", b"# A title\n"),
            ("gone.md", unreadable),
            ("story.md", b"# A story\n\n[[type:story]]\n"),
        ]
    )
    assert report.results == [
        FileResult("untyped.md", Outcome.SKIPPED, "no [[type:]] tag"),
        FileResult("gone.md", Outcome.FAILED, "cannot read the file: No such file or directory"),
        FileResult("story.md", Outcome.SKIPPED, "type 'story' is not imported"),
    ]
    assert report.failed == [report.results[1]]
    assert report.summary() == (
        "3 files: 0 created, 0 updated, 0 unchanged, 0 conflicts, 2 skipped, 1 failed"
    )


def test_second_file_of_one_plan_in_a_run_is_kept_as_a_record_of_its_own(db, tmp_path):
    # Two files of one title and focal point but another content are two documents (the
    # archive names a file after its title as typed): neither is dropped, and the report
    # names the other file.
    data = seed_file(0).read_bytes()
    (tmp_path / "a.md").write_bytes(data)
    (tmp_path / "b.md").write_bytes(data + b"\nMore text.\n")
    lines, code = run_import(tmp_path)
    assert (lines, code) == (
        [
            "created: b.md: another version of the plan of a.md (the same title and focal "
            "point), kept as a record of its own",
            "2 files: 2 created, 0 updated, 0 unchanged, 0 conflicts, 0 skipped, 0 failed",
        ],
        0,
    )
    assert sorted(LearningPlan.objects.values_list("source_file", flat=True)) == ["a.md", "b.md"]
    lines, code = run_import(tmp_path)
    assert (lines, code) == (
        ["2 files: 0 created, 0 updated, 2 unchanged, 0 conflicts, 0 skipped, 0 failed"],
        0,
    )
    # Each file, changed, updates its own record, whichever is read alone.
    (tmp_path / "b.md").write_bytes(data + b"\nOther text.\n")
    lines, code = run_import(tmp_path / "b.md")
    assert lines[-1].startswith("1 file: 0 created, 1 updated")
    kept = dict(LearningPlan.objects.values_list("source_file", "source_sha256"))
    assert kept["a.md"] == hashlib.sha256(data).hexdigest()
    assert LearningPlan.objects.count() == 2


def test_folder_files_come_in_the_order_of_their_sorted_paths(tmp_path):
    for name in ["b.md", "a.md", "a/z.md", "a/b/c.md", "a-b.md", ".hidden.md", "c/d/e.md"]:
        (tmp_path / name).parent.mkdir(parents=True, exist_ok=True)
        (tmp_path / name).write_text("x")
    (tmp_path / "empty").mkdir()
    (tmp_path / "link").symlink_to(tmp_path / "c", target_is_directory=True)
    (tmp_path / "e.md").symlink_to(tmp_path / "b.md")
    names = [name for name, _ in iter_paths([tmp_path])]
    # A folder's files come where its name sorts among its siblings: "a/" before "a-b.md".
    assert names == [
        ".hidden.md",
        "a/b/c.md",
        "a/z.md",
        "a-b.md",
        "a.md",
        "b.md",
        "c/d/e.md",
        "e.md",
    ]
    files = sorted(p for p in tmp_path.rglob("*") if p.is_file())
    assert names == [p.relative_to(tmp_path).as_posix() for p in files]
