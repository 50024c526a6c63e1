"""What a new visitor does with the site, step by step in headless Chromium (the `browser`
fixture of tests/views/conftest.py). Skipped unless BROWSER_TESTS=1."""

import pytest

from tests.factories import make_plan
from tests.views.browser_marks import BROWSER_MARKS

pytestmark = BROWSER_MARKS


@pytest.fixture
def climate():
    """Climate plans of three countries over three years, and plans on other themes."""
    for title, year, countries in [
        ("Heat in Baku", 2021, ["AZE"]),
        ("Floods in Baku", 2023, ["AZE"]),
        ("Steppe fires", 2023, ["KAZ", "AZE"]),
        ("Dakar heat", 2022, ["SEN"]),
    ]:
        make_plan(title, year=year, countries=countries, thematic_areas=["climate change"])
    for n in range(14):
        make_plan(f"Jobs {n}", countries=["KEN"], thematic_areas=[f"theme {n}", "youth"])


def test_climate_by_country_and_year_is_two_clicks_from_home(climate, live_server, browser):
    page = browser.new_page(viewport={"width": 1280, "height": 900})
    page.goto(live_server.url + "/")

    page.get_by_role("link", name="climate change").click()
    page.get_by_role("link", name="Statistics for these filters").click()
    table = page.locator("table.country-years")
    rows = table.locator("tbody tr").all_inner_texts()
    years = table.locator("thead th").all_inner_texts()

    assert page.url == live_server.url + "/statistics/?theme=climate-change"
    assert years == ["Country", "2021", "2022", "2023", "Total"]
    assert [row.split("\t") for row in rows] == [
        ["Azerbaijan", "1", "–", "2", "3"],
        ["Kazakhstan", "–", "–", "1", "1"],
        ["Senegal", "–", "1", "–", "1"],
    ]


def test_a_facets_show_all_keeps_the_boxes_ticked_but_not_applied(climate, live_server, browser):
    page = browser.new_page(viewport={"width": 1280, "height": 900})
    page.goto(live_server.url + "/plans/?country=KEN")

    page.get_by_role("checkbox", name="Azerbaijan").check()
    page.locator("details.facet summary", has_text="Theme").click()
    page.get_by_role("link", name="Show all 15 theme values").click()
    page.wait_for_url("**/plans/facets/theme/*")

    assert page.url == live_server.url + "/plans/facets/theme/?country=KEN&country=AZE"
    assert page.locator('input[type="hidden"][name="country"]').evaluate_all(
        "inputs => inputs.map(i => i.value)"
    ) == ["KEN", "AZE"]
