import csv
import io
import json

import pytest

from records import exports
from tests.factories import (
    FOCAL_POINT,
    make_blog,
    make_catalogue,
    make_full_blogs,
    make_full_plans,
    make_plan,
)

pytestmark = pytest.mark.django_db

KINDS = ["plans", "insights", "partners", "blogs"]


@pytest.fixture
def catalogue(db):
    return make_catalogue()


@pytest.fixture
def export(rf):
    """Download a list the way its page does: its FilterSet on the request's parameters."""

    def export(kind, fmt, **params):
        request = rf.get(f"/{kind}/", {"format": fmt, **params})
        filterset = exports.SHAPES[kind].filterset_class(
            data=request.GET, queryset=None, request=request
        )
        response = exports.download(kind, filterset)
        response.body = b"".join(response.streaming_content).decode()
        return response

    return export


def csv_rows(text):
    return list(csv.reader(io.StringIO(text)))


def test_download_plans_csv_flattens_the_api_fields(export, catalogue):
    response = export("plans", "csv")

    assert response["Content-Type"] == "text/csv; charset=utf-8"
    assert response["Content-Disposition"] == 'attachment; filename="plans.csv"'
    assert csv_rows(response.body) == [
        [
            "slug",
            "title",
            "url",
            "stage",
            "year",
            "countries",
            "sdgs",
            "thematic_areas",
            "methods",
            "data_sources",
            "challenge_statement",
            "learning_questions",
            "insights",
            "partners",
            "blogs",
        ],
        [
            "women-in-stem",
            "Women in STEM",
            "http://testserver/plans/women-in-stem/",
            "closing",
            "2023",
            "AZE",
            "5; 8; 9",
            "behavioral change; gender focus",
            "Crowdsourcing; Sensemaking",
            "press",
            "Our challenge is that women leave STEM careers.",
            "Why do they leave?; What keeps them?",
            "Mentors matter.; Role models matter.",
            "Baku State University (academia); Ministry of Education (government)",
            "https://www.undp.org/azerbaijan/blog/women-who-code; https://example.org/not-imported",
        ],
    ]


def test_download_csv_of_each_kind_has_its_columns(export, catalogue):
    assert csv_rows(export("insights", "csv").body) == [
        ["text", "plan_slug", "plan_title", "plan_url", "countries", "year"],
        *[
            [text, "women-in-stem", "Women in STEM", "http://testserver/plans/women-in-stem/"]
            + ["AZE", "2023"]
            for text in ["Mentors matter.", "Role models matter."]
        ],
    ]
    assert csv_rows(export("partners", "csv").body) == [
        ["name", "slug", "sector", "plans"],
        ["Baku State University", "baku-state-university", "academia", "women-in-stem"],
        ["Ministry of Education", "ministry-of-education", "government", "women-in-stem"],
    ]
    assert csv_rows(export("blogs", "csv").body) == [
        ["slug", "title", "url", "kind", "source_url", "published_on", "year", "country"]
        + ["authors"],
        [
            "women-who-code",
            "Women who code",
            "http://testserver/blogs/women-who-code/",
            "blog",
            "https://www.undp.org/azerbaijan/blog/women-who-code",
            "2023-05-17",
            "2023",
            "AZE",
            "Leyla Seyidzade (Head of Exploration); Nargiz Guliyeva",
        ],
    ]


@pytest.mark.parametrize("kind", KINDS)
def test_download_json_equals_the_filtered_api_list(client, export, catalogue, kind):
    make_plan("Kenya plan", year=2022, countries=["KEN"], insights=["Elsewhere."])
    make_plan("Azerbaijan 2022", year=2022, countries=["AZE"], insights=["Later."])
    make_blog("Kenya blog", country="KEN", year=2022)

    response = export(kind, "json", country="AZE")
    api = client.get(f"/api/{kind}/", {"country": "AZE", "page_size": "100"}).json()

    assert response["Content-Type"] == "application/json"
    assert response["Content-Disposition"] == f'attachment; filename="{kind}.json"'
    assert json.loads(response.body) == api["results"]
    assert api["count"] == len(api["results"]) > 0
    assert "Kenya" not in response.body


@pytest.mark.parametrize("kind", KINDS)
@pytest.mark.parametrize("fmt", exports.FORMATS)
def test_download_never_shows_hidden_records_or_focal_points(export, catalogue, kind, fmt):
    text = export(kind, fmt).body

    for secret in ["Hidden plan", "hidden-plan", "Hidden insight", "Hidden Partner", "Hidden blog"]:
        assert secret not in text
    assert catalogue["hidden_blog"].source_url not in text
    assert FOCAL_POINT not in text


def test_download_streams_every_row_not_only_one_page(export, db):
    plans = [make_plan(f"Plan {n:02d}") for n in range(exports.PAGE_SIZE + 5)]

    response = export("plans", "json")

    assert response.streaming
    assert [row["slug"] for row in json.loads(response.body)] == [p.slug for p in plans]


def test_download_of_an_empty_list_is_a_header_or_an_empty_array(export, db):
    make_plan("Hidden plan", is_published=False)

    assert export("partners", "csv").body == "name,slug,sector,plans\r\n"
    assert json.loads(export("plans", "json").body) == []


def test_download_csv_defuses_spreadsheet_formulas(export, db):
    make_plan('=HYPERLINK("https://evil.example","click")', learning_questions=["-1+2", "@x"])

    csv_row = csv_rows(export("plans", "csv").body)[1]
    json_row = json.loads(export("plans", "json").body)[0]

    assert csv_row[1] == '\'=HYPERLINK("https://evil.example","click")'
    assert csv_row[11] == "'-1+2; @x"
    assert json_row["title"] == '=HYPERLINK("https://evil.example","click")'
    assert json_row["learning_questions"] == ["-1+2", "@x"]


def test_download_keeps_non_ascii_text(export, db):
    make_plan("Égalité des genres – ¿Qué aprendimos?", challenge="«Notre défi»")

    row = json.loads(export("plans", "json").body)[0]

    assert row["title"] == "Égalité des genres – ¿Qué aprendimos?"
    assert row["challenge_statement"] == "«Notre défi»"


def test_download_rejects_an_unknown_format(rf, db):
    request = rf.get("/plans/", {"format": "xml"})
    filterset = exports.SHAPES["plans"].filterset_class(
        data=request.GET, queryset=None, request=request
    )

    with pytest.raises(ValueError, match="format must be one of"):
        exports.download("plans", filterset)


@pytest.mark.parametrize(
    "value, cell",
    [
        (None, ""),
        (2023, "2023"),
        ([5, 8], "5; 8"),
        ([], ""),
        ([{"name": "UNDP", "sector": "un"}, {"name": "Jane", "role": ""}], "UNDP (un); Jane"),
        ("+44 20", "'+44 20"),
        ("a = b", "a = b"),
    ],
)
def test_csv_cell_flattens_and_guards(value, cell):
    assert exports.csv_cell(value) == cell


# Query counts: the same at 1 and 20 rows because rows come in batches larger than 20, each
# with one query per prefetched relation.


@pytest.mark.parametrize("rows", [1, 20])
@pytest.mark.parametrize("fmt", exports.FORMATS)
def test_download_plans_query_count_is_fixed(export, django_assert_num_queries, rows, fmt):
    make_full_plans(rows)
    make_plan("Hidden plan", is_published=False)

    with django_assert_num_queries(10):
        response = export("plans", fmt)

    assert len(csv_rows(response.body)) == rows + 1 if fmt == "csv" else rows


@pytest.mark.parametrize("rows", [1, 20])
def test_download_insights_query_count_is_fixed(export, django_assert_num_queries, rows):
    make_full_plans(rows)

    with django_assert_num_queries(2):
        response = export("insights", "json")

    assert len(json.loads(response.body)) == rows * 2


@pytest.mark.parametrize("rows", [1, 20])
def test_download_partners_query_count_is_fixed(export, django_assert_num_queries, rows):
    make_full_plans(rows)

    with django_assert_num_queries(2):
        response = export("partners", "json")

    assert len(json.loads(response.body)) == rows + 1


@pytest.mark.parametrize("rows", [1, 20])
def test_download_blogs_query_count_is_fixed(export, django_assert_num_queries, rows):
    make_full_blogs(rows)

    with django_assert_num_queries(2):
        response = export("blogs", "csv")

    assert len(csv_rows(response.body)) == rows + 1


def test_download_queries_once_per_batch_not_per_row(export, django_assert_num_queries, db):
    make_full_plans(20)
    exports_batch = 8

    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(exports, "BATCH_SIZE", exports_batch)
        # 20 rows in batches of 8: one query for the rows, then 3 batches of 9 prefetches.
        with django_assert_num_queries(1 + 3 * 9):
            response = export("plans", "json")

    assert len(json.loads(response.body)) == 20


# Through the list pages, as a visitor downloads.


def streamed(response):
    return b"".join(response.streaming_content).decode()


@pytest.mark.parametrize("kind", KINDS)
def test_list_page_download_equals_the_filtered_list(client, export, catalogue, kind):
    make_plan("Kenya plan", countries=["KEN"], insights=["Elsewhere."])

    response = client.get(f"/{kind}/", {"format": "csv", "country": "AZE", "page": "2"})

    assert response.status_code == 200
    assert response["Content-Disposition"] == f'attachment; filename="{kind}.csv"'
    assert streamed(response) == export(kind, "csv", country="AZE").body


def test_country_page_download_keeps_its_country(client, catalogue):
    make_plan("Kenya plan", countries=["KEN"])

    response = client.get("/countries/ken/", {"format": "json"})

    assert [row["title"] for row in json.loads(streamed(response))] == ["Kenya plan"]


def test_list_page_download_with_a_malformed_filter_is_a_400(client, catalogue):
    response = client.get("/plans/", {"format": "csv", "sdg": "abc"})

    assert response.status_code == 400
    assert response.json()["detail"] == "Invalid filter parameters."
    assert list(response.json()["errors"]) == ["sdg"]


# The real seed documents.


def test_download_seed_plans_csv(client, seeds):
    text = streamed(client.get("/plans/", {"format": "csv", "country": "AZE", "stage": "plan"}))

    header, row = csv_rows(text)
    assert dict(zip(header, row, strict=True)) == {
        "slug": "growing-number-of-women-in-stem-fields-and-helping-them-to-advance-throughout",
        "title": "Growing number of women in STEM fields and helping them to advance "
        "throughout their careers.",
        "url": "http://testserver/plans/"
        "growing-number-of-women-in-stem-fields-and-helping-them-to-advance-throughout/",
        "stage": "plan",
        "year": "2023",
        "countries": "AZE",
        "sdgs": "5; 8; 9",
        "thematic_areas": "behavioral change; community project; gender focus",
        "methods": "Crowdsourcing; Proof of concept; Sensemaking; System Thinking",
        "data_sources": "press; solutions mapping; trend watchers news",
        "challenge_statement": "Our challenge is that female students in STEM fields leave "
        "the field or get stuck in their careers at early stages.",
        "learning_questions": "What are the best mechanisms to bring young females into STEM "
        "fields, retain them and ensure the progress?",
        "insights": "",
        "partners": "Association of Women Scientists of Azerbaijan (civil_society); "
        "American Chamber of Commerce (private_sector); SmartNation (civil_society); "
        "Innovation and Digital Development Agency (government); "
        "Safavvy.org (private_sector)",
        "blogs": "",
    }


@pytest.mark.parametrize("kind", KINDS)
@pytest.mark.parametrize("fmt", exports.FORMATS)
def test_download_seed_lists_never_show_focal_point_emails(client, seeds, kind, fmt):
    text = streamed(client.get(f"/{kind}/", {"format": fmt}))

    assert len(text) > 100
    assert "@undp.org" not in text
