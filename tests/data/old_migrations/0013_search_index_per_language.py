"""PostgreSQL: the search index's GIN index split into one partial index per text search
configuration, each on the entry's kind (key % 8, records.search.entries.KINDS) and its
tsvector (btree_gin lets a GIN index hold the number).

A query matches each row in the row's own configuration, one OR branch per configuration, and
rows of one kind (records.search.postgres). A phrase or an exclusion is rechecked on every
candidate row, which reads its whole tsvector: with these indexes only the candidates of the
kind asked for are rechecked, each against its own configuration's branch. Creating btree_gin
needs a role allowed to (like unaccent in 0011). Nothing on SQLite.
"""

from django.db import migrations

CONFIGS = ("english", "french", "spanish", "simple")


def _run(statements):
    def run(apps, schema_editor):
        if schema_editor.connection.vendor == "postgresql":
            for statement in statements:
                schema_editor.execute(statement, params=None)  # `key % 8`: no placeholders

    return run


CREATE = [
    "CREATE EXTENSION IF NOT EXISTS btree_gin",
    *(
        f"CREATE INDEX records_search_{config} ON records_search USING gin ((key % 8), vector) "
        f"WHERE config = '{config}'::regconfig"
        for config in CONFIGS
    ),
    "DROP INDEX records_search_vector",
]
DROP = [
    "CREATE INDEX records_search_vector ON records_search USING gin (vector)",
    *(f"DROP INDEX records_search_{config}" for config in CONFIGS),
]


class Migration(migrations.Migration):
    dependencies = [
        ("records", "0012_cycles"),
    ]

    operations = [migrations.RunPython(_run(CREATE), _run(DROP))]
