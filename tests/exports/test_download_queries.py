"""Downloads over the rows each test makes: streaming, text and query counts."""

import json

import pytest

from records.exports import FORMATS, download, downloads
from records.lists import PLANS
from tests.exports.reading import csv_rows
from tests.factories import make_full_blogs, make_full_plans, make_plan

pytestmark = pytest.mark.django_db


def test_download_streams_every_row_not_only_one_page(export):
    plans = [make_plan(f"Plan {n:02d}") for n in range(PLANS.page_size + 5)]
    make_plan("Hidden plan", is_published=False)

    response = export("plans", "json")

    assert response.streaming
    assert [row["slug"] for row in json.loads(response.body)] == [p.slug for p in plans]


def test_download_of_an_empty_list_is_a_header_or_an_empty_array(export):
    make_plan("Hidden plan", is_published=False)

    assert export("partners", "csv").body == "name,slug,sector,plans,countries\r\n"
    assert json.loads(export("plans", "json").body) == []


def test_download_csv_defuses_spreadsheet_formulas(export):
    make_plan('=HYPERLINK("https://evil.example","click")', learning_questions=["-1+2", "@x"])

    csv_row = csv_rows(export("plans", "csv").body)[1]
    json_row = json.loads(export("plans", "json").body)[0]

    assert csv_row[1] == '\'=HYPERLINK("https://evil.example","click")'
    assert csv_row[11] == "'-1+2; @x"
    assert json_row["title"] == '=HYPERLINK("https://evil.example","click")'
    assert json_row["learning_questions"] == ["-1+2", "@x"]


def test_download_keeps_non_ascii_text(export):
    make_plan("Égalité des genres – ¿Qué aprendimos?", challenge="«Notre défi»")

    row = json.loads(export("plans", "json").body)[0]

    assert row["title"] == "Égalité des genres – ¿Qué aprendimos?"
    assert row["challenge_statement"] == "«Notre défi»"


def test_download_rejects_an_unknown_format(rf):
    request = rf.get("/plans/", {"format": "xml"})
    filterset = PLANS.filterset_class(data=request.GET, queryset=None, request=request)

    with pytest.raises(ValueError, match="format must be one of"):
        download(PLANS, filterset)


@pytest.mark.usefixtures("hidden")
@pytest.mark.parametrize("rows", [1, 20])
@pytest.mark.parametrize("fmt", FORMATS)
def test_download_plans_query_count_is_fixed(export, django_assert_num_queries, rows, fmt):
    make_full_plans(rows)

    with django_assert_num_queries(11):  # the data version, then the rows
        response = export("plans", fmt)

    assert len(csv_rows(response.body)) == rows + 1 if fmt == "csv" else rows


@pytest.mark.usefixtures("hidden")
@pytest.mark.parametrize("rows", [1, 20])
def test_download_insights_query_count_is_fixed(export, django_assert_num_queries, rows):
    make_full_plans(rows)

    with django_assert_num_queries(3):  # the data version, then the rows
        response = export("insights", "json")

    assert len(json.loads(response.body)) == rows * 2


@pytest.mark.usefixtures("hidden")
@pytest.mark.parametrize("rows", [1, 20])
def test_download_partners_query_count_is_fixed(export, django_assert_num_queries, rows):
    make_full_plans(rows)

    # The data version, the partners, their partnerships and their plans' countries.
    with django_assert_num_queries(4):
        response = export("partners", "json")

    rows_by_name = {row["name"]: row for row in json.loads(response.body)}
    assert len(rows_by_name) == rows + 1
    assert rows_by_name["Shared Partner"]["countries"] == [
        {"code": "AZE", "name": "Azerbaijan"},
        {"code": "KEN", "name": "Kenya"},
    ]


@pytest.mark.usefixtures("hidden")
@pytest.mark.parametrize("rows", [1, 20])
def test_download_blogs_query_count_is_fixed(export, django_assert_num_queries, rows):
    make_full_blogs(rows)

    with django_assert_num_queries(3):  # the data version, then the rows
        response = export("blogs", "csv")

    assert len(csv_rows(response.body)) == rows + 1


def test_download_queries_once_per_batch_not_per_row(export, django_assert_num_queries):
    make_full_plans(20)
    exports_batch = 8

    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(downloads, "BATCH_SIZE", exports_batch)
        # 20 rows in batches of 8: the data version, one query for the rows, then 3 batches
        # of 9 prefetches.
        with django_assert_num_queries(2 + 3 * 9):
            response = export("plans", "json")

    assert len(json.loads(response.body)) == 20
