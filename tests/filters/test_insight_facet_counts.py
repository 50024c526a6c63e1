"""Insight facet counts over a learning cycle whose two ends share values: each insight
counted once per value; the facets not filtered on counted together, in one query."""

import pytest
from django.http import QueryDict

from records.filters import InsightFilter
from records.models import LearningPlan
from tests.factories import make_plan
from tests.filters.test_insight_cycles import closing

pytestmark = pytest.mark.django_db


def test_insight_facets_count_a_value_both_ends_of_a_cycle_share_once(django_assert_num_queries):
    """A report tagged 13 closing a plan tagged 13, in two countries of one region: each of
    its insights counts once under 13 and once under the region; all seven facets in one
    query."""
    plan = make_plan("Drought", countries=["KEN"], sdgs=[13], methods=["Sensemaking"])
    closing(
        "Closing: Drought",
        plan,
        sdgs=[13, 6],
        methods=["Sensemaking", "Prototyping"],
        insights=["Wells last.", "Farmers share."],
    )
    LearningPlan.objects.get(title="Closing: Drought").countries.set(["KEN", "TZA"])
    with django_assert_num_queries(1):
        counted = InsightFilter(data=QueryDict()).count_facets()
    counts = {c.name: {o.value: o.count for o in c.options} for c in counted}
    assert counts["sdg"] == {"6": 2, "13": 2}
    assert counts["method"] == {"sensemaking": 2, "prototyping": 2}
    assert counts["region"] == {"eastern-africa": 2}
    assert counts["country"] == {"KEN": 2, "TZA": 2}
    assert counts["year"] == {"2023": 2}


def test_insight_facets_filtered_on_are_counted_each_under_the_other_filters(
    django_assert_num_queries,
):
    """With two facets filtered on: each of them counted under the other's filter, the five
    others together under both: one query."""
    plan = make_plan("Drought", countries=["KEN"], sdgs=[13], year=2022)
    closing("Closing: Drought", plan, sdgs=[13, 6], insights=["Wells last.", "Farmers share."])
    make_plan("Floods", countries=["TZA"], sdgs=[6], insights=["Boats help."])
    with django_assert_num_queries(1):
        counted = InsightFilter(data=QueryDict("sdg=13&year=2023")).count_facets()
    counts = {c.name: {o.value: o.count for o in c.options} for c in counted}
    assert counts["sdg"] == {"6": 3, "13": 2}  # under year=2023 alone
    assert counts["year"] == {"2023": 2}  # under sdg=13 alone
    assert counts["country"] == {"KEN": 2}  # under both
