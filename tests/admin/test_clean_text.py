"""Text staff type is cleaned like archive text on save, by every form of the admin."""

import pytest
from django.contrib import admin

from records.admin.clean_text import CleanTextForm
from tests.admin.pages import change_url, form_data


def records_admins():
    for model, model_admin in admin.site._registry.items():
        if model._meta.app_label == "records":
            yield model_admin
            yield from model_admin.inlines


@pytest.mark.parametrize("model_admin", list(records_admins()), ids=repr)
def test_every_admin_form_cleans_text(model_admin):
    assert issubclass(model_admin.form, CleanTextForm)


def test_blog_title_and_body_typed_with_control_characters_are_saved_clean(editor_client, blog):
    data = form_data(editor_client.get(change_url(blog)))
    data.update(
        {
            "title": "Word\x0bline\u2028break\x07 here",
            "body": "One\x0btwo\x01\r\nthree\u200b",
            "authors-0-name": "Leyla\x1b Seyidzade",
        }
    )
    response = editor_client.post(change_url(blog), data)
    assert response.status_code == 302
    blog.refresh_from_db()
    assert (blog.title, blog.body) == ("Word line break here", "One\ntwo\nthree")
    assert list(blog.authors.values_list("name", flat=True)) == ["Leyla Seyidzade"]
