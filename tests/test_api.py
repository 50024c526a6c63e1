import pytest

from records import exports
from records.models import Blog, LearningPlan
from tests.factories import (
    FOCAL_POINT,
    make_blog,
    make_catalogue,
    make_full_blogs,
    make_full_plans,
    make_plan,
)

pytestmark = pytest.mark.django_db

API = {
    "plans": "/api/plans/",
    "insights": "/api/insights/",
    "partners": "/api/partners/",
    "blogs": "/api/blogs/",
}


@pytest.fixture
def catalogue(db):
    return make_catalogue()


def test_api_plans_field_contract(client, catalogue):
    response = client.get("/api/plans/")

    assert response.status_code == 200
    assert response["Content-Type"] == "application/json"
    assert response.json() == {
        "count": 1,
        "next": None,
        "previous": None,
        "results": [
            {
                "slug": "women-in-stem",
                "title": "Women in STEM",
                "url": "http://testserver/plans/women-in-stem/",
                "stage": "closing",
                "year": 2023,
                "countries": ["AZE"],
                "sdgs": [5, 8, 9],
                "thematic_areas": ["behavioral change", "gender focus"],
                "methods": ["Crowdsourcing", "Sensemaking"],
                "data_sources": ["press"],
                "challenge_statement": "Our challenge is that women leave STEM careers.",
                "learning_questions": ["Why do they leave?", "What keeps them?"],
                "insights": ["Mentors matter.", "Role models matter."],
                "partners": [
                    {"name": "Baku State University", "sector": "academia"},
                    {"name": "Ministry of Education", "sector": "government"},
                ],
                "blogs": [
                    "https://www.undp.org/azerbaijan/blog/women-who-code",
                    "https://example.org/not-imported",
                ],
            }
        ],
    }


def test_api_insights_field_contract(client, catalogue):
    response = client.get("/api/insights/")

    assert response.json() == {
        "count": 2,
        "next": None,
        "previous": None,
        "results": [
            {
                "text": text,
                "plan": {
                    "slug": "women-in-stem",
                    "title": "Women in STEM",
                    "url": "http://testserver/plans/women-in-stem/",
                },
                "countries": ["AZE"],
                "year": 2023,
            }
            for text in ["Mentors matter.", "Role models matter."]
        ],
    }


def test_api_partners_field_contract(client, catalogue):
    response = client.get("/api/partners/")

    # "Hidden Partner" works only with the hidden plan, so it is not public.
    assert response.json() == {
        "count": 2,
        "next": None,
        "previous": None,
        "results": [
            {
                "name": "Baku State University",
                "slug": "baku-state-university",
                "sector": "academia",
                "plans": ["women-in-stem"],
            },
            {
                "name": "Ministry of Education",
                "slug": "ministry-of-education",
                "sector": "government",
                "plans": ["women-in-stem"],
            },
        ],
    }


def test_api_blogs_field_contract(client, catalogue):
    make_blog("Undated", source_url="https://www.undp.org/blog/undated")

    response = client.get("/api/blogs/")

    assert response.json() == {
        "count": 2,
        "next": None,
        "previous": None,
        "results": [
            {
                "slug": "women-who-code",
                "title": "Women who code",
                "url": "http://testserver/blogs/women-who-code/",
                "kind": "blog",
                "source_url": "https://www.undp.org/azerbaijan/blog/women-who-code",
                "published_on": "2023-05-17",
                "year": 2023,
                "country": "AZE",
                "authors": [
                    {"name": "Leyla Seyidzade", "role": "Head of Exploration"},
                    {"name": "Nargiz Guliyeva", "role": ""},
                ],
            },
            {
                "slug": "undated",
                "title": "Undated",
                "url": "http://testserver/blogs/undated/",
                "kind": "blog",
                "source_url": "https://www.undp.org/blog/undated",
                "published_on": None,
                "year": None,
                "country": None,
                "authors": [],
            },
        ],
    }


@pytest.mark.parametrize("kind", API)
def test_api_lists_never_show_hidden_records_or_focal_points(client, catalogue, kind):
    text = client.get(API[kind]).content.decode()

    for secret in ["Hidden plan", "hidden-plan", "Hidden insight", "Hidden Partner", "Hidden blog"]:
        assert secret not in text
    assert catalogue["hidden_blog"].source_url not in text
    assert FOCAL_POINT not in text
    assert "focal" not in text


def test_api_pages_keep_the_filters(client, db):
    for n in range(5):
        make_plan(f"Plan {n}", year=2022, countries=["KEN"])
    make_plan("Other year", year=2021, countries=["KEN"])

    first = client.get("/api/plans/", {"year": "2022", "page_size": "2"}).json()
    second = client.get(first["next"]).json()
    last = client.get(second["next"]).json()

    assert first["count"] == second["count"] == last["count"] == 5
    assert first["previous"] is None
    assert first["next"] == "http://testserver/api/plans/?year=2022&page_size=2&page=2"
    assert second["previous"] == "http://testserver/api/plans/?year=2022&page_size=2&page=1"
    assert second["next"] == "http://testserver/api/plans/?year=2022&page_size=2&page=3"
    assert last["next"] is None
    titles = [r["title"] for page in (first, second, last) for r in page["results"]]
    assert titles == [p.title for p in LearningPlan.objects.filter(year=2022)]


def test_api_page_size_is_capped(client, db, monkeypatch):
    monkeypatch.setattr(exports, "MAX_PAGE_SIZE", 2)
    for n in range(3):
        make_plan(f"Plan {n}")

    body = client.get("/api/plans/", {"page_size": "50"}).json()

    assert [r["title"] for r in body["results"]] == ["Plan 0", "Plan 1"]
    assert body["next"] == "http://testserver/api/plans/?page_size=50&page=2"


def test_api_empty_list_is_an_empty_first_page(client, db):
    make_plan("Hidden plan", is_published=False)

    response = client.get("/api/plans/")

    assert response.status_code == 200
    assert response.json() == {"count": 0, "next": None, "previous": None, "results": []}


@pytest.mark.parametrize(
    "params, detail",
    [
        ({"page": "abc"}, "page must be a positive whole number, not 'abc'."),
        ({"page": "0"}, "page must be a positive whole number, not '0'."),
        ({"page": "-1"}, "page must be a positive whole number, not '-1'."),
        ({"page_size": "1.5"}, "page_size must be a positive whole number, not '1.5'."),
        ({"page_size": "0"}, "page_size must be a positive whole number, not '0'."),
    ],
)
def test_api_malformed_paging_is_a_400(client, db, params, detail):
    response = client.get("/api/plans/", params)

    assert response.status_code == 400
    assert response.json() == {"detail": detail}


def test_api_page_past_the_end_is_a_404(client, catalogue):
    response = client.get("/api/blogs/", {"page": "3"})

    assert response.status_code == 404
    assert response.json() == {"detail": "Page 3 does not exist: there are 1."}


def test_api_is_read_only(client, catalogue):
    response = client.post("/api/plans/", {"title": "New"})

    assert response.status_code == 405
    assert response["Allow"] == "GET, HEAD"
    assert LearningPlan.objects.count() == 2


def test_api_responses_may_be_cached_for_five_minutes(client, catalogue):
    response = client.get("/api/plans/")

    assert response["Cache-Control"] == "public, max-age=300"


# Query counts: one COUNT, one page, then one query per prefetched relation.


@pytest.mark.parametrize("rows", [1, 20])
def test_api_plans_query_count_is_fixed(client, django_assert_num_queries, rows):
    make_full_plans(rows)
    make_plan("Hidden plan", is_published=False)

    with django_assert_num_queries(11):
        body = client.get("/api/plans/").json()

    assert body["count"] == rows
    assert body["results"][0]["partners"] == [
        {"name": "Partner 0", "sector": "academia"},
        {"name": "Shared Partner", "sector": "government"},
    ]


@pytest.mark.parametrize("rows", [1, 20])
def test_api_insights_query_count_is_fixed(client, django_assert_num_queries, rows):
    make_full_plans(rows)

    with django_assert_num_queries(3):
        body = client.get("/api/insights/", {"page_size": "40"}).json()

    assert body["count"] == rows * 2
    assert {r["year"] for r in body["results"]} == {2023}


@pytest.mark.parametrize("rows", [1, 20])
def test_api_partners_query_count_is_fixed(client, django_assert_num_queries, rows):
    make_full_plans(rows)

    with django_assert_num_queries(3):
        body = client.get("/api/partners/", {"page_size": "40"}).json()

    assert body["count"] == rows + 1
    shared = next(r for r in body["results"] if r["name"] == "Shared Partner")
    assert len(shared["plans"]) == rows


@pytest.mark.parametrize("rows", [1, 20])
def test_api_blogs_query_count_is_fixed(client, django_assert_num_queries, rows):
    make_full_blogs(rows)
    make_blog("Hidden blog", is_published=False)

    with django_assert_num_queries(3):
        body = client.get("/api/blogs/").json()

    assert body["count"] == rows
    assert {r["title"] for r in body["results"]} == set(
        Blog.objects.published().values_list("title", flat=True)
    )


# The filters of the issue, through the API: the same FilterSets serve pages and downloads.


@pytest.fixture
def facets(db):
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


# The real seed documents.


SEED_PLAN_000 = {
    "slug": "growing-number-of-women-in-stem-fields-and-helping-them-to-advance-throughout",
    "title": "Growing number of women in STEM fields and helping them to advance throughout "
    "their careers.",
    "url": "http://testserver/plans/"
    "growing-number-of-women-in-stem-fields-and-helping-them-to-advance-throughout/",
    "stage": "plan",
    "year": 2023,
    "countries": ["AZE"],
    "sdgs": [5, 8, 9],
    "thematic_areas": ["behavioral change", "community project", "gender focus"],
    "methods": ["Crowdsourcing", "Proof of concept", "Sensemaking", "System Thinking"],
    "data_sources": ["press", "solutions mapping", "trend watchers news"],
    "challenge_statement": "Our challenge is that female students in STEM fields leave the "
    "field or get stuck in their careers at early stages.",
    "learning_questions": [
        "What are the best mechanisms to bring young females into STEM fields, retain them "
        "and ensure the progress?"
    ],
    "insights": [],
    "partners": [
        {"name": "Association of Women Scientists of Azerbaijan", "sector": "civil_society"},
        {"name": "American Chamber of Commerce", "sector": "private_sector"},
        {"name": "SmartNation", "sector": "civil_society"},
        {"name": "Innovation and Digital Development Agency", "sector": "government"},
        {"name": "Safavvy.org", "sector": "private_sector"},
    ],
    "blogs": [],
}


def test_api_seed_plan_000_field_contract(client, seeds):
    body = client.get("/api/plans/", {"country": "AZE", "stage": "plan"}).json()

    assert body == {"count": 1, "next": None, "previous": None, "results": [SEED_PLAN_000]}


def test_api_seed_closing_report_links_its_imported_blog(client, seeds):
    body = client.get("/api/plans/", {"stage": "closing", "country": "AZE"}).json()

    [report] = body["results"]
    assert report["blogs"] == [
        "https://www.undp.org/azerbaijan/blog/more-women-and-girls-azerbaijan-are-getting-"
        "involved-science"
    ]
    assert report["insights"][1:] == [
        "While advocating for women in STEM, need to include men into the dialogue",
        "Quotas for women in STEM could be applied, but there should be development work behind",
        "We have to be careful with positive discrimination issues",
    ]


def test_api_seed_blogs_field_contract(client, seeds):
    body = client.get("/api/blogs/").json()

    assert body["count"] == 2
    assert body["results"][0] == {
        "slug": "more-women-and-girls-in-azerbaijan-are-getting-involved-in-science",
        "title": "More women and girls in Azerbaijan are getting involved in science",
        "url": "http://testserver/blogs/"
        "more-women-and-girls-in-azerbaijan-are-getting-involved-in-science/",
        "kind": "blog",
        "source_url": "https://www.undp.org/azerbaijan/blog/"
        "more-women-and-girls-azerbaijan-are-getting-involved-science",
        "published_on": "2022-10-13",
        "year": 2022,
        "country": "AZE",
        "authors": [
            {"name": "Leyla Seyidzade", "role": "Head of Exploration"},
            {"name": "Nargiz Guliyeva", "role": "Head of Solutions Mapping"},
        ],
    }
    assert body["results"][1]["country"] == "KGZ"


@pytest.mark.parametrize("kind", API)
def test_api_seed_lists_never_show_focal_point_emails(client, seeds, kind):
    text = client.get(API[kind], {"page_size": "100"}).content.decode()

    assert "@undp.org" not in text
    for focal_point in LearningPlan.objects.values_list("focal_point", flat=True):
        assert focal_point not in text
