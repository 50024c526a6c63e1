"""The search index (records.search): one table of entries keyed by model and primary key.

SQLite: an FTS5 table, unicode61 with diacritics removed. PostgreSQL: the unaccent and
btree_gin extensions (creating them needs a role allowed to) and a table of weighted
tsvectors, each in its record's language, with one partial GIN index per text search
configuration on the entry's kind (key % 8) and its tsvector. An existing database is indexed
by `manage.py rebuild_search_index`.
"""

from django.db import migrations

CONFIGS = ("english", "french", "spanish", "simple")
SQLITE = {
    "create": [
        "CREATE VIRTUAL TABLE records_search USING fts5("
        "title, insights, body, tokenize = 'unicode61 remove_diacritics 2')"
    ],
    "drop": ["DROP TABLE IF EXISTS records_search"],
}
POSTGRESQL = {
    "create": [
        "CREATE EXTENSION IF NOT EXISTS unaccent",
        "CREATE EXTENSION IF NOT EXISTS btree_gin",
        "CREATE TABLE records_search (key bigint PRIMARY KEY, config regconfig NOT NULL, "
        "vector tsvector NOT NULL)",
        *(
            f"CREATE INDEX records_search_{config} ON records_search "
            f"USING gin ((key % 8), vector) WHERE config = '{config}'::regconfig"
            for config in CONFIGS
        ),
    ],
    "drop": ["DROP TABLE IF EXISTS records_search"],
}


def _run(step):
    def run(apps, schema_editor):
        statements = POSTGRESQL if schema_editor.connection.vendor == "postgresql" else SQLITE
        for statement in statements[step]:
            schema_editor.execute(statement, params=None)  # `key % 8`: no placeholders

    return run


class Migration(migrations.Migration):
    replaces = [
        ("records", "0003_search_indexes"),
        ("records", "0011_search_index"),
        ("records", "0013_search_index_per_language"),
    ]

    dependencies = [("records", "0002_squashed_reference_data")]

    operations = [migrations.RunPython(_run("create"), _run("drop"))]
