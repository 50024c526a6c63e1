"""Facets that fit a page: the most frequent values and the ticked ones on the list, every
value on the facet's own page."""

import re

import pytest

from tests.factories import make_plan, make_plans
from tests.views.html import chip_links

pytestmark = pytest.mark.django_db


def themed_plans(count):
    """`count` published plans on `count` themes: plan K has the themes K and up, so "theme NN"
    is on NN + 1 plans and the most frequent are the highest numbers. A hidden plan has a
    theme of its own and "theme 00"."""
    make_plans(
        {
            "title": f"Plan {k:02d}",
            "thematic_areas": [f"theme {n:02d}" for n in range(k, count)],
            "sdgs": [5],
        }
        for k in range(count)
    )
    make_plan("Hidden", thematic_areas=["secret theme", "theme 00"], is_published=False)


def facet_values(html, name):
    """(value, count) of each checkbox of the parameter `name`, in page order."""
    return re.findall(
        rf'<input type="checkbox" name="{name}" value="([^"]*)"[^>]*> [^<]* '
        r'<span class="count">(\d+)</span>',
        html,
    )


def test_list_page_shows_a_facets_top_ten_values_and_a_link_to_all(client):
    themed_plans(15)

    html = client.get("/plans/?sdg=5").content.decode()

    assert facet_values(html, "theme") == [(f"theme-{n:02d}", str(n + 1)) for n in range(14, 4, -1)]
    assert facet_values(html, "sdg") == [("5", "15")]
    assert '<a href="/plans/facets/theme/?sdg=5">Show all 15<' in html
    assert "/plans/facets/sdg/" not in html


def test_list_page_shows_a_selected_value_beyond_the_top_ten(client):
    themed_plans(15)

    html = client.get("/plans/?theme=theme-00").content.decode()

    values = facet_values(html, "theme")
    assert len(values) == 11
    assert values[0] == ("theme-00", "1")
    assert 'value="theme-00" checked>' in html


def test_list_page_shows_a_facet_of_twelve_values_whole(client):
    themed_plans(12)

    html = client.get("/plans/").content.decode()

    assert len(facet_values(html, "theme")) == 12
    assert "Show all" not in html


def test_facet_page_lists_every_value_counted_under_the_other_filters(client):
    themed_plans(15)
    make_plan("Other goal", thematic_areas=["theme 14", "elsewhere"], sdgs=[6])

    response = client.get("/plans/facets/theme/?sdg=5&sort=title")

    html = response.content.decode()
    assert response.status_code == 200
    expected = [(f"theme-{n:02d}", str(n + 1)) for n in range(14, -1, -1)]
    assert facet_values(html, "theme") == expected
    assert "<h1>Theme: all 15 values</h1>" in html
    assert '<form class="filter-form facet-page" method="get" action="/plans/">' in html
    facet_form = html.split('<form class="filter-form facet-page"')[1].split("</form>")[0]
    assert re.findall(r'<input type="hidden" name="(\w+)" value="([^"]*)">', facet_form) == [
        ("sdg", "5"),
        ("sort", "title"),
    ]
    assert '<a href="/plans/?sdg=5&amp;sort=title">Back to the list</a>' in html
    assert "secret" not in html
    assert 'id="option-filter"' not in html  # 15 values need no filter box


def test_facet_page_keeps_its_own_ticked_values_and_offers_a_filter_box_past_30(client):
    themed_plans(31)

    html = client.get("/plans/facets/theme/?theme=theme-03").content.decode()

    values = facet_values(html, "theme")
    assert len(values) == 31
    assert 'value="theme-03" checked>' in html
    assert 'name="theme" value="theme-03">' not in html.split("<fieldset>")[0]  # not hidden too
    assert '<div class="field option-filter" hidden>' in html


def test_facet_page_of_a_list_read_through_the_plan(client):
    make_plan("Report", stage="closing", thematic_areas=["youth"], insights=["One.", "Two."])
    make_plan("Hidden report", thematic_areas=["youth"], insights=["H."], is_published=False)

    html = client.get("/insights/facets/theme/").content.decode()

    assert facet_values(html, "theme") == [("youth", "2")]
    assert '<form class="filter-form facet-page" method="get" action="/insights/">' in html


def test_facet_page_of_an_unknown_facet_is_404(client):
    assert client.get("/plans/facets/colour/").status_code == 404
    assert client.get("/blogs/facets/theme/").status_code == 404


def test_facet_page_with_a_malformed_filter_is_400_with_no_values(client):
    themed_plans(2)

    response = client.get("/plans/facets/theme/?sdg=abc")

    assert response.status_code == 400
    assert facet_values(response.content.decode(), "theme") == []


@pytest.mark.parametrize("themes", [1, 40])
def test_facet_page_query_count(client, django_assert_num_queries, themes):
    themed_plans(themes)

    with django_assert_num_queries(2):  # the data version, the facet's counts
        response = client.get("/plans/facets/theme/?sdg=5")

    assert len(facet_values(response.content.decode(), "theme")) == themes


def test_chips_and_options_name_values_nothing_matches(client):
    make_plan("Women in STEM", countries=["AZE"], sdgs=[5], thematic_areas=["gender focus"])
    make_plan("Hidden", thematic_areas=["secret theme"], is_published=False)

    response = client.get("/plans/?theme=gender-focus&country=ARM&sdg=4&q=nothing+matches")

    assert set(chip_links(response)) == {
        "Search: nothing matches",
        "Theme: gender focus",
        "Country: Armenia",
        "SDG: 4. Quality education",
    }
    html = response.content.decode()
    assert 'value="ARM" checked> Armenia <span class="count">0</span>' in html
