import os
import shutil

import pytest

from tests.factories import make_linked_blogs, make_plan, shared_rows


@pytest.fixture(scope="module")
def site(django_db_setup, django_db_blocker):
    """A published closing report with everything filled, a hidden plan sharing its country,
    SDG and blog, a published and a hidden blog. Built once per module; tests only read it
    (what a test writes is rolled back after it)."""
    with shared_rows(django_db_blocker):
        blog, hidden_blog = make_linked_blogs(
            body="First paragraph, see https://example.org/report.\n\nSecond paragraph.",
            hidden_country="AZE",
        )
        plan = make_plan(
            "Women in STEM",
            stage="closing",
            year=2023,
            countries=["AZE"],
            sdgs=[5, 8],
            thematic_areas=["gender focus"],
            methods=["Sensemaking"],
            data_sources=["press"],
            challenge="Our challenge is that women leave STEM careers.",
            learning_questions=["Why do they leave?"],
            insights=["Mentors matter.", "Role models matter."],
            partners=[("Baku State University", "academia")],
            blog_urls=[
                blog.source_url,
                hidden_blog.source_url,
                "https://example.org/not-imported",
            ],
        )
        other = make_plan(
            "Youth jobs",
            year=2022,
            countries=["KGZ"],
            sdgs=[8],
            thematic_areas=["youth"],
            challenge="Young people cannot find work.",
        )
        hidden = make_plan(
            "Hidden plan",
            stage="closing",
            countries=["AZE"],
            sdgs=[5],
            thematic_areas=["gender focus"],
            insights=["Hidden insight."],
            partners=[("Baku State University", "academia"), ("Hidden Partner", "other")],
            blog_urls=[blog.source_url],
            is_published=False,
        )
        yield {
            "plan": plan,
            "other": other,
            "hidden": hidden,
            "blog": blog,
            "hidden_blog": hidden_blog,
        }


@pytest.fixture
def more(site):
    """Two more published plans (one in two bureaus) and a hidden one in Egypt."""
    make_plan("Water in Cairo", countries=["EGY", "ARG"], sdgs=[6], thematic_areas=["water"])
    make_plan("Markets", countries=["ARG"], sdgs=[8], thematic_areas=["Youth"])
    make_plan("Hidden in Cairo", countries=["EGY"], sdgs=[6], is_published=False)
    return site


# Headless Chromium for the tests marked `browser`: Debian's `chromium` package and the
# playwright package (requirements-dev.txt). CHROMIUM names the binary.
CHROMIUM = os.environ.get("CHROMIUM", "/usr/bin/chromium")
CHROMIUM_ARGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--no-first-run",
]


@pytest.fixture
def browser():
    """Headless Chromium. Request it after any fixture that writes to the database: while
    Playwright runs, Django refuses database calls from the test's thread."""
    if not shutil.which(CHROMIUM):
        pytest.fail(f"no Chromium at {CHROMIUM}: apt-get install chromium, or set CHROMIUM")
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        chromium = playwright.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        yield chromium
        chromium.close()
