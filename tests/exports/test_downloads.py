"""The downloads' records, over make_catalogue(), built once for the module."""

import json

import pytest

from records.exports import FORMATS
from tests.exports.reading import KINDS, XLSX, csv_rows, streamed, xlsx_rows
from tests.factories import FOCAL_POINT, make_blog, make_plan

pytestmark = pytest.mark.django_db


def test_download_plans_csv_flattens_the_api_fields(export, catalogue):
    response = export("plans", "csv")

    assert response["Content-Type"] == "text/csv; charset=utf-8"
    assert response["Content-Disposition"] == 'attachment; filename="plans.csv"'
    assert response.body.splitlines()[0] == (
        "slug,title,url,stage,year,countries,sdgs,thematic_areas,methods,data_sources,"
        "challenge_statement,learning_questions,evidence,insights,partners,blogs"
    )
    assert csv_rows(response.body)[1:] == [
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
            "",
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
        ["name", "slug", "sector", "plans", "countries"],
        ["Baku State University", "baku-state-university", "academia", "women-in-stem"]
        + ["AZE (Azerbaijan)"],
        ["Ministry of Education", "ministry-of-education", "government", "women-in-stem"]
        + ["AZE (Azerbaijan)"],
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
@pytest.mark.parametrize("fmt", FORMATS)
def test_download_never_shows_hidden_records_or_focal_points(export, catalogue, kind, fmt):
    text = export(kind, fmt).body

    for secret in ["Hidden plan", "hidden-plan", "Hidden insight", "Hidden Partner", "Hidden blog"]:
        assert secret not in text
    assert catalogue["hidden_blog"].source_url not in text
    assert FOCAL_POINT not in text


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


def test_download_partner_countries_are_those_of_its_published_plans(client, export):
    make_plan("Plan in two", countries=["KEN", "AZE"], partners=[("Busy University", "academia")])
    make_plan("Plan in one", countries=["AZE"], partners=[("Busy University", "academia")])
    make_plan("Hidden", countries=["SRB"], partners=[("Busy University", "")], is_published=False)

    def busy(rows):
        return next(row for row in rows if row["name"] == "Busy University")

    json_row = busy(json.loads(export("partners", "json").body))
    api_row = busy(client.get("/api/partners/").json()["results"])
    header, *rows = csv_rows(export("partners", "csv").body)
    csv_row = busy(dict(zip(header, row, strict=True)) for row in rows)

    countries = [{"code": "AZE", "name": "Azerbaijan"}, {"code": "KEN", "name": "Kenya"}]
    assert json_row["countries"] == api_row["countries"] == countries
    assert csv_row["countries"] == "AZE (Azerbaijan); KEN (Kenya)"


@pytest.mark.parametrize("kind", KINDS)
def test_download_csv_starts_with_a_byte_order_mark(export, catalogue, kind):
    response = export(kind, "csv")

    assert response.content_bytes.startswith(b"\xef\xbb\xbf")
    assert response.content_bytes[3:4] != b"\xef"


@pytest.mark.parametrize("kind", KINDS)
def test_download_xlsx_opens_with_the_rows_of_the_csv(export, catalogue, hidden, kind):
    make_plan("Côte d'Ivoire plan", countries=["CIV"], insights=["=1+1 is not a formula."])

    response = export(kind, "xlsx")

    assert response["Content-Type"] == XLSX
    assert response["Content-Disposition"] == f'attachment; filename="{kind}.xlsx"'
    rows = xlsx_rows(response.content_bytes)
    assert rows == csv_rows(export(kind, "csv").body)
    assert len(rows) > 1


def test_download_xlsx_neutralises_formulas_and_keeps_accents(export, catalogue):
    make_plan("Côte d'Ivoire plan", countries=["CIV"], insights=['=HYPERLINK("x")', "+1"])

    rows = xlsx_rows(export("insights", "xlsx", country="CIV").content_bytes)

    assert [row[:3] for row in rows[1:]] == [
        ['\'=HYPERLINK("x")', "cote-divoire-plan", "Côte d'Ivoire plan"],
        ["'+1", "cote-divoire-plan", "Côte d'Ivoire plan"],
    ]


def test_download_xlsx_of_a_plan_list_page_filters_like_its_csv(client, catalogue):
    make_plan("Kenya plan", countries=["KEN"])

    response = client.get("/plans/", {"format": "xlsx", "country": "KEN"})

    rows = xlsx_rows(b"".join(response.streaming_content))
    assert [row[:2] for row in rows] == [["slug", "title"], ["kenya-plan", "Kenya plan"]]
