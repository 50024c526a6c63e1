from records.models import LearningPlan, Partnership
from tests.factories import run_import, seed_file

# -- writing over an imported plan ----------------------------------------------------------


def test_same_document_under_another_name_is_the_same_record(db, tmp_path):
    run_import(seed_file(0))
    copy = tmp_path / "renamed.md"
    copy.write_bytes(seed_file(0).read_bytes().replace(b"throughout", b"all along"))
    lines, _ = run_import(copy)
    assert (
        lines[-1] == "1 files: 0 created, 1 updated, 0 unchanged, 0 conflicts, 0 skipped, 0 failed"
    )
    plan = LearningPlan.objects.get()
    assert plan.source_file == "renamed.md"
    assert "all along" in plan.answer("title")


def test_changed_file_replaces_answers_without_duplicates(db, tmp_path):
    run_import(seed_file(1))
    changed = tmp_path / seed_file(1).name
    changed.write_bytes(
        seed_file(1).read_bytes().replace(b"- Quotas for women", b"- Quotas for girls")
    )
    lines, _ = run_import(changed)
    assert lines[-1].startswith("1 files: 0 created, 1 updated")
    plan = LearningPlan.objects.get()
    assert plan.insights.count() == 4
    assert plan.insights.filter(text__startswith="Quotas for girls").count() == 1
    assert Partnership.objects.filter(plan=plan).count() == 8
    assert "Quotas for girls" in plan.search_document
