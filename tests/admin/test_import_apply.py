"""The import page checks first: dry run by default, what would change listed per record,
then one click imports the very files of the dry run."""

import re

from django.core.files.uploadedfile import SimpleUploadedFile
from django.utils import timezone

from records.models import Blog, ImportUpload, ImportUploadFile, LearningPlan
from tests.factories import SEEDS, make_editor

IMPORT_URL = "/admin/records/learningplan/import/"


def seed_uploads():
    return [SimpleUploadedFile(p.name, p.read_bytes()) for p in sorted(SEEDS.iterdir())]


def apply_token(response):
    return re.search(r'name="apply" value="([^"]+)"', response.content.decode())[1]


def test_the_form_runs_a_dry_run_by_default(editor_client):
    page = editor_client.get(IMPORT_URL).content.decode()

    assert re.search(r'<input type="checkbox" name="dry_run"[^>]* checked', page)
    assert 'value="Check the files (dry run)" id="import-submit"' in page
    assert "<script>" not in page and "style=" not in page


def test_a_dry_run_lists_what_would_change_and_one_click_applies_it(editor_client):
    dry = editor_client.post(IMPORT_URL, {"files": seed_uploads(), "dry_run": "on"}, follow=True)

    assert [(r.name, r.outcome) for r in dry.context["changes"]] == [
        (p.name, "created") for p in sorted(SEEDS.iterdir())
    ]
    assert 'value="Import these 5 files now"' in dry.content.decode()
    assert LearningPlan.objects.count() == 0

    applied = editor_client.post(IMPORT_URL, {"apply": apply_token(dry)}, follow=True)

    assert [r.outcome for r in applied.context["report"].results] == ["created"] * 5
    assert "Import finished" in applied.content.decode()
    assert (LearningPlan.objects.count(), Blog.objects.count()) == (3, 2)


def test_kept_files_import_once_and_only_in_their_session(editor_client, client):
    dry = editor_client.post(IMPORT_URL, {"files": seed_uploads(), "dry_run": "on"}, follow=True)
    token = apply_token(dry)
    other = client.__class__()
    other.force_login(make_editor("other-editor"))

    elsewhere = other.post(IMPORT_URL, {"apply": token}, follow=True)
    editor_client.post(IMPORT_URL, {"apply": token}, follow=True)
    again = editor_client.post(IMPORT_URL, {"apply": token}, follow=True)

    assert "no longer kept" in elsewhere.content.decode()
    assert "no longer kept" in again.content.decode()
    assert LearningPlan.objects.count() == 3


def test_expired_files_are_not_imported_and_the_next_dry_run_deletes_them(editor_client):
    first = apply_token(
        editor_client.post(IMPORT_URL, {"files": seed_uploads(), "dry_run": "on"}, follow=True)
    )
    ImportUpload.objects.update(expires_at=timezone.now())

    expired = editor_client.post(IMPORT_URL, {"apply": first}, follow=True)
    second = apply_token(
        editor_client.post(IMPORT_URL, {"files": seed_uploads(), "dry_run": "on"}, follow=True)
    )

    assert "no longer kept" in expired.content.decode()
    assert list(ImportUpload.objects.values_list("token", flat=True)) == [second]
    assert ImportUploadFile.objects.filter(upload__token=first).count() == 0
    assert LearningPlan.objects.count() == 0
