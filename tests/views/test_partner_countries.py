"""A partner's countries, those of its published plans, on its card and its page."""

import re

import pytest
from pytest_django.asserts import assertContains, assertNotContains

from tests.factories import make_plan

pytestmark = pytest.mark.django_db


@pytest.fixture
def partner_plans():
    """ "Busy University" in two published plans, in Kenya and Azerbaijan, and in Azerbaijan
    and Uzbekistan, and in a hidden plan in Serbia; "Quiet Lab" in a plan in no country."""
    make_plan("Plan in two", countries=["KEN", "AZE"], partners=[("Busy University", "academia")])
    make_plan("Plan in two more", countries=["UZB", "AZE"], partners=[("Busy University", "")])
    make_plan(
        "Hidden plan", countries=["SRB"], partners=[("Busy University", "")], is_published=False
    )
    make_plan("Plan nowhere", partners=[("Quiet Lab", "other")])


def meta_lines(response):
    return re.findall(r'<p class="meta">(.*?)</p>', response.content.decode())


@pytest.mark.usefixtures("partner_plans")
def test_partner_card_names_the_countries_of_its_published_plans(client):
    response = client.get("/partners/")

    assert meta_lines(response) == [
        "<span>Academia</span> <span>2 plans</span> <span>Azerbaijan, Kenya, Uzbekistan</span>",
        "<span>Other</span> <span>1 plan</span>",
    ]


@pytest.mark.usefixtures("partner_plans")
def test_partner_card_of_a_list_filtered_by_country_names_that_country_then_counts_others(
    client,
):
    response = client.get("/partners/?sort=plans&country=UZB")

    assert meta_lines(response) == [
        "<span>Academia</span> <span>2 plans</span> <span>Uzbekistan</span>"
        " <span>also in 2 other countries</span>",
    ]


@pytest.mark.usefixtures("partner_plans")
def test_partner_card_filtered_by_a_theme_names_the_countries_of_the_matching_plans(client):
    make_plan("Waste in Mauritania", countries=["MRT"], thematic_areas=["waste management"])
    make_plan(
        "Waste again",
        countries=["MRT", "SEN"],
        thematic_areas=["waste management"],
        partners=[("Busy University", "")],
    )

    by_theme = client.get("/partners/?sector=academia&theme=waste-management")
    by_country = client.get("/partners/?theme=waste-management&region=western-africa&country=MRT")
    by_region = client.get("/partners/?region=western-africa&sdg=")
    # "Plan in two" is in Kenya and Azerbaijan: only Kenya is in Eastern Africa.
    east = client.get("/partners/?region=eastern-africa")

    assert meta_lines(by_theme) == [
        "<span>Academia</span> <span>3 plans</span> <span>Mauritania, Senegal</span>"
        " <span>also in 3 other countries</span>",
    ]
    assert meta_lines(east) == [
        "<span>Academia</span> <span>3 plans</span> <span>Kenya</span>"
        " <span>also in 4 other countries</span>",
    ]
    assert meta_lines(by_country) == [
        "<span>Academia</span> <span>3 plans</span> <span>Mauritania</span>"
        " <span>also in 4 other countries</span>",
    ]
    assert meta_lines(by_region) == [
        "<span>Academia</span> <span>3 plans</span> <span>Mauritania, Senegal</span>"
        " <span>also in 3 other countries</span>",
    ]


@pytest.mark.usefixtures("partner_plans")
def test_partner_page_links_the_countries_of_its_published_plans(client):
    response = client.get("/partners/busy-university/")

    assertContains(
        response,
        '<div><dt>Countries</dt><dd><a href="/partners/?country=AZE">Azerbaijan</a>, '
        '<a href="/partners/?country=KEN">Kenya</a>, '
        '<a href="/partners/?country=UZB">Uzbekistan</a></dd></div>',
        html=True,
    )
    assertContains(
        response,
        "the learning plans it worked on in Azerbaijan, Kenya, Uzbekistan.",
    )
    assertNotContains(response, "Serbia")


@pytest.mark.usefixtures("partner_plans")
def test_partner_page_of_plans_in_no_country_names_none(client):
    response = client.get("/partners/quiet-lab/")

    assertNotContains(response, "<dt>Countries</dt>")
    assertContains(response, "the learning plans it worked on.")
