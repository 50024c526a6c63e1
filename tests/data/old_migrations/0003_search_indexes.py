"""Full-text search columns for PostgreSQL; SQLite searches the text without them.

On PostgreSQL each searchable table gets a stored generated `search_vector` column, which the
database keeps in step with the text itself, and a GIN index on it. (An index on the
to_tsvector() expression alone is not used: the planner underestimates the cost of computing
to_tsvector for every row and scans the table.) Django does not know these columns; the `q`
filter reads them through records.filters.search_vector().
"""

from django.db import migrations

SEARCHABLE = {
    "records_learningplan": "search_document",
    "records_blog": "search_document",
    "records_insight": "text",
}


def create(apps, schema_editor):
    if schema_editor.connection.vendor != "postgresql":
        return
    for table, column in SEARCHABLE.items():
        schema_editor.execute(
            f"ALTER TABLE {table} ADD COLUMN search_vector tsvector GENERATED ALWAYS AS "
            f"(to_tsvector('english'::regconfig, COALESCE({column}, ''))) STORED"
        )
        schema_editor.execute(f"CREATE INDEX {table}_search ON {table} USING gin (search_vector)")


def drop(apps, schema_editor):
    if schema_editor.connection.vendor != "postgresql":
        return
    for table in SEARCHABLE:
        schema_editor.execute(f"ALTER TABLE {table} DROP COLUMN search_vector")


class Migration(migrations.Migration):
    dependencies = [("records", "0002_reference_data")]

    operations = [migrations.RunPython(create, drop)]
