"""`manage.py load_reference_data`: bring the SDGs, regions and countries up to fixtures/."""

from django.core.management.base import BaseCommand

from records.reference_data import load_reference_data


class Command(BaseCommand):
    help = (
        "Create or update the SDGs, regions and countries (with their bureau, aliases and map "
        "outline) from fixtures/; rows the files do not name are kept. Running it twice "
        "changes nothing the second time."
    )

    def add_arguments(self, parser):
        parser.add_argument("--database", default="default", help="database alias")

    def handle(self, *args, database, **options):
        counts = load_reference_data(using=database)
        self.stdout.write(", ".join(f"{count} {name}" for name, count in counts.items()))
