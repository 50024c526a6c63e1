"""`manage.py rebuild_search_index`: write the search index afresh from the records."""

from django.core.management.base import BaseCommand
from django.db import transaction

from records import versioning
from records.search.entries import rebuild


class Command(BaseCommand):
    help = (
        "Empty the search index and index every plan, insight, partner and blog again "
        "(after loading data without the importer, or after a change of the index)."
    )

    def add_arguments(self, parser):
        parser.add_argument("--database", default="default", help="database alias")

    def handle(self, *args, database, **options):
        with transaction.atomic(using=database):
            count = rebuild(database)
            versioning.bump(database)
        self.stdout.write(f"{count} search entries written")
