"""The rules for uploaded archive files: which zip members count, which paths are refused, and
how the limits of one import are kept."""

import pytest

from records.importing.uploads import (
    Rejection,
    Uploads,
    ZipRejected,
    escapes_folder,
    ignored_member,
    unzip,
)
from tests.factories import make_zip


@pytest.mark.parametrize(
    ("name", "escapes"),
    [
        ("batch/plan.txt", False),
        ("batch/..plan.txt", False),
        ("../evil.txt", True),
        ("batch/../../evil.txt", True),
        ("..\\evil.txt", True),
        ("/etc/passwd", True),
        ("C:evil.txt", True),
        ("C:\\Windows\\evil.txt", True),
    ],
)
def test_escapes_folder_finds_paths_outside_the_zip(name, escapes):
    assert escapes_folder(name) is escapes


@pytest.mark.parametrize(
    ("name", "ignored"),
    [
        ("batch/plan.txt", False),
        ("plan.txt", False),
        ("batch/", True),
        ("__MACOSX/batch/._plan.txt", True),
        ("batch/.DS_Store", True),
        (".hidden/plan.txt", True),
    ],
)
def test_ignored_member_leaves_out_folders_and_system_files(name, ignored):
    assert ignored_member(name) is ignored


def test_unzip_returns_members_in_order_without_system_files():
    data = make_zip({"b.txt": b"bee", "__MACOSX/._b.txt": b"\0", "a.txt": b"ay"})
    assert unzip(data, budget=5) == [("b.txt", b"bee"), ("a.txt", b"ay")]


def test_unzip_refuses_to_unpack_past_the_budget():
    with pytest.raises(ZipRejected, match="^unpacks to more than 50 MiB$"):
        unzip(make_zip({"b.txt": b"bee", "a.txt": b"ay"}), budget=4)


def test_unzip_refuses_too_many_members(monkeypatch):
    monkeypatch.setattr("records.importing.uploads.MAX_ZIP_MEMBERS", 2)
    with pytest.raises(ZipRejected, match="^more than 2 files$"):
        unzip(make_zip({"a.txt": b"a", "b.txt": b"b", "c.txt": b"c"}), budget=10)


def test_uploads_refuses_an_unreadable_zip_whole():
    uploads = Uploads()
    uploads.add("batch.zip", b"PK\x03\x04 not really a zip")
    assert uploads.documents == []
    assert uploads.rejected == [
        Rejection(
            "batch.zip",
            "rejected: not a readable zip (File is not a zip file); "
            "nothing in this zip was imported",
        )
    ]


def test_uploads_share_one_budget_across_files_and_zips():
    uploads = Uploads(budget=10)
    uploads.add("a.txt", b"aaaa")
    uploads.add("batch.zip", make_zip({"b.txt": b"bbb"}))
    uploads.add("c.txt", b"cccc")
    uploads.add("more.zip", make_zip({"d.txt": b"dddd"}))
    assert uploads.documents == [("a.txt", b"aaaa"), ("b.txt", b"bbb")]
    assert uploads.budget == 3
    assert uploads.rejected == [
        Rejection("c.txt", "rejected: over the 50 MiB of one import"),
        Rejection(
            "more.zip", "rejected: unpacks to more than 50 MiB; nothing in this zip was imported"
        ),
    ]


def test_uploads_reject_oversized_names_the_limit_of_one_upload():
    uploads = Uploads()
    uploads.reject_oversized("huge.txt")
    assert uploads.rejected == [
        Rejection("huge.txt", "rejected: over the 5 MiB limit of one upload")
    ]
