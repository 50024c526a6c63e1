import pytest
from django.http import QueryDict

from records.filters import PartnerFilter, PlanFilter
from tests.factories import make_plan
from tests.filters.results import titles

pytestmark = pytest.mark.django_db


@pytest.mark.parametrize(
    ("sort", "expected"),
    [
        ("newest", ["Solar kiosks", "Women in STEM careers", "Youth jobs in Kyrgyzstan"]),
        ("oldest", ["Youth jobs in Kyrgyzstan", "Solar kiosks", "Women in STEM careers"]),
        ("title", ["Solar kiosks", "Women in STEM careers", "Youth jobs in Kyrgyzstan"]),
        ("relevance", ["Solar kiosks", "Women in STEM careers", "Youth jobs in Kyrgyzstan"]),
    ],
)
def test_plan_filter_sorts(catalogue, sort, expected):
    assert titles(PlanFilter(data=QueryDict(f"sort={sort}"))) == expected


@pytest.mark.parametrize(
    ("query", "sort_key"),
    [("", "newest"), ("q=women", "relevance"), ("q=women&sort=title", "title")],
)
def test_plan_filter_sorts_a_text_query_by_best_match_unless_told(catalogue, query, sort_key):
    assert PlanFilter(data=QueryDict(query)).sort_key() == sort_key


def test_sort_filter_offers_its_sorts_in_menu_order(catalogue):
    assert PlanFilter().filters["sort"].choices == [
        ("relevance", "Best match"),
        ("newest", "Newest first"),
        ("oldest", "Oldest first"),
        ("title", "Title A–Z"),
    ]
    assert PartnerFilter().filters["sort"].choices == [
        ("relevance", "Best match"),
        ("name", "Name A–Z"),
        ("plans", "Most plans first"),
    ]


def test_partner_filter_sorts_by_number_of_plans(catalogue):
    make_plan("Second solar plan", countries=["KEN"], partners=[("Solar Co", "private_sector")])

    assert titles(PartnerFilter(data=QueryDict("sort=plans"))) == ["Solar Co", "Kazakh University"]
