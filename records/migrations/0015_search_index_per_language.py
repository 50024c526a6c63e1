"""PostgreSQL: the search index's GIN index split into one partial index per text search
configuration. A query matches each row in the row's own configuration, one OR branch per
configuration (records.search.postgres); with an index per configuration, the recheck of a
candidate row tests only its own branch instead of every branch in turn, each of which reads
the row's whole tsvector. Nothing on SQLite.
"""

from django.db import migrations

CONFIGS = ("english", "french", "spanish", "simple")


def _run(statements):
    def run(apps, schema_editor):
        if schema_editor.connection.vendor == "postgresql":
            for statement in statements:
                schema_editor.execute(statement)

    return run


CREATE = [
    *(
        f"CREATE INDEX records_search_{config} ON records_search USING gin (vector) "
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
