"""Plans and their rows in the admin: what the change form shows, and that every content edit,
inline or on a row's own page, marks the plan as edited since import."""

from django.contrib.admin.models import CHANGE, LogEntry
from django.urls import reverse

from records.models import DataSource, LearningPlan, PlanAnswer
from tests.admin.pages import change_url, form_data
from tests.factories import SEEDS, make_partner, run_import


def test_plan_change_form_shows_answers_in_order_and_the_source(editor_client, plan):
    PlanAnswer.objects.filter(plan=plan, position=0).update(position=5)
    response = editor_client.get(change_url(plan))
    page = response.content.decode()
    answers = response.context["inline_admin_formsets"][2].formset
    assert [f.instance.prompt for f in answers.forms] == [
        "What is your challenge?",
        "Name your plan.",
    ]
    assert "learningplan/Women in STEM.md" in page
    assert "a" * 64 in page
    assert "<li>unknown country &#x27;Atlantis&#x27;</li>" in page
    assert 'href="/admin/r/' in page  # View on site
    assert 'name="slug"' not in page  # kept: public links use it
    assert 'name="partnerships-0-partner"' in page and "admin-autocomplete" in page


def test_plan_save_marks_edited_rebuilds_search_and_logs_inline_changes(
    editor_client, editor, plan
):
    data = form_data(editor_client.get(change_url(plan)))
    assert data["insights-0-text"] == "Mentoring keeps women in STEM."
    data["insights-0-text"] = "Mentoring keeps women in STEM jobs."
    response = editor_client.post(change_url(plan), data)
    assert response.status_code == 302
    plan.refresh_from_db()
    assert plan.edited_since_import is True
    assert "Mentoring keeps women in STEM jobs." in plan.search_document.splitlines()
    entry = LogEntry.objects.get(object_id=str(plan.pk), action_flag=CHANGE)
    assert entry.user == editor
    assert entry.get_change_message() == (
        "Changed Text for insight “Mentoring keeps women in STEM jobs.”."
    )
    history = editor_client.get(reverse("admin:records_learningplan_history", args=[plan.pk]))
    assert [(e.user.username, e.get_change_message()) for e in history.context["action_list"]] == [
        ("editor", "Changed Text for insight “Mentoring keeps women in STEM jobs.”.")
    ]


def test_plan_save_of_answer_alone_marks_edited(editor_client, plan):
    data = form_data(editor_client.get(change_url(plan)))
    data["answers-1-text"] = "Women leave STEM jobs early."
    editor_client.post(change_url(plan), data)
    plan.refresh_from_db()
    assert plan.edited_since_import is True
    assert plan.answer("challenge_statement") == "Women leave STEM jobs early."


def test_plan_save_that_only_publishes_does_not_mark_edited(editor_client, plan):
    plan.is_published = False
    plan.save()
    data = form_data(editor_client.get(change_url(plan)))
    data["is_published"] = "on"
    editor_client.post(change_url(plan), data)
    plan.refresh_from_db()
    assert (plan.is_published, plan.edited_since_import) == (True, False)


def test_plan_inline_insights_add_delete_and_reorder(editor_client, plan):
    first, second = plan.insights.all()
    data = form_data(editor_client.get(change_url(plan)))
    # Split the second insight in two, put the new half first, delete the first insight.
    data.update(
        {
            "insights-1-text": "Employers want data",
            "insights-2-position": "0",
            "insights-2-text": "Employers want stories",
            "insights-2-plan": str(plan.pk),
            "insights-TOTAL_FORMS": "3",
            "insights-0-DELETE": "on",
        }
    )
    response = editor_client.post(change_url(plan), data)
    assert response.status_code == 302
    assert list(plan.insights.values_list("position", "text")) == [
        (0, "Employers want stories"),
        (1, "Employers want data"),
    ]


def test_plan_new_inline_row_goes_last_by_default(editor_client, plan):
    response = editor_client.get(change_url(plan))
    assert 'name="insights-__prefix__-position" value="2"' in response.content.decode()


def test_plan_partnership_inline_changes_partner(editor_client, plan):
    other = make_partner("Azerbaijan Women Network")
    data = form_data(editor_client.get(change_url(plan)))
    data["partnerships-0-partner"] = str(other.pk)
    editor_client.post(change_url(plan), data)
    assert list(plan.partnerships.values_list("partner__name", "description")) == [
        ("Azerbaijan Women Network", "Hosts the lab.")
    ]


def test_plan_sdgs_and_tags_are_editable(editor_client, plan):
    social = DataSource.objects.create(name="social media", slug="social-media")
    press = DataSource.objects.get(name="press")
    response = editor_client.get(change_url(plan))
    data = form_data(response)
    assert data["sdgs"] == "5"
    # Tags are picked from the existing ones with the admin's autocomplete.
    assert data["data_sources"] == str(press.pk)
    assert (
        'data-ajax--url="/admin/autocomplete/" data-app-label="records" '
        'data-model-name="learningplan" data-field-name="data_sources"'
    ) in response.content.decode()
    data.update({"sdgs": ["4", "5"], "data_sources": [press.pk, social.pk], "methods": []})
    editor_client.post(change_url(plan), data)
    assert list(plan.sdgs.values_list("number", flat=True)) == [4, 5]
    assert sorted(plan.data_sources.names()) == ["press", "social media"]
    assert list(plan.methods.names()) == []


def test_tag_autocomplete_finds_existing_tags(editor_client, plan):
    DataSource.objects.create(name="social media", slug="social-media")
    response = editor_client.get(
        "/admin/autocomplete/",
        {
            "app_label": "records",
            "model_name": "learningplan",
            "field_name": "data_sources",
            "term": "soc",
        },
    )
    assert [r["text"] for r in response.json()["results"]] == ["social media"]


def test_insight_edited_on_its_own_marks_its_plan(editor_client, plan):
    insight = plan.insights.first()
    data = form_data(editor_client.get(change_url(insight)))
    data["text"] = "Mentors keep women in STEM."
    editor_client.post(change_url(insight), data)
    plan.refresh_from_db()
    assert plan.edited_since_import is True
    assert "Mentors keep women in STEM." in plan.search_document


def test_admin_edit_then_import_of_changed_file_is_a_conflict_and_keeps_edit(
    editor_client, seeds, tmp_path
):
    plan = LearningPlan.objects.get(source_file="000_8bb2515b9a91dbf4.txt")
    data = form_data(editor_client.get(change_url(plan)))
    data["title"] = "Women in STEM careers in Azerbaijan"
    assert editor_client.post(change_url(plan), data).status_code == 302

    changed = tmp_path / "000_8bb2515b9a91dbf4.txt"
    changed.write_bytes((SEEDS / changed.name).read_bytes() + b"\nOne more line.\n")
    lines, code = run_import(changed)

    assert code == 0
    assert lines[-1] == (
        "1 file: 0 created, 0 updated, 0 unchanged, 1 conflicts, 0 skipped, 0 failed"
    )
    assert lines[0].startswith("conflict: 000_8bb2515b9a91dbf4.txt: edited in the admin")
    plan.refresh_from_db()
    assert plan.title == "Women in STEM careers in Azerbaijan"
    assert plan.edited_since_import is True
