"""The admin's "View on site" redirect (`/admin/r/<content type>/<id>/`) tells a record's
public address (its slug) only to staff who may view the record in the admin."""

import pytest
from django.contrib.auth.models import User
from django.contrib.contenttypes.models import ContentType

from records.models import LearningPlan
from tests.factories import make_editor, make_plan

pytestmark = pytest.mark.django_db


def view_on_site(client, plan):
    content_type = ContentType.objects.get_for_model(LearningPlan)
    return client.get(f"/admin/r/{content_type.pk}/{plan.pk}/")


def test_staff_without_permission_is_not_told_a_hidden_plans_slug(client):
    plan = make_plan("Secret drought plan", is_published=False)
    client.force_login(User.objects.create_user("staff", is_staff=True))
    response = view_on_site(client, plan)
    assert response.status_code == 404
    assert "secret-drought-plan" not in response.content.decode()
    assert "secret-drought-plan" not in response.get("Location", "")


def test_editor_is_sent_to_the_plans_page(client):
    plan = make_plan("Secret drought plan", is_published=False)
    client.force_login(make_editor())
    response = view_on_site(client, plan)
    assert (response.status_code, response["Location"]) == (
        302,
        "http://testserver/plans/secret-drought-plan/",
    )


def test_visitor_is_sent_to_the_login_page(client):
    plan = make_plan("Secret drought plan", is_published=False)
    response = view_on_site(client, plan)
    assert response.status_code == 302
    assert response["Location"].startswith("/admin/login/")
    assert "secret-drought-plan" not in response["Location"]
