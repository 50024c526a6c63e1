"""The interface in English, French and Spanish: addresses, negotiation, the switcher, the
reference data's names and the page cache per language."""

import re

import pytest

from tests.factories import make_plan

pytestmark = pytest.mark.django_db

HTML_LANG = re.compile(r'<html lang="([\w-]+)"')


@pytest.fixture
def plan():
    return make_plan("Women in STEM", countries=["VNM"], sdgs=[1])


def lang(response) -> str:
    return HTML_LANG.search(response.content.decode()).group(1)


@pytest.mark.parametrize(
    ("prefix", "language", "sdg", "country"),
    [
        ("", "en", "1. No poverty", "Vietnam"),
        ("/fr", "fr", "1. Pas de pauvreté", "Viêt Nam"),
        ("/es", "es", "1. Fin de la pobreza", "Vietnam"),
    ],
)
def test_a_plan_page_in_each_language_names_its_reference_data_in_it(
    client, plan, prefix, language, sdg, country
):
    response = client.get(f"{prefix}/plans/{plan.slug}/")

    html = response.content.decode()
    assert lang(response) == language
    assert f">{sdg}</a>" in html
    assert f">{country}</a>" in html


@pytest.mark.parametrize("header", ["fr", "fr-FR,fr;q=0.9,en;q=0.5"])
def test_an_english_address_asked_for_in_french_redirects_to_the_french_one(client, header):
    response = client.get("/plans/?country=VNM&sort=title", HTTP_ACCEPT_LANGUAGE=header)

    assert response.status_code == 302
    assert response["Location"] == "/fr/plans/?country=VNM&sort=title"
    assert {"Accept-Language", "Cookie"} <= {v.strip() for v in response["Vary"].split(",")}
    assert lang(client.get(response["Location"])) == "fr"


def test_english_stays_at_the_root_without_a_redirect(client):
    response = client.get("/plans/", HTTP_ACCEPT_LANGUAGE="en-GB,fr;q=0.5")

    assert response.status_code == 200
    assert lang(response) == "en"


def test_an_en_prefix_chooses_english_and_leads_to_the_root(client):
    response = client.get("/en/plans/?q=water", HTTP_ACCEPT_LANGUAGE="es")

    assert response.status_code == 301
    assert response["Location"] == "/plans/?q=water"
    follow = client.get("/plans/?q=water", HTTP_ACCEPT_LANGUAGE="es")
    assert follow.status_code == 200
    assert lang(follow) == "en"


def test_the_switcher_keeps_the_page_and_its_filters(client, plan):
    page = client.get("/plans/?country=VNM&sort=title").content.decode()
    assert '<input type="hidden" name="next" value="/plans/?country=VNM&amp;sort=title">' in page
    assert '<button type="submit" name="language" value="es" lang="es">Español</button>' in page

    response = client.post(
        "/i18n/setlang/", {"language": "es", "next": "/plans/?country=VNM&sort=title"}
    )

    assert response.status_code == 302
    assert response["Location"] == "/es/plans/?country=VNM&sort=title"
    assert client.cookies["django_language"].value == "es"


def test_each_page_names_its_other_languages(client, plan):
    html = client.get(f"/fr/plans/{plan.slug}/").content.decode()

    alternates = re.findall(r'<link rel="alternate" hreflang="(\w+)" href="([^"]+)">', html)
    assert alternates == [
        ("en", f"http://testserver/plans/{plan.slug}/"),
        ("fr", f"http://testserver/fr/plans/{plan.slug}/"),
        ("es", f"http://testserver/es/plans/{plan.slug}/"),
    ]


def test_the_admin_follows_the_browsers_language(client):
    response = client.get("/admin/login/", HTTP_ACCEPT_LANGUAGE="fr")

    assert response.status_code == 200
    assert lang(response) == "fr"
    assert "Connexion" in response.content.decode()
