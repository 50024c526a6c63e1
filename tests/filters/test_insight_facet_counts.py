"""Insight facet counts over a learning cycle whose two ends share values: each insight
counted once per value, in one query a facet."""

import pytest
from django.http import QueryDict

from records.filters import InsightFilter
from records.models import LearningPlan
from tests.factories import make_plan
from tests.filters.test_insight_cycles import closing

pytestmark = pytest.mark.django_db


def test_insight_facets_count_a_value_both_ends_of_a_cycle_share_once(django_assert_num_queries):
    """A report tagged 13 closing a plan tagged 13, in two countries of one region: each of
    its insights counts once under 13 and once under the region; one query a facet."""
    plan = make_plan("Drought", countries=["KEN"], sdgs=[13], methods=["Sensemaking"])
    closing(
        "Closing: Drought",
        plan,
        sdgs=[13, 6],
        methods=["Sensemaking", "Prototyping"],
        insights=["Wells last.", "Farmers share."],
    )
    LearningPlan.objects.get(title="Closing: Drought").countries.set(["KEN", "TZA"])
    with django_assert_num_queries(7):  # the seven facets
        counted = InsightFilter(data=QueryDict()).count_facets()
    counts = {c.name: {o.value: o.count for o in c.options} for c in counted}
    assert counts["sdg"] == {"6": 2, "13": 2}
    assert counts["method"] == {"sensemaking": 2, "prototyping": 2}
    assert counts["region"] == {"eastern-africa": 2}
    assert counts["country"] == {"KEN": 2, "TZA": 2}
    assert counts["year"] == {"2023": 2}
