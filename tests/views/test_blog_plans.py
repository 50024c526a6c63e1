"""A blog page leads to the plans that link to it, and to the plans of its country and theme."""

import re

import pytest
from django.urls import reverse

from records.blog_plans import Theme, named_themes
from records.importing import import_paths
from records.models import Blog
from tests.factories import DATA, make_blog, make_plan
from tests.views.html import card_titles

LINKS = DATA / "links"
KENYA_PLAN = (
    "Recovering from COVID 19: Towards a Social Protection Model for Informal Economy "
    "Workers in Kenya"
)


def test_named_themes_are_whole_words_folded():
    themes = [Theme("social protection", "sp"), Theme("Energía", "e"), Theme("art", "a")]
    text = "Experiments in SOCIAL-protection and energia; the start of it"
    assert named_themes(text, themes) == themes[:2]


@pytest.mark.django_db
def test_newest_kenya_blog_leads_in_one_click_to_plans_of_its_country_and_theme(client):
    import_paths([LINKS])
    listed = client.get(reverse("records:blog_list"), {"country": "KEN"})
    newest = re.search(r'<h3 class="card-title"><a href="([^"]*)">', listed.content.decode())
    response = client.get(newest[1])

    assert Blog.objects.get(slug=newest[1].strip("/").split("/")[-1]).title == (
        "From Novel to Norm: Experimentation at the Tipping Point"
    )
    assert "No plan links to it." in response.content.decode()
    assert card_titles(response) == [KENYA_PLAN]
    plan_url = re.search(r'<h3 class="card-title"><a href="([^"]*)">', response.content.decode())
    assert KENYA_PLAN in client.get(plan_url[1]).content.decode()
    theme_link = "/plans/?country=KEN&amp;theme=social-protection"
    assert f'<a href="{theme_link}">All plans of Kenya on social protection</a>' in (
        response.content.decode()
    )
    assert card_titles(client.get(theme_link.replace("&amp;", "&"))) == [KENYA_PLAN]


@pytest.mark.django_db
def test_blog_page_offers_plans_sharing_the_linking_plans_themes(client):
    blog = make_blog("Water news", country="KEN", body="About nothing in particular.")
    make_plan("Linking", countries=["KEN"], thematic_areas=["water"], blog_urls=[blog.source_url])
    make_plan("Older", year=2020, countries=["KEN"], thematic_areas=["water", "energy"])
    make_plan("One shared", year=2024, countries=["KEN"], thematic_areas=["water"])
    make_plan("Other theme", countries=["KEN"], thematic_areas=["energy"])
    make_plan("Other country", countries=["AZE"], thematic_areas=["water"])
    make_plan("Hidden", countries=["KEN"], thematic_areas=["water"], is_published=False)
    response = client.get(blog.get_absolute_url())
    assert card_titles(response) == ["Linking", "One shared", "Older"]
    assert "All plans of Kenya on water" in response.content.decode()
