import pytest
from django.http import QueryDict

from records.filters import PartnerFilter
from tests.filters.results import facet, titles

pytestmark = pytest.mark.django_db


def test_partner_filter_lists_partners_of_published_plans(catalogue):
    filterset = PartnerFilter(data=QueryDict())

    assert [(p.name, p.plan_count) for p in filterset.qs] == [
        ("Kazakh University", 1),
        ("Solar Co", 1),
    ]


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        ("sector=academia", ["Kazakh University"]),
        ("sector=academia&sector=private_sector", ["Kazakh University", "Solar Co"]),
        ("sector=other", []),
        ("country=KAZ", ["Kazakh University"]),
        ("country=KAZ&sector=private_sector", []),
        ("region=eastern-africa", ["Solar Co"]),
        ("sdg=7", ["Solar Co"]),
        ("theme=gender-equality", ["Kazakh University", "Solar Co"]),
        ("theme=secret-theme", []),
        ("q=UNIVERSITY", ["Kazakh University"]),
        ("q=hidden", []),
        ("sector=nonsense", []),
    ],
)
def test_partner_filter_by_parameter(catalogue, query, expected):
    assert titles(PartnerFilter(data=QueryDict(query))) == expected


def test_partner_facets_ignore_hidden_plans(catalogue):
    filterset = PartnerFilter(data=QueryDict())

    assert facet(filterset, "sector") == {"academia": (1, False), "private_sector": (1, False)}
    assert facet(filterset, "country") == {"KAZ": (1, False), "KEN": (1, False)}
    assert facet(filterset, "sdg") == {"4": (1, False), "5": (2, False), "7": (1, False)}
