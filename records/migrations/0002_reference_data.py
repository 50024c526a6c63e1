"""Loads the reference data of fixtures/: the 17 SDGs, countries with ISO codes and regions."""

import json
from pathlib import Path

from django.db import migrations
from django.utils.text import slugify

FIXTURES = Path(__file__).resolve().parents[2] / "fixtures"


def load(apps, schema_editor):
    Region = apps.get_model("records", "Region")
    Country = apps.get_model("records", "Country")
    SDG = apps.get_model("records", "SDG")
    countries = json.loads((FIXTURES / "countries.json").read_text(encoding="utf-8"))
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
    sdgs = json.loads((FIXTURES / "sdgs.json").read_text(encoding="utf-8"))
    SDG.objects.bulk_create(SDG(number=row["number"], name=row["name"]) for row in sdgs)


def unload(apps, schema_editor):
    for model in ("Country", "Region", "SDG"):
        apps.get_model("records", model).objects.all().delete()


class Migration(migrations.Migration):
    dependencies = [("records", "0001_initial")]

    operations = [migrations.RunPython(load, unload)]
