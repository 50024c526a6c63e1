import importlib

from django.apps import apps

from records.models import Insight, LearningPlan, Partnership, PlanAnswer
from tests.factories import DATA, make_plan, run_import, seed_file

INSIGHTS_PROMPT = (
    "What are the top 5 key insights you generated about your frontier challenge during this "
    "Action Learning Plan?"
)


# -- writing over an imported plan ----------------------------------------------------------


def test_same_document_under_another_name_is_the_same_record(db, tmp_path):
    run_import(seed_file(0))
    copy = tmp_path / "renamed.md"
    copy.write_bytes(seed_file(0).read_bytes().replace(b"throughout", b"all along"))
    lines, _ = run_import(copy)
    assert (
        lines[-1] == "1 file: 0 created, 1 updated, 0 unchanged, 0 conflicts, 0 skipped, 0 failed"
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
    assert lines[-1].startswith("1 file: 0 created, 1 updated")
    plan = LearningPlan.objects.get()
    assert plan.insights.count() == 4
    assert plan.insights.filter(text__startswith="Quotas for girls").count() == 1
    assert Partnership.objects.filter(plan=plan).count() == 8
    assert "Quotas for girls" in plan.search_document
    assert plan.search_document.count("Quotas for girls") == 1


def test_insights_answer_nothing_was_split_from_is_kept(db, tmp_path):
    report = tmp_path / "report.md"
    report.write_text(
        f"# A closing report\n\n[[type:learningplan]]\n\n> {INSIGHTS_PROMPT}\n\n...\n"
    )
    lines, code = run_import(report)
    assert (lines[-1][:19], code) == ("1 file: 1 created, ", 0)
    plan = LearningPlan.objects.get()
    assert list(plan.insights.all()) == []
    assert list(plan.answers.values_list("key", "text")) == [("insights", "...")]
    assert plan.search_document == "A closing report\n..."


def test_closing_text_after_the_insights_is_kept_apart_from_their_intro(db):
    run_import(
        DATA
        / "learningplan"
        / "community_based_tourism_for_all_co_creation_journey_for_inclusive_tourism_in_thailand.md"
    )
    plan = LearningPlan.objects.get()
    rows = list(plan.answers.filter(key__startswith="insights").values_list("key", "text"))
    assert [key for key, _ in rows] == ["insights", "insights_after"]
    assert rows[0][1].startswith("I was initially excited about developing inclusive")
    assert rows[1][1].startswith("These prototypes and pilots are merely a starting point.")
    assert plan.insights.count() == 3
    # Both at the place of the answer they were split from.
    assert len(set(plan.answers.filter(key__startswith="insights").values_list("position"))) == 1


# -- the data migration that stores insights once -------------------------------------------


def test_migration_0006_drops_the_split_insights_answer_and_rebuilds_search(db):
    migration = importlib.import_module("tests.data.old_migrations.0006_insights_stored_once")
    closing = make_plan("Closing", stage="closing", insights=["Mentors matter.", "Data helps."])
    PlanAnswer.objects.bulk_create(
        PlanAnswer(plan=closing, position=position, key="insights", text=text)
        for position, text in [(10, ""), (11, "1. Mentors matter. 2. Data helps."), (12, "More.")]
    )
    unsplit = make_plan("Unsplit", stage="closing")
    PlanAnswer.objects.create(plan=unsplit, position=5, key="insights", text="n/a")
    for plan in (closing, unsplit):
        plan.search_document = plan.build_search_document()
        plan.save(update_fields=["search_document"])

    migration.store_insights_once(apps, None)

    assert list(closing.answers.values_list("key", "text")) == [
        ("challenge_statement", ""),
        ("tweet_summary", "Not exported."),
        ("insights", ""),
        ("insights", "More."),
    ]
    closing.refresh_from_db()
    assert closing.search_document == "Closing\nNot exported.\nMore.\nMentors matter.\nData helps."
    assert list(unsplit.answers.filter(key="insights").values_list("text", flat=True)) == ["n/a"]
    unsplit.refresh_from_db()
    assert unsplit.search_document == "Unsplit\nNot exported.\nn/a"
    assert Insight.objects.filter(plan=closing).count() == 2
