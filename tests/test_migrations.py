"""The migrations: a database migrated with the history the squashed set replaces
(tests/data/old_migrations, the reference data read from the set's frozen copy) migrates on:
Django takes the squashed schema and reference data as applied, and the search index is
written afresh. So does one migrated before 0004 and 0005 were squashed
(tests/data/migrations_to_0005)."""

import pytest
from django.contrib.auth.models import Group
from django.core.management import call_command
from django.db import connection, transaction
from django.db.migrations.executor import MigrationExecutor

from records.models import SDG, Country, ImportUpload, LearningPlan, SearchWord
from records.search import matching
from tests.factories import make_plan

OLD = "tests.data.old_migrations"
TO_0005 = "tests.data.migrations_to_0005"
OLD_NAMES = [
    "0001_initial",
    "0002_reference_data",
    "0003_search_indexes",
    "0004_lab_editor_group",
    "0005_tag_aliases",
    "0006_insights_stored_once",
    "0007_tag_links_once_per_plan",
    "0008_data_version",
    "0009_bureau_and_map_shape",
    "0010_facet_indexes",
    "0011_search_index",
    "0012_cycles",
    "0013_search_index_per_language",
    "0014_partner_redirects",
    "0015_published_list_indexes",
    "0016_plan_hidden_index",
]
SQUASHED = ["0001_squashed_schema", "0002_squashed_reference_data"]
# Migrations after the replaced history: run on a database migrated with it.
LATER = ["0003_search_entries", "0004_import_jobs_and_answer_labels"]
# What 0004_import_jobs_and_answer_labels replaces.
OLD_0004_0005 = ["0004_import_uploads_and_search_words", "0005_answer_labels_and_import_jobs"]


def applied() -> list[str]:
    executor = MigrationExecutor(connection)
    return sorted(name for app, name in executor.recorder.applied_migrations() if app == "records")


def pending() -> list[str]:
    executor = MigrationExecutor(connection)
    plan = executor.migration_plan(executor.loader.graph.leaf_nodes())
    return [migration.name for migration, _ in plan]


def editor_permissions() -> list[str]:
    group = Group.objects.get(name="Lab editor")
    return sorted(group.permissions.values_list("codename", flat=True))


def test_the_squashed_migrations_replace_the_whole_old_history(db):
    # Also makes pytest-django set the test database up when this module runs alone.
    loader = MigrationExecutor(connection).loader
    replaced = [
        old
        for new in (*SQUASHED, *LATER)
        for _, old in loader.disk_migrations["records", new].replaces
    ]
    assert sorted(replaced) == sorted([*OLD_NAMES, *OLD_0004_0005])


@pytest.mark.slow
def test_a_database_of_the_replaced_migrations_migrates_on(
    django_db_setup, django_db_blocker, settings
):
    # Outside a test's transaction (migrations change the schema), and without the flush
    # that would follow a transactional test: the test ends with the database as the
    # migrations leave it, reference data included.
    with django_db_blocker.unblock():
        migrate_the_replaced_history_on(settings)


def migrate_the_replaced_history_on(settings):
    squashed_permissions = editor_permissions()
    call_command("migrate", "records", "zero", verbosity=0)

    settings.MIGRATION_MODULES = {"records": OLD}
    call_command("migrate", "records", verbosity=0)
    assert applied() == OLD_NAMES
    assert editor_permissions() == squashed_permissions

    settings.MIGRATION_MODULES = {}
    assert pending() == LATER
    call_command("migrate", verbosity=0)

    assert applied() == sorted([*OLD_NAMES, *SQUASHED, *LATER, *OLD_0004_0005])
    assert (ImportUpload.objects.count(), SearchWord.objects.count()) == (0, 0)
    assert (Country.objects.count(), SDG.objects.count()) == (250, 17)
    assert Country.objects.get(code="AZE").bureau == "europe-central-asia"
    assert editor_permissions() == squashed_permissions

    with transaction.atomic():
        make_plan("Beekeeping in Baku")
        found = matching(LearningPlan.objects.values_list("title", flat=True), "baku")
        assert list(found) == ["Beekeeping in Baku"]
        transaction.set_rollback(True)


@pytest.mark.slow
def test_a_database_migrated_before_0004_and_0005_were_squashed_migrates_on(
    django_db_setup, django_db_blocker, settings
):
    with django_db_blocker.unblock():
        call_command("migrate", "records", "zero", verbosity=0)
        settings.MIGRATION_MODULES = {"records": TO_0005}
        call_command("migrate", "records", verbosity=0)
        before = sorted([*OLD_NAMES, *SQUASHED, LATER[0], *OLD_0004_0005])
        assert applied() == before

        settings.MIGRATION_MODULES = {}
        assert pending() == []
        call_command("migrate", verbosity=0)

        assert applied() == sorted([*before, LATER[1]])
        assert (Country.objects.count(), SDG.objects.count()) == (250, 17)
        with transaction.atomic():
            plan = make_plan("Beekeeping in Baku")
            plan.answers.create(prompt="Who keeps the bees?", label="Keepers", text="Farmers.")
            assert plan.answers.get(label="Keepers").text == "Farmers."
            assert ImportUpload.objects.count() == 0
            transaction.set_rollback(True)
