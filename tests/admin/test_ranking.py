"""Admin search puts an exact title match first, then titles starting with the term."""

import pytest

from records.models import Blog, LearningPlan, Partner
from tests.admin.pages import changelist_url
from tests.factories import make_blog, make_plan

pytestmark = pytest.mark.django_db


def found(client, model, term, **params):
    response = client.get(changelist_url(model), {"q": term, **params})
    return [str(record) for record in response.context["cl"].result_list]


def test_plan_search_ranks_exact_then_prefix_title_matches_first(editor_client):
    for title, year in [
        ("Clean water access", 2024),
        ("Water for all", 2020),
        ("Rainwater harvest", 2023),
        ("Water", 2019),
    ]:
        make_plan(title, year=year)

    assert found(editor_client, LearningPlan, "water") == [
        "Water",
        "Water for all",
        "Clean water access",
        "Rainwater harvest",
    ]
    # Without a term the list keeps its usual order, newest year first.
    assert found(editor_client, LearningPlan, "") == [
        "Clean water access",
        "Rainwater harvest",
        "Water for all",
        "Water",
    ]


def test_blog_and_partner_search_rank_their_title_or_name(editor_client):
    for title in ["Youth jobs in Africa", "Jobs", "Jobs for youth"]:
        make_blog(title)
    make_plan("P", partners=[("Ministry of Jobs", "government"), ("Jobs Agency", "other")])
    make_plan("Q", partners=[("Jobs", "other")])

    assert found(editor_client, Blog, "jobs") == ["Jobs", "Jobs for youth", "Youth jobs in Africa"]
    assert found(editor_client, Partner, "JOBS") == ["Jobs", "Jobs Agency", "Ministry of Jobs"]
