"""Home and detail pages over the rows each test makes: related plans and query counts."""

import datetime

import pytest

from records.blog_plans import RELATED_PLANS
from tests.factories import make_blog, make_plan
from tests.views.html import CARD_TITLE, card_titles

pytestmark = pytest.mark.django_db


def test_home_query_count_does_not_grow_with_records(client, django_assert_num_queries):
    make_plan("Only plan", stage="closing", countries=["AZE"], sdgs=[5], thematic_areas=["a"])
    make_blog("Only blog", published_on=datetime.date(2023, 1, 1), authors=[("A", "")])
    make_plan("Hidden plan", stage="closing", countries=["KEN"], sdgs=[6], is_published=False)
    # Its entry points (SDGs, regions, themes) are counted together, in one query.
    with django_assert_num_queries(11):
        response = client.get("/")
    assert card_titles(response) == ["Only plan", "Only blog"]

    for n in range(20):
        make_plan(f"Plan {n}", stage="closing", countries=["KEN"], sdgs=[n % 17 + 1])
        make_blog(f"Blog {n}", published_on=datetime.date(2023, 1, 2), authors=[("B", "")])
    with django_assert_num_queries(11):
        client.get("/")


def test_plan_page_relates_plans_by_shared_goals_themes_and_country(client):
    plan = make_plan("Subject", countries=["AZE"], sdgs=[5, 8], thematic_areas=["gender", "jobs"])
    make_plan("All three", year=2020, countries=["AZE"], sdgs=[5, 8], thematic_areas=["gender"])
    make_plan("Two goals", year=2021, sdgs=[5, 8])
    make_plan("One theme, newer", year=2024, thematic_areas=["jobs"])
    make_plan("One theme", year=2022, thematic_areas=["jobs"])
    make_plan("Country only", year=2019, countries=["AZE"])
    make_plan("Same country, hidden", countries=["AZE"], sdgs=[5, 8], is_published=False)
    make_plan("Nothing shared", countries=["KEN"], sdgs=[1])

    response = client.get(plan.get_absolute_url())

    related = response.content.decode().split('id="related-heading"')[1]
    assert CARD_TITLE.findall(related) == [
        "All three",
        "Two goals",
        "One theme, newer",
        "One theme",
        "Country only",
    ]


def test_plan_page_query_count_is_the_same_at_1_and_20_rows(client, django_assert_num_queries):
    def plan_with(n):
        return make_plan(
            f"Plan with {n}",
            countries=["AZE", "KEN"][: min(n, 2)],
            sdgs=list(range(1, n + 1))[:17],
            thematic_areas=[f"theme {i}" for i in range(n)],
            methods=[f"method {i}" for i in range(n)],
            data_sources=[f"source {i}" for i in range(n)],
            learning_questions=[f"Question {i}?" for i in range(n)],
            insights=[f"Insight {i}." for i in range(n)],
            partners=[(f"Partner {i}", "academia") for i in range(n)],
            blog_urls=[f"https://example.org/{n}/{i}" for i in range(n)],
        )

    small, large = plan_with(1), plan_with(20)
    make_plan("Hidden relative", countries=["AZE"], sdgs=[1], is_published=False)
    # 15: one query is the plan's published closing reports (its learning cycle).
    for plan in (small, large):
        with django_assert_num_queries(15):
            response = client.get(plan.get_absolute_url())
        assert response.status_code == 200


def test_blog_page_query_count_is_the_same_at_1_and_20_rows(client, django_assert_num_queries):
    blog = make_blog(
        "Linked", published_on=datetime.date(2023, 1, 1), country="AZE", authors=[("A", "")]
    )
    make_plan("Linking 0", countries=["AZE"], thematic_areas=["water"], blog_urls=[blog.source_url])
    make_plan("Hidden linking", countries=["AZE"], blog_urls=[blog.source_url], is_published=False)
    make_plan("Same theme 0", countries=["AZE"], thematic_areas=["water", "waste"])
    # Data version, blog, its authors, the linking plans and their countries, their themes,
    # the themes of its country's plans, the cards of those sharing one and their countries.
    with django_assert_num_queries(9):
        response = client.get(blog.get_absolute_url())
    assert card_titles(response) == ["Linking 0", "Same theme 0"]

    for n in range(1, 20):
        make_plan(f"Linking {n}", countries=["AZE", "KEN"], blog_urls=[blog.source_url])
        make_plan(f"Same theme {n}", countries=["AZE"], thematic_areas=["water"])
    with django_assert_num_queries(9):
        response = client.get(blog.get_absolute_url())
    assert len(card_titles(response)) == 20 + RELATED_PLANS


def test_partner_page_query_count_is_the_same_at_1_and_30_rows(client, django_assert_num_queries):
    make_plan("Plan 0", countries=["AZE"], partners=[("Busy", "academia")])
    make_plan("Hidden plan", countries=["AZE"], partners=[("Busy", "academia")], is_published=False)
    # Data version, partner, its plans' count, one page of them, their countries, the
    # countries of all its plans.
    with django_assert_num_queries(6):
        client.get("/partners/busy/")
    for n in range(1, 30):
        make_plan(f"Plan {n}", countries=["AZE", "KEN"], partners=[("Busy", "academia")])
    with django_assert_num_queries(6):
        response = client.get("/partners/busy/?page=2")
    assert len(card_titles(response)) == 10
