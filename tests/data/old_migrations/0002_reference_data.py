"""Loads the reference data of fixtures/: the 17 SDGs, countries with ISO codes and regions."""

import json
from pathlib import Path

from django.db import migrations
from django.utils.text import slugify

# The squashed set's frozen copy of the reference data, in place of fixtures/.
FROZEN = Path(__file__).resolve().parents[3] / "records/migrations/0002_squashed_reference_data.json"


def _frozen(name):
    return json.loads(FROZEN.read_text(encoding="utf-8"))[name]


def load(apps, schema_editor):
    Region = apps.get_model("records", "Region")
    Country = apps.get_model("records", "Country")
    SDG = apps.get_model("records", "SDG")
    countries = _frozen("countries")
    regions = {}
    for row in countries:
        if row["region"] not in regions:
            regions[row["region"]] = Region.objects.create(
                name=row["region"], slug=slugify(row["region"]), continent=row["continent"]
            )
    Country.objects.bulk_create(
        Country(
            code=row["code"],
            name=row["name"],
            region=regions[row["region"]],
            aliases=row["aliases"],
        )
        for row in countries
    )
    sdgs = _frozen("sdgs")
    SDG.objects.bulk_create(SDG(number=row["number"], name=row["name"]) for row in sdgs)


def unload(apps, schema_editor):
    for model in ("Country", "Region", "SDG"):
        apps.get_model("records", model).objects.all().delete()


class Migration(migrations.Migration):
    dependencies = [("records", "0001_initial")]

    operations = [migrations.RunPython(load, unload)]
