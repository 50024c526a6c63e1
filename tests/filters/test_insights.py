import pytest
from django.http import QueryDict

from records.filters import PLAN_FACETS, InsightFilter
from records.models import Insight
from tests.filters.results import facet

pytestmark = pytest.mark.django_db


def insight_texts(filterset):
    return [insight.text for insight in filterset.qs]


def test_insight_filter_lists_insights_of_published_plans(catalogue):
    assert insight_texts(InsightFilter(data=QueryDict())) == ["Mentors keep women in engineering."]
    assert Insight.objects.count() == 2


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        ("q=mentors", ["Mentors keep women in engineering."]),
        ("q=hidden", []),
        ("country=KAZ", ["Mentors keep women in engineering."]),
        ("region=central-asia&sdg=4", ["Mentors keep women in engineering."]),
        ("sdg=7", []),
        ("theme=education&theme=energy", ["Mentors keep women in engineering."]),
        ("year=2022", []),
        ("year=abc", []),
    ],
)
def test_insight_filter_by_parameter(catalogue, query, expected):
    assert insight_texts(InsightFilter(data=QueryDict(query))) == expected


def test_insight_facets_are_the_plan_facets_through_the_plan():
    assert [(f.name, f.path) for f in InsightFilter.facets] == [
        (f.name, f"plan__{f.path}") for f in PLAN_FACETS if f.name != "stage"
    ]


def test_insight_facets_count_insights_of_published_plans(catalogue):
    filterset = InsightFilter(data=QueryDict())

    assert facet(filterset, "country") == {"KAZ": (1, False)}
    assert facet(filterset, "sdg") == {"4": (1, False), "5": (1, False)}
