"""Uploads the import page refuses, each with its own message: too many files at once (even
with CSRF checks on, which read the body first), a zip inside a zip, a member name with
control characters; and a dry run that never holds a transaction across files."""

import re
import zipfile
from io import BytesIO

from django.conf import settings
from django.core.files.uploadedfile import SimpleUploadedFile
from django.db import connection
from django.test import Client

from records.enums import Outcome
from records.importing import FileResult, Importer
from records.models import LearningPlan
from tests.factories import SEEDS, make_zip

IMPORT_URL = "/admin/records/learningplan/import/"
PLAN = b"# A plan\n\n[[type:learningplan]]\n\n## Title\n\n> Title\n\nA plan\n"


def upload(name, content):
    return SimpleUploadedFile(name, content, "text/plain")


def post_files(client, files):
    return client.post(IMPORT_URL, {"files": files}, follow=True)


def report_rows(response):
    return [(r.name, r.outcome, r.reason) for r in response.context["report"].results]


def test_too_many_files_answer_the_intended_message_with_csrf_checks(editor):
    client = Client(enforce_csrf_checks=True)
    client.force_login(editor)
    page = client.get(IMPORT_URL).content.decode()
    token = re.search(r'name="csrfmiddlewaretoken" value="([^"]+)"', page).group(1)
    count = settings.DATA_UPLOAD_MAX_NUMBER_FILES + 1
    files = [upload(f"{n}.txt", PLAN) for n in range(count)]
    response = client.post(IMPORT_URL, {"files": files, "csrfmiddlewaretoken": token})
    assert response.status_code == 400
    assert response.context["error"] == (
        "Too many files at once (more than 100): put them in a zip."
    )
    assert "Too many files at once (more than 100): put them in a zip." in response.content.decode()
    assert LearningPlan.objects.count() == 0


def test_zip_inside_a_zip_is_refused_whole(editor_client):
    inner = make_zip({"plan.md": PLAN})
    outer = make_zip({"a.md": PLAN, "inner.zip": inner})
    response = post_files(editor_client, [upload("outer.zip", outer)])
    assert report_rows(response) == [
        (
            "outer.zip",
            Outcome.FAILED,
            "rejected: 'inner.zip' is a zip inside the zip: unpack it first; "
            "nothing in this zip was imported",
        )
    ]
    assert LearningPlan.objects.count() == 0


def test_zip_renamed_inside_a_zip_is_refused_by_its_bytes(editor_client):
    outer = make_zip({"looks_like_text.md": make_zip({"plan.md": PLAN})})
    response = post_files(editor_client, [upload("outer.zip", outer)])
    assert report_rows(response)[0][2] == (
        "rejected: 'looks_like_text.md' is a zip inside the zip: unpack it first; "
        "nothing in this zip was imported"
    )


def zip_with_raw_name(name: bytes) -> bytes:
    """A zip whose one member's stored name is `name` (zipfile would cut it at a NUL)."""
    buffer = BytesIO()
    placeholder = b"X" * len(name)
    with zipfile.ZipFile(buffer, "w") as archive:
        archive.writestr(placeholder.decode(), PLAN)
    return buffer.getvalue().replace(placeholder, name)


def test_member_name_with_a_nul_or_control_character_is_refused(editor_client):
    response = post_files(
        editor_client,
        [
            upload("nul.zip", zip_with_raw_name(b"ok\x00../e.md")),
            upload("bell.zip", zip_with_raw_name(b"plan\x07.md")),
        ],
    )
    suffix = "has control characters in its name; nothing in this zip was imported"
    assert report_rows(response) == [
        ("nul.zip", Outcome.FAILED, f"rejected: 'ok\\x00../e.md' {suffix}"),
        ("bell.zip", Outcome.FAILED, f"rejected: 'plan\\x07.md' {suffix}"),
    ]
    assert LearningPlan.objects.count() == 0


def test_dry_run_holds_no_transaction_between_files(db):
    open_savepoints = len(connection.savepoint_ids)
    between_files = []
    seeds = [(p.name, p.read_bytes()) for p in sorted(SEEDS.iterdir())[:2]]
    report = Importer(dry_run=True).run(
        seeds, progress=lambda result: between_files.append(len(connection.savepoint_ids))
    )
    assert between_files == [open_savepoints, open_savepoints]
    assert report.results == [FileResult(name, Outcome.CREATED) for name, _ in seeds]
    assert LearningPlan.objects.count() == 0


def test_upload_page_keeps_the_command_line_limits(editor_client):
    answers = "".join(f"## Part {n}\n\n> Question {n}?\n\nAn answer.\n\n" for n in range(201))
    members = {"big.md": PLAN + b"x" * (5 * 1024 * 1024), "long.md": PLAN + answers.encode()}
    response = post_files(editor_client, [upload("batch.zip", make_zip(members))])
    assert report_rows(response) == [
        ("big.md", Outcome.FAILED, "over the 5 MiB limit of one file"),
        ("long.md", Outcome.FAILED, "202 answers, over the limit of 200 per plan"),
    ]
    assert LearningPlan.objects.count() == 0


def test_an_empty_file_is_skipped_by_name_and_the_rest_imported(editor_client):
    response = post_files(editor_client, [upload("empty.md", b""), upload("plan.md", PLAN)])
    assert report_rows(response) == [
        ("empty.md", Outcome.SKIPPED, "an empty file"),
        ("plan.md", Outcome.CREATED, ""),
    ]
    assert LearningPlan.objects.count() == 1


def test_member_name_with_a_line_end_or_a_direction_override_is_refused(editor_client):
    members = {"plan\nfailed: other.md.md": PLAN, "ok.md": PLAN}
    response = post_files(
        editor_client,
        [
            upload("newline.zip", make_zip(members)),
            upload("bidi.zip", make_zip({"gpj.\u202emd": PLAN})),
        ],
    )
    suffix = "has control characters in its name; nothing in this zip was imported"
    assert report_rows(response) == [
        ("newline.zip", Outcome.FAILED, f"rejected: 'plan\\nfailed: other.md.md' {suffix}"),
        ("bidi.zip", Outcome.FAILED, f"rejected: 'gpj.\\u202emd' {suffix}"),
    ]
    assert LearningPlan.objects.count() == 0
