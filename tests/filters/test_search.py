"""Text search of the lists: ranking and syntax on both databases, stemming and the index on
PostgreSQL."""

import re

import pytest
from django.db import connection
from django.http import QueryDict

from records.filters import BlogFilter, InsightFilter, PlanFilter
from records.search_index import SearchEntry
from tests.factories import make_plan
from tests.filters.results import titles

pytestmark = pytest.mark.django_db
postgresql_only = pytest.mark.skipif(
    connection.vendor != "postgresql", reason="PostgreSQL stemming and index"
)
sqlite_only = pytest.mark.skipif(connection.vendor != "sqlite", reason="SQLite's FTS5 index")


@postgresql_only
def test_plan_search_stems_and_ranks_by_relevance(catalogue):
    make_plan("Solar, solar and more solar", year=2020, challenge="Solar panels for solar kiosks.")

    # "solaring" and "solar" share a stem; the older plan says it more often, so it ranks first.
    assert titles(PlanFilter(data=QueryDict("q=solaring"))) == [
        "Solar, solar and more solar",
        "Solar kiosks",
    ]
    assert titles(PlanFilter(data=QueryDict("q=solar&sort=newest"))) == [
        "Solar kiosks",
        "Solar, solar and more solar",
    ]


def test_plan_search_reads_web_search_syntax(catalogue):
    assert titles(PlanFilter(data=QueryDict('q="solar power" -wind'))) == ["Solar kiosks"]
    assert titles(PlanFilter(data=QueryDict("q=kiosks or careers&sort=title"))) == [
        "Solar kiosks",
        "Women in STEM careers",
    ]


@postgresql_only
@pytest.mark.parametrize("filterset_class", [PlanFilter, InsightFilter, BlogFilter])
def test_search_can_use_its_full_text_index(catalogue, filterset_class):
    search = filterset_class().filters["q"]
    matches = search.filter(search.model.objects.all(), "women")
    sql, params = matches.values("pk").query.sql_with_params()
    with connection.cursor() as cursor:
        # With so few rows the planner would scan the table, or read the kind's entries by the
        # index of entries by record and kind; forbid both (the test's transaction restores
        # the index) to see whether the full-text indexes fit the expression the filter
        # computes.
        cursor.execute("SET LOCAL enable_seqscan = off")
        cursor.execute("ALTER TABLE records_search DROP CONSTRAINT search_entry_once")
        cursor.execute(f"EXPLAIN {sql}", params)
        plan = "\n".join(row[0] for row in cursor.fetchall())

    # One index per kind and language: only this list's rows are read (the entries found, by
    # their primary key).
    kind = SearchEntry.kind_of(search.model)
    read = re.findall(r"Index Scan on records_search_(\w+)", plan)
    configs = ("english", "french", "spanish", "simple")
    assert sorted(index for index in read if index != "pkey") == sorted(
        f"{kind}_{c}" for c in configs
    )


@sqlite_only
@pytest.mark.parametrize("filterset_class", [PlanFilter, InsightFilter, BlogFilter])
def test_a_ranked_list_matches_the_index_once_for_all_its_rows(catalogue, filterset_class):
    ranked = filterset_class(data=QueryDict("q=women")).qs
    sql, params = ranked.query.sql_with_params()
    with connection.cursor() as cursor:
        cursor.execute(f"EXPLAIN QUERY PLAN {sql}", params)
        plan = [row[3] for row in cursor.fetchall()]

    # The rank's MATCH, which keeps the matching rows (no filter matches them again), and
    # those of the rank's boosts (the title's; the words as typed, women, beside the names of
    # its concept in French and Spanish), each a scan of the matching rows (MATCH, no rowid
    # given), never one MATCH for each entry or record read first.
    reads = [step for step in plan if "VIRTUAL TABLE" in step]
    assert len(reads) == 3
    assert all(
        step.startswith("SCAN ") and step.endswith("VIRTUAL TABLE INDEX 0:M3") for step in reads
    )
