"""The statistics page: its charts and the tables of their numbers count published plans."""

import re

import pytest

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
    bars = re.findall(r'<rect class="series-(\d)" x="([\d.]+)" y="18" width="([\d.]+)"', html)
    assert bars[:6] == [
        ("0", "0.0", "117.3"),
        ("0", "0.0", "234.7"),
        ("1", "234.7", "117.3"),
        ("0", "0.0", "176.0"),
        ("0", "0.0", "352.0"),
        ("0", "0.0", "352.0"),
    ]


def test_statistics_query_count(client, more, django_assert_num_queries):
    with django_assert_num_queries(7):
        client.get("/statistics/")
