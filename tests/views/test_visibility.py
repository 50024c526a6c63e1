"""A theme used only by unpublished plans has no public page, like a partner named only by
them; a path with a control character is not found, on every database."""

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from tests.factories import make_plan


def test_theme_of_unpublished_plans_only_is_not_found(client, db):
    make_plan("Hidden plan", thematic_areas=["secret theme"], is_published=False)
    make_plan("Shown plan", thematic_areas=["open theme"])

    hidden = client.get("/themes/secret-theme/")
    shown = client.get("/themes/open-theme/")

    assert hidden.status_code == 404
    assert "secret theme" not in hidden.content.decode()
    assert shown.status_code == 200
    assert "<h1>Plans on open theme</h1>" in shown.content.decode()


@pytest.mark.parametrize(
    "url", ["/countries/AZ%00E/", "/themes/open%00theme/", "/themes/%01/", "/countries/%7F/"]
)
def test_path_with_a_control_character_is_not_found_without_a_query(client, db, url):
    with CaptureQueriesContext(connection) as queries:
        response = client.get(url)
    assert response.status_code == 404
    assert [q["sql"] for q in queries if "records_" in q["sql"]] == []
