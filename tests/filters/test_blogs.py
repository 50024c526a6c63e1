import pytest
from django.http import QueryDict

from records.filters import BlogFilter
from tests.filters.results import facet, titles

pytestmark = pytest.mark.django_db


def test_blog_filter_lists_published_blogs_newest_first(catalogue):
    assert titles(BlogFilter(data=QueryDict())) == ["STEM girls in Kazakhstan", "Energy report"]


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        ("kind=publication", ["Energy report"]),
        ("kind=blog&kind=publication", ["STEM girls in Kazakhstan", "Energy report"]),
        ("country=KEN", ["Energy report"]),
        ("region=central-asia", ["STEM girls in Kazakhstan"]),
        ("year=2022", ["Energy report"]),
        ("q=GIRLS code", ["STEM girls in Kazakhstan"]),
        ("q=hidden", []),
        ("kind=blog&country=KEN", []),
        ("sort=oldest", ["Energy report", "STEM girls in Kazakhstan"]),
        ("kind=video", []),
    ],
)
def test_blog_filter_by_parameter(catalogue, query, expected):
    assert titles(BlogFilter(data=QueryDict(query))) == expected


def test_blog_facets_count_under_the_other_filters(catalogue):
    filterset = BlogFilter(data=QueryDict("kind=blog"))

    assert facet(filterset, "kind") == {"blog": (1, True), "publication": (1, False)}
    assert facet(filterset, "country") == {"KAZ": (1, False)}
    assert facet(filterset, "region") == {"central-asia": (1, False)}
