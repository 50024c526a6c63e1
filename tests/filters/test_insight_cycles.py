"""Insights found through their learning cycle: a closing report's insights carry the SDGs,
themes, methods and data sources of the plan it closes as well as its own, on the list, its
facets, its downloads and the API."""

import csv
import io

import pytest
from django.http import QueryDict

from records.enums import CycleSource
from records.filters import InsightFilter
from records.models import LearningPlan
from tests.factories import make_plan, shared_rows
from tests.filters.results import facet

pytestmark = pytest.mark.django_db


def closing(title, plan, **fields):
    report = make_plan(title, stage="closing", countries=["KEN"], **fields)
    LearningPlan.objects.filter(pk=report.pk).update(closes=plan, closes_source=CycleSource.MATCHED)
    return report


@pytest.fixture(scope="module")
def cycles(django_db_setup, django_db_blocker):
    """A climate plan closed by a report with no tags of its own; a report tagged 5 closing
    an untagged plan; an unjoined report; and a hidden report closing a climate plan."""
    with shared_rows(django_db_blocker):
        heat = make_plan(
            "Urban heat",
            countries=["KEN"],
            sdgs=[13],
            thematic_areas=["climate"],
            methods=["Sensemaking"],
            data_sources=["satellite imagery"],
        )
        closing("Closing: Urban heat", heat, insights=["Heat maps convince mayors."])
        gender = make_plan("Women traders", countries=["KEN"])
        closing("Closing: Women traders", gender, sdgs=[5], insights=["Traders want credit."])
        make_plan("Unjoined", stage="closing", countries=["KEN"], insights=["Alone."])
        hidden_plan = make_plan("Floods", countries=["KEN"], sdgs=[13])
        hidden = closing("Closing: Floods", hidden_plan, insights=["Hidden insight."])
        LearningPlan.objects.filter(pk=hidden.pk).update(is_published=False)
        yield


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        ("sdg=13", ["Heat maps convince mayors."]),
        ("sdg=5", ["Traders want credit."]),
        ("sdg=5&sdg=13", ["Heat maps convince mayors.", "Traders want credit."]),
        ("theme=climate", ["Heat maps convince mayors."]),
        ("method=sensemaking", ["Heat maps convince mayors."]),
        ("data_source=satellite-imagery", ["Heat maps convince mayors."]),
        ("sdg=13&theme=climate", ["Heat maps convince mayors."]),
        ("sdg=13&sdg=5&theme=climate", ["Heat maps convince mayors."]),
        ("sdg=7", []),
    ],
)
def test_insights_filter_by_their_cycle(cycles, query, expected):
    filterset = InsightFilter(data=QueryDict(query))
    assert sorted(insight.text for insight in filterset.qs) == expected


def test_insight_facets_count_each_insight_once_per_cycle_value(cycles):
    filterset = InsightFilter(data=QueryDict())
    assert facet(filterset, "sdg") == {"5": (1, False), "13": (1, False)}
    assert facet(filterset, "theme") == {"climate": (1, False)}
    under_13 = InsightFilter(data=QueryDict("sdg=13"))
    assert facet(under_13, "theme") == {"climate": (1, False)}
    assert facet(under_13, "sdg") == {"5": (1, False), "13": (1, True)}


def test_insight_list_page_api_and_download_give_the_cycle(client, cycles):
    page = client.get("/insights/?sdg=13").content.decode()
    assert "Heat maps convince mayors." in page
    assert "Traders want credit." not in page
    assert "Hidden insight." not in page
    api = client.get("/api/insights/?theme=climate").json()
    assert [row["text"] for row in api["results"]] == ["Heat maps convince mayors."]
    download = client.get("/insights/?sdg=13&format=csv")
    rows = list(
        csv.DictReader(io.StringIO(b"".join(download.streaming_content).decode("utf-8-sig")))
    )
    assert [row["text"] for row in rows] == ["Heat maps convince mayors."]
