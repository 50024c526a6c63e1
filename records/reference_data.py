"""The reference data of fixtures/: the 17 SDGs, and every country with its UN M49 region,
UNDP regional bureau, aliases and world map outline.

A fresh database gets a frozen copy from its migrations; `load_reference_data` (manage.py
load_reference_data) brings a database up to date with the files later. It upserts: a row the
files name is created or updated to match them, a row they do not name stays (plans and blogs
may point at it), and a second run changes nothing.
"""

import json
from pathlib import Path

from django.conf import settings
from django.db import transaction
from django.utils.text import slugify

from . import versioning
from .models import SDG, Country, Region

FIXTURES = settings.BASE_DIR / "fixtures"


def _read(path: Path) -> list[dict]:
    return json.loads(path.read_text(encoding="utf-8"))


def load_reference_data(fixtures: Path = FIXTURES, using="default") -> dict[str, int]:
    """Upsert the regions, countries and SDGs of `fixtures`; returns the number of rows of
    each the files hold. A country keeps the aliases staff added in the admin besides the
    file's."""
    countries = _read(fixtures / "countries.json")
    sdgs = _read(fixtures / "sdgs.json")
    regions = {row["region"]: row["continent"] for row in countries}
    with transaction.atomic(using=using):
        staff_aliases = dict(Country.objects.using(using).values_list("code", "aliases"))
        Region.objects.using(using).bulk_create(
            [
                Region(name=name, slug=slugify(name), continent=continent)
                for name, continent in regions.items()
            ],
            update_conflicts=True,
            unique_fields=["name"],
            update_fields=["slug", "continent"],
        )
        region_ids = dict(Region.objects.using(using).values_list("name", "pk"))
        Country.objects.using(using).bulk_create(
            [
                Country(
                    code=row["code"],
                    name=row["name"],
                    region_id=region_ids[row["region"]],
                    aliases=list(
                        dict.fromkeys([*row["aliases"], *staff_aliases.get(row["code"], [])])
                    ),
                    bureau=row["bureau"],
                    map_shape=row["shape"],
                )
                for row in countries
            ],
            update_conflicts=True,
            unique_fields=["code"],
            update_fields=["name", "region", "aliases", "bureau", "map_shape"],
        )
        SDG.objects.using(using).bulk_create(
            [SDG(number=row["number"], name=row["name"]) for row in sdgs],
            update_conflicts=True,
            unique_fields=["number"],
            update_fields=["name"],
        )
        versioning.bump(using)
    return {"regions": len(regions), "countries": len(countries), "SDGs": len(sdgs)}
