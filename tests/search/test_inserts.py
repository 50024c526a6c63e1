"""records.search.inserts: rows sent many to a statement, however many statements they take."""

import pytest
from django.db import connection

from records.models import SearchWord
from records.search import inserts

pytestmark = pytest.mark.django_db

TABLE = SearchWord._meta.db_table
ADD = f"ON CONFLICT (spelling) DO UPDATE SET entries = {TABLE}.entries + EXCLUDED.entries"


def test_rows_past_one_statement_are_all_written_and_the_tail_ends_each():
    # More rows than a statement holds on either database (SQLite's parameter limit, ROWS).
    rows = [(f"w{i:05}", f"w{i:05}", 1) for i in range(2 * inserts.ROWS + 7)]
    with connection.cursor() as cursor:
        inserts.insert(cursor, TABLE, ("spelling", "word", "entries"), rows, ADD)
        inserts.insert(cursor, TABLE, ("spelling", "word", "entries"), rows[::2], ADD)
    counts = dict(SearchWord.objects.values_list("spelling", "entries"))
    assert len(counts) == len(rows)
    assert counts["w00000"] == 2 and counts["w00001"] == 1
    assert sum(counts.values()) == len(rows) + len(rows[::2])


def test_no_rows_send_no_statement(django_assert_num_queries):
    with django_assert_num_queries(0), connection.cursor() as cursor:
        inserts.insert(cursor, TABLE, ("spelling", "word", "entries"), [], ADD)
