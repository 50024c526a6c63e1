"""Full-text indexes for PostgreSQL; SQLite searches without them.

Each index is on the very expression the `q` filter computes:
SearchVector("search_document", config="english") and, for insights, SearchVector("text").
"""

from django.db import migrations

INDEXES = {
    "plan_search": ("records_learningplan", "search_document"),
    "blog_search": ("records_blog", "search_document"),
    "insight_search": ("records_insight", "text"),
}


def create(apps, schema_editor):
    if schema_editor.connection.vendor != "postgresql":
        return
    for name, (table, column) in INDEXES.items():
        schema_editor.execute(
            f"CREATE INDEX IF NOT EXISTS {name} ON {table} USING gin "
            f"(to_tsvector('english'::regconfig, COALESCE({column}, '')))"
        )


def drop(apps, schema_editor):
    if schema_editor.connection.vendor != "postgresql":
        return
    for name in INDEXES:
        schema_editor.execute(f"DROP INDEX IF EXISTS {name}")


class Migration(migrations.Migration):
    dependencies = [("records", "0002_reference_data")]

    operations = [migrations.RunPython(create, drop)]
