"""Records in their own language on pages in another: which language a card says, the lists'
language filter, and the facets, chips, dates and numbers in the interface's language."""

import datetime
import re

import pytest

from records.models import Blog, LearningPlan
from tests.factories import make_blog, make_plan

pytestmark = pytest.mark.django_db


@pytest.fixture
def plans():
    english = make_plan("Women in STEM", countries=["VNM"], sdgs=[1])
    french = make_plan("Femmes et sciences", countries=["SEN"], sdgs=[1, 5])
    LearningPlan.objects.filter(pk=french.pk).update(language="fr")
    return english, french


def card_of(html: str, title: str) -> str:
    return re.search(rf'<li class="card">(?:(?!</li>).)*{title}(?:(?!</li>).)*</li>', html, re.S)[0]


def test_a_card_says_the_records_language_when_the_interface_speaks_another(client, plans):
    english_page = client.get("/plans/").content.decode()
    french_page = client.get("/fr/plans/").content.decode()

    assert "In French" in card_of(english_page, "Femmes et sciences")
    assert '<h3 class="card-title" lang="fr">' in card_of(english_page, "Femmes et sciences")
    assert "badge-language" not in card_of(english_page, "Women in STEM")
    assert "badge-language" not in card_of(french_page, "Femmes et sciences")
    assert "En anglais" in card_of(french_page, "Women in STEM")


def test_the_lists_filter_by_the_records_language(client, plans):
    html = client.get("/plans/?language=fr").content.decode()

    assert "Femmes et sciences" in html and "Women in STEM" not in html
    assert 'name="language" value="fr" checked' in html
    assert "Language: French" in html  # the active filter's chip


def test_the_insight_and_blog_lists_filter_by_language_too(client, plans):
    blog = make_blog("Un blog", country="SEN")
    Blog.objects.filter(pk=blog.pk).update(language="fr")
    make_blog("A blog", country="SEN")

    blogs = client.get("/es/blogs/?language=fr").content.decode()

    assert "Un blog" in blogs and "A blog" not in blogs
    assert "Idioma: Francés" in blogs
    assert '<h3 class="card-title" lang="fr">' in client.get("/blogs/").content.decode()
    assert client.get("/insights/?language=es").status_code == 200


@pytest.mark.parametrize(
    ("prefix", "sdg", "country"),
    [("", "1. No poverty", "Vietnam"), ("/fr", "1. Pas de pauvreté", "Viêt Nam")],
)
def test_facet_values_and_chips_are_named_in_the_interfaces_language(
    client, plans, prefix, sdg, country
):
    html = client.get(f"{prefix}/plans/?sdg=1&country=VNM").content.decode()

    options = re.findall(r'> ([^<>]+) <span class="count">', html)
    assert sdg in options and country in options
    assert f": {sdg}" in html and f": {country}" in html  # the chips


def test_the_region_facet_and_the_facet_page_are_named_in_spanish(client, plans):
    html = client.get("/es/plans/facets/region/").content.decode()

    assert "África occidental" in html
    assert "Western Africa" not in html


def test_dates_and_counts_are_written_the_languages_way(client):
    make_blog("Un blog", published_on=datetime.date(2024, 3, 5))

    assert "5 March 2024" in client.get("/blogs/").content.decode()
    assert "5 mars 2024" in client.get("/fr/blogs/").content.decode()
    assert "5 de marzo de 2024" in client.get("/es/blogs/").content.decode()


def test_a_search_hit_says_the_records_language(client, plans):
    html = client.get("/search/?q=femmes").content.decode()

    assert "In French" in html
    assert '<h3 class="card-title" lang="fr">' in html


@pytest.mark.parametrize(
    ("prefix", "name"), [("/fr", "Pas de pauvreté"), ("/es", "Fin de la pobreza")]
)
@pytest.mark.parametrize("url", ["/", "/plans/", "/sdgs/", "/statistics/", "/sdgs/1/"])
def test_sdg_1_has_its_official_name_on_every_page_that_names_it(client, plans, prefix, name, url):
    html = client.get(f"{prefix}{url}").content.decode()

    assert name in html
    assert "No poverty" not in html
