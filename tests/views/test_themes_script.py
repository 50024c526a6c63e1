"""The themes index's script: typing in the filter box keeps the themes whose name or another
spelling contains it, accents and case aside, and says how many (in a live region)."""

import pytest

from records.models import ThematicArea
from tests.factories import make_plan
from tests.views.browser_marks import BROWSER_MARKS

pytestmark = BROWSER_MARKS


@pytest.fixture
def themes():
    """Written before the browser starts: its event loop makes the ORM refuse this thread."""
    make_plan("One", thematic_areas=["Énergie solaire", "renewable energy", "environment"])
    ThematicArea.objects.filter(name="environment").update(aliases=["enviroment"])


def test_typing_filters_the_themes_and_says_how_many(themes, live_server, browser):
    page = browser.new_page()
    page.goto(live_server.url + "/themes/")

    page.fill("#theme-filter", "ENERG")
    shown = page.locator("#theme-list li:not([hidden]) a").all_inner_texts()
    count = page.inner_text("#theme-count")
    page.fill("#theme-filter", "enviroment")
    misspelt = page.locator("#theme-list li:not([hidden]) a").all_inner_texts()

    # Each link reads its theme, then its count.
    assert [text.rsplit(maxsplit=1)[0] for text in shown] == ["Énergie solaire", "renewable energy"]
    assert count == "2 themes containing “ENERG”."
    assert [text.rsplit(maxsplit=1)[0] for text in misspelt] == ["environment"]
