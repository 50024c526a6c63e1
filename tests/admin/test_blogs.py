"""Blogs in the admin: the change form edits the article and its authors."""

from records.enums import BlogKind
from tests.admin.pages import change_url, form_data


def test_blog_change_form_edits_body_authors_date_country_kind(editor_client, blog):
    data = form_data(editor_client.get(change_url(blog)))
    data.update(
        {
            "body": "Only paragraph.",
            "published_on": "2023-05-04",
            "country": "GEO",
            "kind": BlogKind.PUBLICATION,
            "authors-0-name": "Leyla Seyidzade",
        }
    )
    response = editor_client.post(change_url(blog), data)
    assert response.status_code == 302
    blog.refresh_from_db()
    assert (blog.body, str(blog.published_on), blog.country_id, blog.kind) == (
        "Only paragraph.",
        "2023-05-04",
        "GEO",
        BlogKind.PUBLICATION,
    )
    assert list(blog.authors.values_list("name", flat=True)) == ["Leyla Seyidzade"]
    assert blog.edited_since_import is True
    assert blog.search_document == "What we learnt in Baku\nOnly paragraph."
