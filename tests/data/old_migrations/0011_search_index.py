"""The search index (records.search): a `language` on plans and blogs, and one table of
entries keyed by model and primary key.

SQLite: an FTS5 table, unicode61 with diacritics removed. PostgreSQL: the unaccent extension
(creating it needs a role allowed to) and a table of weighted tsvectors, each in its record's
language, with a GIN index; the English-only generated columns of migration 0003 go. An
existing database is indexed by `manage.py rebuild_search_index`.
"""

from django.db import migrations, models

SQLITE = {
    "create": [
        "CREATE VIRTUAL TABLE records_search USING fts5("
        "title, insights, body, tokenize = 'unicode61 remove_diacritics 2')"
    ],
    "drop": ["DROP TABLE IF EXISTS records_search"],
}
OLD_COLUMNS = ("records_learningplan", "records_blog", "records_insight")
POSTGRESQL = {
    "create": [
        "CREATE EXTENSION IF NOT EXISTS unaccent",
        "CREATE TABLE records_search (key bigint PRIMARY KEY, config regconfig NOT NULL, "
        "vector tsvector NOT NULL)",
        # The `q` filter: entries whose vector matches the query.
        "CREATE INDEX records_search_vector ON records_search USING gin (vector)",
        *(f"ALTER TABLE {table} DROP COLUMN search_vector" for table in OLD_COLUMNS),
    ],
    "drop": [
        "DROP TABLE IF EXISTS records_search",
        *(
            f"ALTER TABLE {table} ADD COLUMN search_vector tsvector GENERATED ALWAYS AS "
            f"(to_tsvector('english'::regconfig, COALESCE({column}, ''))) STORED"
            for table, column in zip(OLD_COLUMNS, ("search_document", "search_document", "text"))
        ),
        *(
            f"CREATE INDEX {table}_search ON {table} USING gin (search_vector)"
            for table in OLD_COLUMNS
        ),
    ],
}


def _run(step):
    def run(apps, schema_editor):
        statements = POSTGRESQL if schema_editor.connection.vendor == "postgresql" else SQLITE
        for statement in statements[step]:
            schema_editor.execute(statement)

    return run


class Migration(migrations.Migration):
    dependencies = [
        ("records", "0010_facet_indexes"),
    ]

    operations = [
        migrations.AddField(
            model_name="blog",
            name="language",
            field=models.CharField(
                choices=[
                    ("en", "English"),
                    ("fr", "French"),
                    ("es", "Spanish"),
                    ("other", "Other"),
                ],
                default="en",
                help_text="Detected at import; search stems the words by this language's rules.",
                max_length=5,
            ),
        ),
        migrations.AddField(
            model_name="learningplan",
            name="language",
            field=models.CharField(
                choices=[
                    ("en", "English"),
                    ("fr", "French"),
                    ("es", "Spanish"),
                    ("other", "Other"),
                ],
                default="en",
                help_text="Detected at import; search stems the words by this language's rules.",
                max_length=5,
            ),
        ),
        migrations.AddConstraint(
            model_name="blog",
            constraint=models.CheckConstraint(
                condition=models.Q(("language__in", ["en", "fr", "es", "other"])),
                name="blog_language_valid",
            ),
        ),
        migrations.AddConstraint(
            model_name="learningplan",
            constraint=models.CheckConstraint(
                condition=models.Q(("language__in", ["en", "fr", "es", "other"])),
                name="plan_language_valid",
            ),
        ),
        migrations.RunPython(_run("create"), _run("drop")),
    ]
