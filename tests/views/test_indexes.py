"""The index pages: countries with the map, regions by bureau and by M49, SDGs, themes."""

import re

import pytest

from records import plan_counts
from records.models import Country
from records.world_map import LEFT_OUT, shade

pytestmark = pytest.mark.django_db

ENTRY = re.compile(r'<li><a href="([^"]*)">([^<]*)</a> <span class="count">(\d+)</span></li>')


def test_countries_index_lists_countries_with_published_plans(client, more):
    response = client.get("/countries/")

    html = response.content.decode()
    assert ENTRY.findall(html) == [
        ("/countries/arg/", "Argentina", "2"),
        ("/countries/aze/", "Azerbaijan", "1"),
        ("/countries/egy/", "Egypt", "1"),
        ("/countries/kgz/", "Kyrgyzstan", "1"),
    ]
    assert "Hidden" not in html


def test_map_shades_and_links_the_countries_with_published_plans(client, more):
    html = client.get("/countries/").content.decode()

    links = re.findall(r'<a href="([^"]*)" aria-label="([^"]*)"><path class="shade-(\d)"', html)
    assert sorted(links) == [
        ("/countries/arg/", "Argentina: 2 plans", "2"),
        ("/countries/aze/", "Azerbaijan: 1 plan", "1"),
        ("/countries/egy/", "Egypt: 1 plan", "1"),
        ("/countries/kgz/", "Kyrgyzstan: 1 plan", "1"),
    ]
    # Every other country with an outline is drawn, unshaded and not a link.
    drawn = Country.objects.exclude(map_shape="").exclude(code__in=LEFT_OUT).count()
    assert html.count('<path class="shade-0"') == drawn - 4
    assert '<title id="map-title">' in html


@pytest.mark.parametrize(
    ("count", "expected"), [(0, 0), (1, 1), (2, 2), (4, 2), (5, 3), (10, 4), (19, 4), (20, 5)]
)
def test_map_shade_by_count(count, expected):
    assert shade(count) == expected


def test_regions_index_groups_by_bureau_and_by_m49_region(client, more):
    response = client.get("/regions/")

    html = response.content.decode().replace("&amp;", "&")
    assert re.findall(r'<h3><a href="([^"]*)">([^<]*)</a> <span class="count">(\d+)', html) == [
        ("/plans/?country=EGY", "Arab States", "1"),
        ("/plans/?country=AZE&country=KGZ", "Europe and Central Asia", "2"),
        ("/plans/?country=ARG", "Latin America and the Caribbean", "2"),
    ]
    assert ENTRY.findall(html) == [
        ("/regions/northern-africa/", "Northern Africa", "1"),
        ("/regions/south-america/", "South America", "2"),
        ("/regions/central-asia/", "Central Asia", "1"),
        ("/regions/western-asia/", "Western Asia", "1"),
    ]


def test_sdgs_index_counts_published_plans_per_goal(client, more):
    html = client.get("/sdgs/").content.decode()

    found = re.findall(
        r'href="/sdgs/(\d+)/"><span class="sdg-name">[^<]*</span> '
        r'<span class="count">(\d+)',
        html,
    )
    assert [pair for pair in found if pair[1] != "0"] == [("5", "1"), ("6", "1"), ("8", "3")]
    assert len(found) == 17


def test_themes_index_lists_themes_of_published_plans(client, more):
    html = client.get("/themes/").content.decode()

    # The most used first (more than one plan), then every theme A to Z.
    assert re.findall(r'<a class="tag" href="([^"]*)">([^<]*) <span class="count">(\d+)', html) == [
        ("/themes/youth/", "youth", "2"),
        ("/themes/gender-focus/", "gender focus", "1"),
        ("/themes/water/", "water", "1"),
        ("/themes/youth/", "youth", "2"),
    ]


@pytest.mark.parametrize(
    ("url", "queries"),
    # /sdgs/: the data version, the counts, the goals (each listed, counted or not); /themes/:
    # the data version, the counts, the themes' other spellings (the filter box finds them).
    [("/countries/", 3), ("/regions/", 4), ("/sdgs/", 3), ("/themes/", 3)],
)
def test_index_pages_query_count(client, more, django_assert_num_queries, url, queries):
    with django_assert_num_queries(queries):
        client.get(url)


def test_bureau_counts_a_plan_once_per_bureau(more):
    assert [(bureau.label, n) for bureau, n, _ in plan_counts.bureaus()] == [
        ("Arab States", 1),
        ("Europe and Central Asia", 2),
        ("Latin America and the Caribbean", 2),
    ]


def test_home_map_and_its_list_count_published_plans_only(client, more):
    html = client.get("/").content.decode()

    assert re.findall(r'aria-label="([^"]*)"><path class="shade-', html) == [
        "Argentina: 2 plans",
        "Azerbaijan: 1 plan",
        "Egypt: 1 plan",
        "Kyrgyzstan: 1 plan",
    ]
    assert (
        'Most plans: <a href="/countries/arg/">Argentina</a> 2, <a href="/countries/aze/">'
        'Azerbaijan</a> 1, <a href="/countries/egy/">Egypt</a> 1, <a href="/countries/kgz/">'
        'Kyrgyzstan</a> 1. <a href="/countries/">All 4 countries with their counts</a>'
    ) in html


def test_every_page_has_a_description_and_share_preview(client, more):
    plan = more["plan"]
    html = client.get(plan.get_absolute_url()).content.decode()

    assert "<title>Women in STEM · Lab Knowledge</title>" in html
    assert '<meta property="og:title" content="Women in STEM">' in html
    description = (
        "Closing report (2023) from Azerbaijan: Our challenge is that women leave STEM careers."
    )
    assert f'<meta name="description" content="{description}">' in html
    assert f'<meta property="og:description" content="{description}">' in html
    for url in ("/", "/plans/", "/countries/", "/regions/", "/sdgs/", "/themes/"):
        page = client.get(url).content.decode()
        assert re.search(r'<meta property="og:description" content="[^"]{40,}">', page), url
