"""The admin's import page: uploads go through the importer, and the limits hold."""

from django.contrib.auth.models import Permission, User
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse

from records.importing.uploads import MAX_FILE_BYTES
from records.models import Blog, LearningPlan
from tests.admin.pages import changelist_url
from tests.factories import SEEDS, make_zip

IMPORT_URL = "/admin/records/learningplan/import/"
SEED = SEEDS / "000_8bb2515b9a91dbf4.txt"


def upload(name, content):
    return SimpleUploadedFile(name, content, "text/plain")


def report_rows(response):
    return [(r.name, r.outcome, r.reason) for r in response.context["report"].results]


def test_import_page_is_linked_and_reverses(editor_client):
    assert reverse("admin:records_import") == IMPORT_URL
    listing = editor_client.get(changelist_url(LearningPlan))
    assert f'href="{IMPORT_URL}"' in listing.content.decode()


def test_import_page_imports_a_seed_file(editor_client):
    response = editor_client.post(
        IMPORT_URL, {"files": [upload(SEED.name, SEED.read_bytes())]}, follow=True
    )
    assert response.status_code == 200
    assert report_rows(response) == [("000_8bb2515b9a91dbf4.txt", "created", "")]
    assert dict(response.context["counts"])["created"] == 1
    page = response.content.decode()
    assert "1 file: 1 created, 0 updated, 0 unchanged, 0 conflicts, 0 skipped, 0 failed" in page
    plan = LearningPlan.objects.get()
    assert plan.source_file == "000_8bb2515b9a91dbf4.txt"
    assert plan.title.startswith("Growing number of women in STEM")


def test_import_page_dry_run_writes_nothing(editor_client):
    seeds = sorted(SEEDS.iterdir())
    response = editor_client.post(
        IMPORT_URL,
        {"files": [upload(p.name, p.read_bytes()) for p in seeds], "dry_run": "on"},
        follow=True,
    )
    assert [outcome for _, outcome, _ in report_rows(response)] == ["created"] * 5
    assert "Dry run: nothing was written" in response.content.decode()
    assert LearningPlan.objects.count() == 0
    assert Blog.objects.count() == 0


def test_import_page_imports_a_zip_and_reports_each_file(editor_client):
    seeds = sorted(SEEDS.iterdir())
    members = {f"batch/{p.name}": p.read_bytes() for p in seeds[:2]}
    members["__MACOSX/batch/._x.txt"] = b"\x00\x05"
    members["batch/notes.txt"] = b"no type here"
    response = editor_client.post(
        IMPORT_URL, {"files": [upload("batch.zip", make_zip(members))]}, follow=True
    )
    assert report_rows(response) == [
        (f"batch/{seeds[0].name}", "created", ""),
        (f"batch/{seeds[1].name}", "created", ""),
        ("batch/notes.txt", "skipped", "no [[type:]] tag"),
    ]
    assert LearningPlan.objects.count() + Blog.objects.count() == 2


def test_import_page_lists_the_files_that_need_a_look_under_the_counts(editor_client):
    members = {"notes.txt": b"no type here", "plan.txt": SEED.read_bytes()}
    response = editor_client.post(
        IMPORT_URL, {"files": [upload("batch.zip", make_zip(members))]}, follow=True
    )
    assert response.context["counts"] == [
        ("created", 1),
        ("updated", 0),
        ("unchanged", 0),
        ("conflict", 0),
        ("skipped", 1),
        ("failed", 0),
    ]
    assert [(r.name, r.outcome) for r in response.context["problems"]] == [("notes.txt", "skipped")]


def test_import_page_rejects_a_zip_with_parent_paths(editor_client):
    bad = make_zip({"ok.txt": SEED.read_bytes(), "../evil.txt": SEED.read_bytes()})
    response = editor_client.post(IMPORT_URL, {"files": [upload("bad.zip", bad)]}, follow=True)
    assert report_rows(response) == [
        (
            "bad.zip",
            "failed",
            "rejected: '../evil.txt' points outside the zip's folder; "
            "nothing in this zip was imported",
        )
    ]
    assert LearningPlan.objects.count() == 0


def test_import_page_rejects_a_zip_that_unpacks_too_big(editor_client):
    bomb = make_zip({f"{i}.txt": b"\0" * (20 * 1024 * 1024) for i in range(3)})
    assert len(bomb) < 200_000
    response = editor_client.post(IMPORT_URL, {"files": [upload("bomb.zip", bomb)]}, follow=True)
    assert report_rows(response) == [
        (
            "bomb.zip",
            "failed",
            "rejected: unpacks to more than 50 MiB; nothing in this zip was imported",
        )
    ]


def test_import_page_rejects_an_oversized_upload_and_imports_the_rest(editor_client):
    response = editor_client.post(
        IMPORT_URL,
        {
            "files": [
                upload("huge.txt", b"x" * (MAX_FILE_BYTES + 1)),
                upload(SEED.name, SEED.read_bytes()),
            ]
        },
        follow=True,
    )
    assert report_rows(response) == [
        ("huge.txt", "failed", "rejected: over the 5 MiB limit of one upload"),
        (SEED.name, "created", ""),
    ]
    assert LearningPlan.objects.count() == 1


def test_import_page_stops_reading_past_the_total_limit(editor_client, monkeypatch):
    monkeypatch.setattr("records.importing.uploads.MAX_REQUEST_BYTES", 6 * 1024 * 1024)
    part = b"x" * (3 * 1024 * 1024 + 500_000)
    response = editor_client.post(
        IMPORT_URL, {"files": [upload("a.txt", part), upload("b.txt", part)]}, follow=True
    )
    assert "report" not in response.context
    assert response.context["form"].non_field_errors() == [
        "The upload is over 6 MiB in all: upload fewer files at a time."
    ]


def test_import_page_refuses_a_request_too_big_before_reading_it(editor_client):
    response = editor_client.generic(
        "POST",
        IMPORT_URL,
        b"",
        content_type="multipart/form-data; boundary=x",
        CONTENT_LENGTH=str(100 * 1024 * 1024),
    )
    assert response.status_code == 413
    assert response.context["error"] == "The upload is over 25 MiB in all."
    assert LearningPlan.objects.count() == 0


def test_import_page_needs_import_permissions(client, db):
    staff = User.objects.create_user("viewer", is_staff=True)
    staff.user_permissions.add(Permission.objects.get(codename="view_learningplan"))
    client.force_login(staff)
    assert client.get(IMPORT_URL).status_code == 403
    assert IMPORT_URL not in client.get(reverse("admin:index")).content.decode()
