"""The admin site as a whole: a page of each kind for every model, and who may see what."""

import pytest
from django.apps import apps
from django.contrib import admin
from django.contrib.auth.models import Group
from django.urls import reverse

from tests.admin.examples import example_blog, example_plan
from tests.admin.pages import change_url, changelist_url
from tests.factories import make_editor, shared_rows


def editor_and_examples():
    example_plan()
    example_blog()
    return make_editor()


@pytest.fixture(scope="module")
def _editor_once(django_db_setup, django_db_blocker):
    # These tests only read: the editor, the example plan and blog are built once.
    with shared_rows(django_db_blocker):
        yield editor_and_examples()


@pytest.fixture
def editor_client(_editor_once, client, db):
    """A Lab editor logged in, the example plan and blog in the database."""
    client.force_login(_editor_once)
    return client


PAGES = [
    ("LearningPlan", "Women in STEM"),
    ("Insight", "Mentoring keeps women in STEM."),
    ("PlanAnswer", "What is your challenge?"),
    ("Partner", "Baku University"),
    ("PartnerAlias", "baku university"),
    ("PartnerRedirect", "baku-uni"),
    ("Partnership", "Baku University"),
    ("Blog", "What we learnt in Baku"),
    ("BlogAuthor", "Leyla"),
    ("BlogLink", "https://example.org/blog/stem"),
    ("ThematicArea", "gender focus"),
    ("Method", "sensemaking"),
    ("DataSource", "press"),
    ("Country", "Azerbaijan"),
    ("Region", "Western Asia"),
    ("SDG", "Gender equality"),
]


@pytest.mark.parametrize(("model_name", "shown"), PAGES, ids=[name for name, _ in PAGES])
def test_admin_pages_render_for_editor(editor_client, model_name, shown):
    model = apps.get_model("records", model_name)
    listing = editor_client.get(changelist_url(model))
    assert listing.status_code == 200
    assert shown in listing.content.decode()
    obj = model.objects.get(pk=listing.context["cl"].result_list[0].pk)
    change = editor_client.get(change_url(obj))
    assert change.status_code == 200
    assert change.context["original"] == obj
    add = editor_client.get(reverse(f"admin:records_{model._meta.model_name}_add"))
    assert add.status_code == 200
    assert add.context["add"] is True


def test_registered_models_cover_every_records_model_but_tag_links_and_internal_rows():
    unregistered = {
        m.__name__
        for m in apps.get_app_config("records").get_models()
        if m not in admin.site._registry
    }
    assert unregistered == {
        "TaggedThematicArea",
        "TaggedMethod",
        "TaggedDataSource",
        "DataVersion",
        "ImportJob",
        "ImportUpload",
        "ImportUploadFile",
        "SearchWord",
        "SearchEntryWords",
        "SearchEntry",
        "SearchText",
    }
    assert {name for name, _ in PAGES} == {
        m.__name__ for m in apps.get_app_config("records").get_models()
    } - unregistered


def test_lab_editor_group_edits_records_but_not_users(db):
    perms = set(
        Group.objects.get(name="Lab editor").permissions.values_list(
            "content_type__app_label", "codename"
        )
    )
    assert ("records", "change_learningplan") in perms
    assert ("records", "delete_partner") in perms
    assert ("records", "view_datasource") in perms
    assert ("records", "delete_partnerredirect") in perms
    assert {app for app, _ in perms} == {"records"}
    assert len(perms) == 4 * 19


def test_editor_cannot_reach_user_management(editor_client):
    assert editor_client.get(reverse("admin:auth_user_changelist")).status_code == 403
    assert editor_client.get(reverse("admin:auth_group_changelist")).status_code == 403
    assert editor_client.get(reverse("admin:auth_user_add")).status_code == 403
    index = editor_client.get(reverse("admin:index"))
    apps_shown = [app["app_label"] for app in index.context["app_list"]]
    assert apps_shown == ["records"]
    assert reverse("admin:records_import") in index.content.decode()


def test_superuser_reaches_user_management(admin_client):
    response = admin_client.get(reverse("admin:auth_user_changelist"))
    assert response.status_code == 200
    assert "admin" in [u.username for u in response.context["cl"].result_list]
