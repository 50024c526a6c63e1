"""Accessibility of every page type, checked by axe-core in headless Chromium (the `browser`
fixture of tests/views/conftest.py).

Needs the axe-playwright-python package (requirements-dev.txt; axe-core comes bundled in it,
no download). Skipped unless BROWSER_TESTS=1.
"""

import pytest

from records.models import PlanAnswer
from tests.factories import make_blog, make_linked_blogs, make_plan
from tests.views.browser_marks import BROWSER_MARKS

WIDTHS = (375, 1280)

pytestmark = BROWSER_MARKS


@pytest.fixture
def pages():
    """A small catalogue and the URL of each page type, lists with filters applied."""
    blog, _ = make_linked_blogs(
        body="First paragraph, see https://example.org/report.\n\nSecond paragraph."
    )
    plan = make_plan(
        "Women in STEM",
        stage="closing",
        countries=["AZE"],
        sdgs=[5, 8],
        thematic_areas=["gender focus", *(f"theme {n}" for n in range(30))],
        methods=["Sensemaking"],
        data_sources=["press"],
        challenge="Our challenge is that women leave STEM careers: https://example.org/data",
        learning_questions=["Why do they leave?"],
        insights=["Mentors matter.", "Role models matter."],
        partners=[("Baku State University", "academia")],
        blog_urls=[blog.source_url, "https://example.org/not-imported"],
    )
    for n in range(25):
        make_plan(f"Plan {n}", countries=["AZE", "KEN"], sdgs=[5], thematic_areas=["gender focus"])
    # A publication whose PDF text runs past its opening: its page and its full text.
    line = "The labs learned what works when they tried it together with the people it con-\n"
    publication = make_blog(
        "A playbook", kind="publication", country="KEN", body="cerns.\n\n".join([line] * 400)
    )
    return [
        "/",
        "/plans/?sdg=5&country=AZE&q=women",
        "/plans/?sdg=5",
        "/insights/?sdg=5",
        "/partners/?sector=academia",
        "/blogs/?kind=blog&country=AZE",
        "/countries/aze/",
        "/search/?q=women",
        "/search/?q=womne+zebra",
        "/plans/?sdg=abc",
        plan.get_absolute_url(),
        blog.get_absolute_url(),
        "/partners/baku-state-university/",
        "/no/such/page/",
        "/countries/",
        "/regions/",
        "/sdgs/",
        "/themes/",
        "/themes/?q=gender",
        "/statistics/",
        "/statistics/?theme=gender-focus&country=AZE&country=KEN",
        publication.get_absolute_url(),
        f"{publication.get_absolute_url()}full/",
    ]


def test_axe_reports_a_violation(browser):
    from axe_playwright_python.sync_playwright import Axe

    page = browser.new_page()
    page.set_content('<html lang="en"><title>t</title><main><h1>t</h1><img src="x"></main>')

    assert Axe().run(page).generate_snapshot() == "image-alt (critical) : 1"


@pytest.mark.parametrize("language", ["", "/fr", "/es"])
def test_pages_have_no_axe_violations(pages, live_server, browser, language):
    from axe_playwright_python.sync_playwright import Axe

    axe = Axe()
    violations = {}
    for width in WIDTHS:
        page = browser.new_page(viewport={"width": width, "height": 900})
        for url in pages:
            page.goto(live_server.url + language + url)
            results = axe.run(page)
            if results.violations_count:
                violations[f"{language}{url} at {width}px"] = results.generate_snapshot()
        page.close()

    assert violations == {}


def test_filters_work_from_the_keyboard(pages, live_server, browser):
    page = browser.new_page(viewport={"width": 1280, "height": 900})
    page.goto(live_server.url + "/plans/")

    page.keyboard.press("Tab")
    skip_link = page.evaluate("document.activeElement.textContent")
    page.keyboard.press("Enter")
    page.locator("#filter-q").focus()
    page.keyboard.type("women")
    for _ in range(3):  # past the stage facet's summary to its first checkbox
        page.keyboard.press("Tab")
    checked = page.evaluate("document.activeElement.name + '=' + document.activeElement.value")
    outline = page.evaluate("getComputedStyle(document.activeElement).outlineStyle")
    page.keyboard.press("Space")
    page.keyboard.press("Enter")
    page.wait_for_url("**/plans/?*")

    assert skip_link == "Skip to main content"
    assert checked == "stage=plan"
    assert outline == "solid"
    assert page.url.endswith("/plans/?q=women&stage=plan")


@pytest.fixture
def long_plan():
    """A plan with long answers in many sections, as the archive's longest are."""
    plan = make_plan(
        "A long plan with a long title that wraps over several lines on a phone",
        countries=["AZE", "KEN", "KGZ"],
        sdgs=[1, 5, 8, 10, 16, 17],
        thematic_areas=[f"theme {n}" for n in range(30)],
        methods=[f"method {n}" for n in range(15)],
        challenge="Women leave STEM careers. " * 60,
        learning_questions=["Why do they leave?", "What makes them stay?"],
        insights=["Mentors matter. " * 20] * 5,
        partners=[(f"Partner {n}", "academia") for n in range(5)],
    )
    PlanAnswer.objects.bulk_create(
        PlanAnswer(
            plan=plan,
            position=10 + n,
            section=f"Section {n // 5}",
            prompt="A prompt " * 20,
            text="An answer. " * 80,
        )
        for n in range(40)
    )
    return plan


def test_a_long_plan_shows_its_learning_questions_within_three_phone_screens(
    long_plan, live_server, browser
):
    page = browser.new_page(viewport={"width": 375, "height": 667})
    page.goto(live_server.url + long_plan.get_absolute_url())

    top = page.evaluate("document.getElementById('questions-heading').offsetTop")
    height = page.evaluate("window.innerHeight")
    total = page.evaluate("document.documentElement.scrollHeight")

    assert top < 3 * height, (top, height)
    assert total > 3 * height  # the page is long: the lead is what comes first
