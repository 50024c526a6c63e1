"""The download of a whole list is streamed once per data version: the next request for it
streams the kept text without a query of rows; a write makes it fresh. Filtered downloads,
smaller and too many to keep, are made each time."""

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from records.exports import downloads
from tests.factories import make_plan

pytestmark = pytest.mark.django_db


def test_second_download_is_streamed_from_the_cache(export, django_assert_num_queries):
    make_plan("First plan")
    make_plan("Hidden plan", is_published=False)
    first = export("plans", "csv")

    with django_assert_num_queries(1):  # the data version only
        again = export("plans", "csv")

    assert again.streaming
    assert again.body == first.body
    assert [line.split(",")[1] for line in again.body.splitlines()[1:]] == ["First plan"]


def test_download_after_a_write_is_made_afresh(export):
    make_plan("First plan")
    export("plans", "csv")
    make_plan("Second plan")

    body = export("plans", "csv").body

    assert [line.split(",")[1] for line in body.splitlines()[1:]] == ["First plan", "Second plan"]


def test_other_filters_are_another_download(export):
    make_plan("First plan", year=2021)
    make_plan("Second plan", year=2022)
    export("plans", "csv")

    body = export("plans", "csv", year="2022").body

    assert [line.split(",")[1] for line in body.splitlines()[1:]] == ["Second plan"]


def test_filtered_download_is_made_each_time(export):
    make_plan("First plan", year=2021)
    export("plans", "csv", year="2021")

    with CaptureQueriesContext(connection) as queries:
        body = export("plans", "csv", year="2021").body

    assert len(queries) == 10  # the rows, as for the first: no data version read
    assert [line.split(",")[1] for line in body.splitlines()[1:]] == ["First plan"]


def test_download_over_the_cached_size_is_streamed_afresh(export, monkeypatch):
    monkeypatch.setattr(downloads, "MAX_CACHED_CHARS", 10)
    make_plan("First plan")
    first = export("plans", "csv")

    with CaptureQueriesContext(connection) as queries:
        again = export("plans", "csv")

    assert len(queries) == 11  # the data version, then the rows as for the first
    assert again.body == first.body


def test_second_xlsx_download_is_read_from_the_cache(export, django_assert_num_queries):
    make_plan("First plan")
    first = export("plans", "xlsx")

    with django_assert_num_queries(1):  # the data version only
        again = export("plans", "xlsx")

    assert again.content_bytes == first.content_bytes
    assert [line.split(",")[1] for line in again.body.splitlines()[1:]] == ["First plan"]


def test_filtered_xlsx_download_is_made_each_time(export):
    make_plan("First plan", year=2021)
    export("plans", "xlsx", year="2021")

    with CaptureQueriesContext(connection) as queries:
        body = export("plans", "xlsx", year="2021").body

    assert len(queries) == 10  # the rows, as for the first: no data version read
    assert [line.split(",")[1] for line in body.splitlines()[1:]] == ["First plan"]


def test_xlsx_download_over_the_cached_size_is_made_afresh(export, monkeypatch):
    monkeypatch.setattr(downloads, "MAX_CACHED_CHARS", 10)
    make_plan("First plan")
    export("plans", "xlsx")

    with CaptureQueriesContext(connection) as queries:
        body = export("plans", "xlsx").body

    assert len(queries) == 11  # the data version, then the rows again
    assert [line.split(",")[1] for line in body.splitlines()[1:]] == ["First plan"]
