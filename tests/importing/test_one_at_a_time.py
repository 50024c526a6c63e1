"""One import at a time per database: a run started while another runs waits for it, saying
which import it waits for, and gives up after its wait naming it; a folder's files are read
as the folder holds them (empty ones skipped by name, links out of it not followed)."""

import threading
from contextlib import contextmanager
from functools import partial
from io import StringIO

import pytest
from django.core.management import CommandError, call_command
from django.db import connection

from records.enums import Outcome
from records.importing import FileResult, Importer
from records.importing.one_at_a_time import ImportRunning, one_import_at_a_time
from records.models import LearningPlan
from tests.factories import run_import, seed_file

OTHER = "import_seeds, process 4242"


@contextmanager
def another_import(seconds=30):
    """The import lock held by another connection (a thread's own) for `seconds`, or until the
    block ends."""
    holding, done = threading.Event(), threading.Event()

    def hold():
        try:
            with one_import_at_a_time(OTHER, wait=0):
                holding.set()
                done.wait(seconds)
        finally:
            connection.close()

    thread = threading.Thread(target=hold)
    thread.start()
    assert holding.wait(30)
    try:
        yield
    finally:
        done.set()
        thread.join()


def test_a_run_gives_up_after_its_wait_naming_the_other_import(db):
    heard = []
    with another_import(), pytest.raises(ImportRunning) as refused:
        Importer(turn=partial(one_import_at_a_time, "a test", 0.3, heard.append)).run(
            [(seed_file(0).name, seed_file(0).read_bytes())]
        )
    assert heard == [heard[0]]
    assert heard[0].startswith(f"{OTHER}, started ")
    assert str(refused.value).startswith(f"another import is running on this database ({OTHER}")
    assert str(refused.value).endswith("; gave up after waiting 0.3 s")
    assert not LearningPlan.objects.exists()


def test_a_run_waits_for_the_other_import_then_runs(db):
    heard = []
    importer = Importer(turn=partial(one_import_at_a_time, "a test", 30, heard.append))
    with another_import(seconds=0.5):
        report = importer.run([(seed_file(0).name, seed_file(0).read_bytes())])
    assert heard[0].startswith(f"{OTHER}, started ")
    assert report.results == [FileResult(seed_file(0).name, Outcome.CREATED)]
    assert LearningPlan.objects.count() == 1


def test_the_command_refuses_when_told_not_to_wait(db, capsys):
    with another_import(), pytest.raises(CommandError) as refused:
        call_command("import_seeds", str(seed_file(0)), wait=0, stdout=StringIO())
    assert str(refused.value).startswith(f"another import is running on this database ({OTHER}")
    assert not LearningPlan.objects.exists()


def test_the_command_says_which_import_it_waits_for(db):
    err = StringIO()
    with another_import(seconds=0.5):
        call_command("import_seeds", str(seed_file(0)), stdout=StringIO(), stderr=err)
    assert err.getvalue().startswith(f"waiting for another import to finish: {OTHER}, started ")
    assert LearningPlan.objects.count() == 1


def test_empty_file_is_skipped_by_name_and_the_rest_imported(db, tmp_path):
    (tmp_path / "empty.md").write_bytes(b"")
    (tmp_path / "plan.txt").write_bytes(seed_file(0).read_bytes())
    lines, code = run_import(tmp_path)
    assert (lines, code) == (
        [
            "skipped: empty.md: an empty file",
            "2 files: 1 created, 0 updated, 0 unchanged, 0 conflicts, 1 skipped, 0 failed",
        ],
        0,
    )


def test_link_to_a_file_outside_the_folder_is_not_followed(db, tmp_path):
    folder, outside = tmp_path / "archive", tmp_path / "secret"
    folder.mkdir()
    outside.mkdir()
    (outside / "plan.txt").write_bytes(seed_file(0).read_bytes())
    (folder / "plan.txt").write_bytes(seed_file(1).read_bytes())
    (folder / "out.txt").symlink_to(outside / "plan.txt")
    (folder / "in.txt").symlink_to(folder / "plan.txt")
    lines, code = run_import(folder)
    assert (lines, code) == (
        [
            "failed: out.txt: cannot read the file: a link to a file outside the folder, "
            "not followed",
            "3 files: 1 created, 0 updated, 1 unchanged, 0 conflicts, 0 skipped, 1 failed",
        ],
        1,
    )
    assert list(LearningPlan.objects.values_list("source_file", flat=True)) == ["in.txt"]
