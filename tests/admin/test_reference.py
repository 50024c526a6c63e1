"""Reference data and tags in the admin: plan counts, and the spellings staff give a country."""

import pytest

from records.models import SDG, Country, ThematicArea
from tests.admin.pages import change_url, changelist_url, form_data
from tests.factories import make_imported_plan


@pytest.mark.parametrize(
    ("model", "query", "name"),
    [
        (Country, "Azerbaijan", "Azerbaijan"),
        (SDG, "Gender", "Gender equality"),
        (ThematicArea, "gender", "gender focus"),
    ],
    ids=lambda value: getattr(value, "__name__", None),
)
def test_reference_changelist_counts_plans(editor_client, model, query, name):
    make_imported_plan("One")
    make_imported_plan("Two")
    response = editor_client.get(changelist_url(model), {"q": query})
    assert [(o.name, o.plan_count) for o in response.context["cl"].result_list] == [(name, 2)]
    assert '<td class="field-plan_count">2</td>' in response.content.decode()


def test_country_aliases_are_edited_one_a_line(editor_client):
    country = Country.objects.get(code="AZE")
    data = form_data(editor_client.get(change_url(country)))
    data["aliases"] = "Azerbaijan Republic\n\n  Azərbaycan \nAzerbaijan Republic\n"
    assert editor_client.post(change_url(country), data).status_code == 302
    country.refresh_from_db()
    assert country.aliases == ["Azerbaijan Republic", "Azərbaycan"]
    form = form_data(editor_client.get(change_url(country)))
    assert form["aliases"] == "Azerbaijan Republic\nAzərbaycan"
