"""The statistics page: its charts and the tables of their numbers count published plans."""

import re
from urllib.parse import urlencode

import pytest
from django.http import QueryDict

from records.filters import PlanFilter
from tests.factories import make_plan

pytestmark = pytest.mark.django_db


def tables(html):
    """{chart heading: [(row label, numbers...)]} of every chart table."""
    result = {}
    for heading, body in re.findall(
        r'<h2 id="chart-[^"]*">([^<]*)</h2>.*?<tbody>(.*?)</tbody>', html, re.S
    ):
        rows = re.findall(
            r"<tr><th scope=\"row\">(?:<a [^>]*>)?([^<]*)(?:</a>)?</th>(.*?)</tr>", body
        )
        result[heading] = [
            (label, *map(int, re.findall(r'<td class="number">(\d+)</td>', cells)))
            for label, cells in rows
        ]
    return result


def chart_html(html, slug):
    return re.search(rf'aria-labelledby="chart-{slug}">(.*?)</section>', html, re.S).group(1)


def test_statistics_count_published_plans_only(client, more):
    html = client.get("/statistics/").content.decode()

    found = tables(html)
    assert found["Per year"] == [("2022", 1, 0, 1), ("2023", 2, 1, 3)]
    assert found["Per region (UNDP regional bureau)"] == [
        ("Arab States", 1),
        ("Europe and Central Asia", 2),
        ("Latin America and the Caribbean", 2),
    ]
    assert [row for row in found["Per Sustainable Development Goal"] if row[1]] == [
        ("5. Gender equality", 1),
        ("6. Clean water and sanitation", 1),
        ("8. Decent work and economic growth", 3),
    ]
    assert found["The 10 most used methods"] == [("Sensemaking", 1)]
    assert found["The 10 most used data sources"] == [("press", 1)]
    assert "Hidden" not in html
    # Bars as long as their numbers say, the largest of a chart the full width (352): per
    # year 1 plan; 2 plans then 1 closing report stacked after them; per region 1, 2, 2.
    bars = [
        bar
        for slug in ("years", "regions")
        for bar in re.findall(
            r'<rect class="series-(\d)" x="([\d.]+)" y="18" width="([\d.]+)"',
            chart_html(html, slug),
        )
    ]
    assert bars[:6] == [
        ("0", "0.0", "117.3"),
        ("0", "0.0", "234.7"),
        ("1", "234.7", "117.3"),
        ("0", "0.0", "176.0"),
        ("0", "0.0", "352.0"),
        ("0", "0.0", "352.0"),
    ]


def test_statistics_query_count(client, more, django_assert_num_queries):
    # The data version, the charts (two queries for the regions, two for the SDGs: their
    # counts through the cycles, and the goals), the country × year table.
    with django_assert_num_queries(9):
        client.get("/statistics/")


@pytest.fixture
def climate(db):
    """Climate plans in three countries and two years, one outside the filtered region, a
    plan on another theme, and a hidden climate plan."""
    make_plan("Heat in Baku", year=2022, countries=["AZE"], thematic_areas=["climate change"])
    make_plan("Floods in Baku", year=2023, countries=["AZE"], thematic_areas=["climate change"])
    make_plan(
        "Steppe", stage="closing", countries=["KAZ", "AZE"], thematic_areas=["climate change"]
    )
    make_plan("Dakar heat", year=2021, countries=["SEN"], thematic_areas=["climate change"])
    make_plan("Baku jobs", countries=["AZE"], thematic_areas=["youth"])
    make_plan(
        "Hidden heat", countries=["AZE"], thematic_areas=["climate change"], is_published=False
    )


def country_year_rows(html):
    body = re.search(
        r'<table class="chart-table country-years">.*?<tbody>(.*?)</tbody>', html, re.S
    )
    return [
        (name, [re.sub(r"<[^>]+>", "", cell) for cell in re.findall(r"<td[^>]*>(.*?)</td>", cells)])
        for name, cells in re.findall(r'<tr><th scope="row">([^<]*)</th>(.*?)</tr>', body.group(1))
    ]


FILTER = {"theme": "climate-change", "region": "central-asia"}


def test_statistics_count_the_filtered_plans_as_the_list_does(client, climate):
    html = client.get("/statistics/", FILTER).content.decode()

    found = tables(html)
    facets = {
        facet.name: {option.label: option.count for option in facet.options}
        for facet in PlanFilter(QueryDict(urlencode(FILTER))).facet_counts(["country", "year"])
    }
    assert found["Per year"] == [("2023", 0, 1, 1)]
    assert found["Per country"] == [("Azerbaijan", 1), ("Kazakhstan", 1)]
    assert "Per Sustainable Development Goal" not in found  # no table: none has a goal
    assert {label: n for label, n in found["Per country"]} == {
        label: n for label, n in facets["country"].items() if n
    }
    assert {label: p + c for label, p, c, _ in found["Per year"]} == {
        label: n for label, n in facets["year"].items() if n
    }
    assert "The 1 published plan or closing report matching" in html
    assert "<li><strong>Region:</strong> Central Asia</li>" in html
    assert "<li><strong>Theme:</strong> climate change</li>" in html
    assert "None of these plans has one." in html


def test_statistics_country_by_year_table_links_each_count_to_its_plans(client, climate):
    html = client.get("/statistics/", {"theme": "climate-change"}).content.decode()

    assert re.findall(
        r'<th scope="col" class="number">(\w+)</th>', html.split("country-years")[-1]
    ) == [
        "2021",
        "2022",
        "2023",
        "Total",
    ]
    assert country_year_rows(html) == [
        ("Azerbaijan", ["–", "1", "2", "3"]),
        ("Kazakhstan", ["–", "–", "1", "1"]),
        ("Senegal", ["1", "–", "–", "1"]),
    ]
    assert '<a href="/plans/?theme=climate-change&amp;country=AZE&amp;year=2023">2</a>' in html
    assert '<a href="/plans/?theme=climate-change&amp;country=SEN">1</a>' in html
    list_html = client.get("/plans/", {"theme": "climate-change", "country": "AZE", "year": "2023"})
    assert "2 results" in list_html.content.decode()


def test_statistics_of_a_country_list_only_that_country(client, climate):
    html = client.get(
        "/statistics/", {"country": "AZE", "theme": "climate-change"}
    ).content.decode()

    assert [name for name, _ in country_year_rows(html)] == ["Azerbaijan"]


def test_statistics_with_a_malformed_filter_is_a_400(client, climate):
    response = client.get("/statistics/", {"year": "abc"})

    assert response.status_code == 400
    assert "Some filter values are not valid" in response.content.decode()
    assert "chart-years" not in response.content.decode()


def test_plan_list_links_to_the_statistics_of_its_filters(client, climate):
    html = client.get("/themes/climate-change/", {"region": "central-asia"}).content.decode()

    assert '<a href="/statistics/?region=central-asia&amp;theme=climate-change">' in html


@pytest.mark.parametrize("plans", [1, 12])
def test_statistics_filtered_query_count(client, django_assert_num_queries, plans):
    for n in range(plans):
        make_plan(
            f"Plan {n}",
            year=2020 + n % 3,
            countries=["AZE", "KEN"][: 1 + n % 2],
            thematic_areas=["water"],
        )

    # The data version, the names of the country and the theme, the filtered count, the
    # charts (two for the regions, two for the SDGs), the table.
    with django_assert_num_queries(12):
        response = client.get("/statistics/", {"theme": "water", "country": "AZE"})

    assert f"The {plans} published plan" in response.content.decode()


def test_statistics_take_the_lists_text_query(client, climate):
    html = client.get("/statistics/", {"q": "Baku", "theme": "climate-change"}).content.decode()

    assert tables(html)["Per year"] == [("2022", 1, 0, 1), ("2023", 1, 0, 1)]
    assert "<li><strong>Search:</strong> Baku</li>" in html
