"""manage.py load_reference_data: the SDGs, regions and countries of fixtures/, upserted."""

from io import StringIO

import pytest
from django.core.management import call_command

from records.models import SDG, Country, Region

pytestmark = pytest.mark.django_db


def rows():
    return (
        list(Region.objects.order_by("pk").values_list("pk", "name", "slug", "continent")),
        list(
            Country.objects.order_by("code").values_list(
                "code", "name", "region_id", "aliases", "bureau", "map_shape"
            )
        ),
        list(SDG.objects.values_list("number", "name")),
    )


def load() -> str:
    out = StringIO()
    call_command("load_reference_data", stdout=out)
    return out.getvalue()


def test_loading_the_files_the_migrations_loaded_changes_nothing():
    migrated = rows()
    assert load() == "23 regions, 250 countries, 17 SDGs\n"
    assert rows() == migrated


def test_a_second_run_gives_the_same_rows():
    Country.objects.filter(code="AZE").update(name="Azerbaidjan", bureau="", map_shape="")
    SDG.objects.filter(number=5).update(name="Gender")
    Region.objects.filter(name="Central Asia").update(continent="Europe")

    load()
    once = rows()
    load()

    assert rows() == once
    aze = Country.objects.get(code="AZE")
    assert (aze.name, aze.bureau, aze.region.name, aze.region.continent) == (
        "Azerbaijan",
        "europe-central-asia",
        "Western Asia",
        "Asia",
    )
    assert aze.map_shape.startswith("M")
    assert SDG.objects.get(number=5).name == "Gender equality"
    assert Region.objects.get(name="Central Asia").continent == "Asia"


def test_a_country_keeps_the_aliases_staff_added():
    Country.objects.filter(code="AZE").update(aliases=["Azerbaijan Republic", "Azərbaycan"])
    load()
    assert Country.objects.get(code="AZE").aliases == [
        "Republic of Azerbaijan",
        "Azerbaijan Republic",
        "Azərbaycan",
    ]


def test_a_country_the_files_do_not_name_stays():
    region = Region.objects.get(name="Central Asia")
    Country.objects.create(code="XXA", name="Atlantis", region=region)
    load()
    assert Country.objects.get(code="XXA").name == "Atlantis"
