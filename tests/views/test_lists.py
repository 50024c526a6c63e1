import csv
import io
import re

import pytest
from django.utils.html import escape
from pytest_django.asserts import assertContains, assertNotContains

from tests.factories import FOCAL_POINT, make_plan
from tests.views.html import card_titles, chip_links

pytestmark = pytest.mark.django_db


def test_plan_list_shows_published_plans_with_facets(client, site):
    response = client.get("/plans/")

    assert response.status_code == 200
    assert card_titles(response) == ["Women in STEM", "Youth jobs"]
    assertContains(response, '<h2 id="results-heading" class="results-count">2 plans</h2>')
    assertContains(
        response,
        '<li><label><input type="checkbox" name="country" value="AZE"> Azerbaijan '
        '<span class="count">1</span></label></li>',
        html=True,
    )
    assertContains(
        response,
        '<li><label><input type="checkbox" name="sdg" value="8"> 8. Decent work and economic '
        'growth <span class="count">2</span></label></li>',
        html=True,
    )
    assertContains(response, "Our challenge is that women leave STEM careers.")
    assertNotContains(response, "Hidden")
    assertNotContains(response, FOCAL_POINT)


def test_plan_list_filters_and_shows_removable_chips(client, site):
    response = client.get("/plans/?sdg=8&country=AZE&q=women")

    assert card_titles(response) == ["Women in STEM"]
    assertContains(
        response,
        '<input type="checkbox" name="country" value="AZE" checked>',
    )
    assert chip_links(response) == {
        "Search: women": "/plans/?sdg=8&country=AZE",
        "Country: Azerbaijan": "/plans/?sdg=8&q=women",
        "SDG: 8. Decent work and economic growth": "/plans/?country=AZE&q=women",
    }
    assertContains(response, 'href="/plans/?sdg=8&amp;country=AZE&amp;q=women&amp;format=csv"')
    assertContains(response, 'href="/plans/?sdg=8&amp;country=AZE&amp;q=women&amp;format=json"')


def test_plan_list_removing_the_last_chip_gives_the_whole_list(client, site):
    response = client.get("/plans/?sdg=5&sdg=8")

    assert chip_links(response) == {
        "SDG: 5. Gender equality": "/plans/?sdg=8",
        "SDG: 8. Decent work and economic growth": "/plans/?sdg=5",
    }
    response = client.get("/plans/?sdg=5")
    assert chip_links(response) == {"SDG: 5. Gender equality": "/plans/"}


def test_plan_list_sort_form_keeps_the_filters(client, site):
    response = client.get("/plans/?sdg=8&q=women&sort=title")

    assertContains(response, '<input type="hidden" name="sdg" value="8">', count=1)
    assertContains(response, '<input type="hidden" name="q" value="women">', count=1)
    assertContains(response, '<option value="title" selected>Title A–Z</option>', html=True)
    # The filter form carries the chosen sort along.
    assertContains(response, '<input type="hidden" name="sort" value="title">', count=1)


def test_plan_list_sort_menu_marks_best_match_for_a_text_query(client, site):
    response = client.get("/plans/?q=women")

    assertContains(response, '<option value="relevance" selected>Best match</option>', html=True)
    assertContains(response, '<option value="newest">Newest first</option>', html=True)
    assertNotContains(response, 'name="sort" value=')


@pytest.mark.parametrize(
    "url",
    [
        "/plans/?sdg=abc",
        "/plans/?year=abc",
        "/plans/?country=AZERB",
        "/plans/?sort=random",
        "/plans/?stage=draft&sdg=5",
        "/insights/?sdg=99",
        "/partners/?sector=pirates",
        "/blogs/?kind=video",
        "/blogs/?year=-1",
        "/countries/aze/?sdg=abc",
    ],
)
def test_list_page_answers_a_malformed_filter_with_400_and_no_results(client, site, url):
    response = client.get(url)

    assert response.status_code == 400
    assert card_titles(response) == []
    assertContains(response, "Some filter values are not valid", status_code=400)


@pytest.mark.parametrize(
    ("url", "status"),
    [
        ("/plans/?country=ZZZ", 200),
        ("/plans/?theme=no-such-theme", 200),
        ("/plans/?q=%00", 400),
        ("/plans/?q=" + "%F0%9F%A6%8A" * 10, 200),
        ("/plans/?q=%22unclosed", 200),
        ("/plans/?q=a%20%26%20%7C%20!", 200),
        ("/plans/?page=abc", 400),
        ("/plans/?page=" + "9" * 5000, 400),
        ("/plans/?page=99", 404),
        ("/plans/?format=xml", 400),
        ("/insights/?country=zz%27", 400),
        ("/blogs/?q=%27%3B%20DROP%20TABLE", 200),
    ],
)
def test_list_page_never_fails_on_odd_input(client, site, url, status):
    assert client.get(url).status_code == status


@pytest.mark.parametrize(
    ("url", "expected"),
    [
        ("/insights/", ["Mentors matter.", "Role models matter."]),
        ("/insights/?sdg=5", ["Mentors matter.", "Role models matter."]),
        ("/insights/?country=KGZ", []),
    ],
)
def test_insight_list_shows_insights_of_published_plans(client, site, url, expected):
    response = client.get(url)

    html = response.content.decode()
    assert re.findall(r'<div class="insight-text"><p>([^<]*)</p></div>', html) == expected
    assertNotContains(response, "Hidden insight")
    if expected:
        assertContains(
            response, f'href="/plans/women-in-stem/#insight-{site["plan"].insights.first().pk}"'
        )


def test_partner_list_shows_partners_of_published_plans(client, site):
    response = client.get("/partners/")

    assert card_titles(response) == ["Baku State University"]
    assertContains(response, "<span>Academia</span> <span>1 plan</span>", html=True)
    assertNotContains(response, "Hidden Partner")


def test_blog_list_shows_published_blogs(client, site):
    response = client.get("/blogs/?country=AZE")

    assert card_titles(response) == ["Women who code"]
    assertContains(response, '<time datetime="2023-05-17">17 May 2023</time>')
    assertContains(response, "By Leyla Seyidzade, Nargiz Guliyeva")
    assertNotContains(response, "Hidden blog")


@pytest.mark.parametrize(
    ("url", "section"),
    [("/plans/", "plans"), ("/insights/", "insights"), ("/partners/", "partners")]
    + [("/blogs/", "blogs"), ("/countries/aze/", "plans")],
)
def test_list_page_marks_its_section_in_the_navigation(client, site, url, section):
    nav = client.get(url).content.decode().split('<nav aria-label="Main">')[1].split("</nav>")[0]

    assert re.findall(r'<a href="/([a-z]+)/" aria-current="page">', nav) == [section]


def test_list_download_gives_the_filtered_list(client, site):
    make_plan("Second STEM plan", year=2021, countries=["AZE"], sdgs=[5])
    page = client.get("/countries/aze/?sdg=5")

    response = client.get("/countries/aze/?sdg=5&format=csv")

    rows = list(
        csv.DictReader(io.StringIO(b"".join(response.streaming_content).decode("utf-8-sig")))
    )
    assert (
        [row["title"] for row in rows]
        == card_titles(page)
        == [
            "Women in STEM",
            "Second STEM plan",
        ]
    )


# -- filtered views with their own URL ---------------------------------------------------------


@pytest.mark.parametrize(
    ("url", "same_as", "heading"),
    [
        ("/countries/aze/", "/plans/?country=AZE", "Plans in Azerbaijan"),
        ("/regions/central-asia/", "/plans/?region=central-asia", "Plans in Central Asia"),
        ("/sdgs/8/", "/plans/?sdg=8", "Plans on SDG 8: Decent work and economic growth"),
        ("/themes/youth/", "/plans/?theme=youth", "Plans on youth"),
    ],
)
def test_filtered_view_is_the_plan_list_with_its_filter(client, site, url, same_as, heading):
    response = client.get(url)

    assert card_titles(response) == card_titles(client.get(same_as))
    assert card_titles(response) != []
    assertContains(response, f"<h1>{heading}</h1>", count=1, html=True)
    # Its facets submit to the plan list, with the view's own filter ticked.
    assertContains(response, '<form class="filter-form" method="get" action="/plans/">')


def test_country_view_filter_comes_from_the_url(client, site):
    response = client.get("/countries/aze/?country=KGZ")

    assert card_titles(response) == ["Women in STEM"]
    assert chip_links(response) == {"Country: Azerbaijan": "/plans/"}


@pytest.mark.parametrize(
    "url", ["/countries/zzz/", "/regions/atlantis/", "/sdgs/18/", "/themes/nope/"]
)
def test_filtered_view_of_an_unknown_value_is_not_found(client, site, url):
    response = client.get(url)

    assert response.status_code == 404
    assertContains(response, "<h1>Page not found</h1>", status_code=404)


@pytest.mark.parametrize(
    ("url", "order"),
    [
        ("/plans/", "the latest year first, then A–Z by title"),
        ("/insights/", "their plan's latest year first, then by plan title"),
        ("/partners/", "A–Z by name"),
        ("/blogs/", "the latest first (by date, else year), then A–Z by title"),
    ],
)
def test_list_page_states_its_default_order(client, db, url, order):
    html = client.get(url).content.decode()

    assert (
        f"Unless you choose another order, listed {escape(order)}; a search lists the best "
        "matches first." in html
    )
