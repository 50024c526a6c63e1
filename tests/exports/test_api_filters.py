"""The filters of the issue, through the API: the same FilterSets serve pages and downloads."""

import pytest

from tests.exports.reading import API
from tests.factories import make_blog, make_plan, shared_rows

pytestmark = pytest.mark.django_db


@pytest.fixture(scope="module")
def facets(django_db_setup, django_db_blocker):
    """Two published plans and a hidden one, two published blogs and a hidden one, each
    with its own facets; built once for the module."""
    with shared_rows(django_db_blocker):
        yield make_facets()


def make_facets():
    make_plan(
        "Solar pumps",
        stage="closing",
        year=2022,
        countries=["KEN"],
        sdgs=[7],
        thematic_areas=["energy"],
        methods=["Sensemaking"],
        data_sources=["press"],
        insights=["Farmers share pumps."],
        partners=[("Kenya Power", "private_sector")],
    )
    make_plan(
        "Women in STEM",
        year=2023,
        countries=["AZE"],
        sdgs=[5],
        thematic_areas=["gender focus"],
        methods=["Crowdsourcing"],
        data_sources=["surveys"],
        partners=[("Baku State University", "academia")],
    )
    make_plan(
        "Hidden solar plan",
        stage="closing",
        year=2022,
        countries=["KEN"],
        sdgs=[7],
        thematic_areas=["energy"],
        insights=["Hidden insight."],
        partners=[("Kenya Power", "private_sector"), ("Hidden Partner", "academia")],
        is_published=False,
    )
    make_blog("Solar in Kenya", country="KEN", year=2022, body="Pumps.")
    make_blog("STEM report", country="AZE", year=2023, kind="publication")
    make_blog("Hidden solar blog", country="KEN", year=2022, is_published=False)


def names(client, kind, params):
    response = client.get(API[kind], params)
    assert response.status_code == 200, response.json()
    field = {"plans": "title", "insights": "text", "partners": "name", "blogs": "title"}[kind]
    return [result[field] for result in response.json()["results"]]


@pytest.mark.parametrize(
    "kind, params, expected",
    [
        ("plans", {}, ["Women in STEM", "Solar pumps"]),
        ("plans", {"q": "solar"}, ["Solar pumps"]),
        ("plans", {"country": "KEN"}, ["Solar pumps"]),
        ("plans", {"country": "ken"}, ["Solar pumps"]),
        ("plans", {"country": "ZZZ"}, []),
        ("plans", {"region": "western-asia"}, ["Women in STEM"]),
        ("plans", {"sdg": "5"}, ["Women in STEM"]),
        ("plans", {"sdg": ["5", "7"]}, ["Women in STEM", "Solar pumps"]),
        ("plans", {"theme": "energy"}, ["Solar pumps"]),
        ("plans", {"method": "crowdsourcing"}, ["Women in STEM"]),
        ("plans", {"data_source": "press"}, ["Solar pumps"]),
        ("plans", {"year": "2022"}, ["Solar pumps"]),
        ("plans", {"stage": "closing"}, ["Solar pumps"]),
        ("plans", {"stage": "plan", "country": "KEN"}, []),
        ("plans", {"sort": "oldest"}, ["Solar pumps", "Women in STEM"]),
        ("plans", {"sort": "title"}, ["Solar pumps", "Women in STEM"]),
        ("insights", {"country": "KEN"}, ["Farmers share pumps."]),
        ("insights", {"year": "2023"}, []),
        ("partners", {}, ["Baku State University", "Kenya Power"]),
        ("partners", {"sector": "private_sector"}, ["Kenya Power"]),
        ("partners", {"country": "KEN"}, ["Kenya Power"]),
        ("partners", {"theme": "gender-focus"}, ["Baku State University"]),
        ("partners", {"q": "kenya"}, ["Kenya Power"]),
        ("blogs", {}, ["STEM report", "Solar in Kenya"]),
        ("blogs", {"kind": "publication"}, ["STEM report"]),
        ("blogs", {"region": "eastern-africa"}, ["Solar in Kenya"]),
        ("blogs", {"year": "2023"}, ["STEM report"]),
        ("blogs", {"q": "solar"}, ["Solar in Kenya"]),
        ("blogs", {"sort": "oldest"}, ["Solar in Kenya", "STEM report"]),
    ],
)
def test_api_filters_match_the_issue_parameters(client, facets, kind, params, expected):
    assert names(client, kind, params) == expected


@pytest.mark.parametrize(
    "kind, params, field",
    [
        ("plans", {"sdg": "abc"}, "sdg"),
        ("plans", {"sdg": "18"}, "sdg"),
        ("plans", {"year": "20x2"}, "year"),
        ("plans", {"country": "KE"}, "country"),
        ("plans", {"country": "K3N"}, "country"),
        ("plans", {"theme": "not a slug"}, "theme"),
        ("plans", {"stage": "draft"}, "stage"),
        ("plans", {"sort": "random"}, "sort"),
        ("plans", {"q": "nul\x00byte"}, "q"),
        ("insights", {"region": "../etc"}, "region"),
        ("partners", {"sector": "nasa"}, "sector"),
        ("blogs", {"kind": "video"}, "kind"),
        ("blogs", {"year": "99999999999999999999"}, "year"),
    ],
)
def test_api_malformed_filter_is_a_400_naming_the_parameter(client, facets, kind, params, field):
    response = client.get(API[kind], params)

    assert response.status_code == 400
    body = response.json()
    assert body["detail"] == "Invalid filter parameters."
    assert list(body["errors"]) == [field]
    assert body["errors"][field]


def test_api_huge_page_numbers_are_a_404_not_an_error(client, facets):
    response = client.get("/api/plans/", {"page": "9" * 30, "page_size": "9" * 30})

    assert response.status_code == 404
    assert response.json()["detail"] == f"Page {'9' * 30} does not exist: there are 1."
