"""The reference data a fresh database starts with: the 17 SDGs, every country with its UN M49
region, UNDP bureau and world map outline (0002_squashed_reference_data.json, frozen here:
later changes of fixtures/ are loaded by `manage.py load_reference_data`), and the "Lab editor"
group: staff who curate the knowledge base but do not manage users.

Permissions are normally created after `migrate` finishes (post_migrate), too late for a
migration to hand them out; creating them here first means a fresh `migrate` gives the group
its permissions. The post_migrate pass then finds them already there.
"""

import json
from pathlib import Path

from django.contrib.auth.management import create_permissions
from django.db import migrations
from django.utils.text import slugify

DATA = Path(__file__).with_suffix(".json")
GROUP = "Lab editor"
ACTIONS = ("add", "change", "delete", "view")
# Every model staff curate; not DataVersion, which only the code writes.
CURATED = (
    "blog",
    "blogauthor",
    "bloglink",
    "country",
    "datasource",
    "insight",
    "learningplan",
    "method",
    "partner",
    "partneralias",
    "partnerredirect",
    "partnership",
    "plananswer",
    "region",
    "sdg",
    "taggeddatasource",
    "taggedmethod",
    "taggedthematicarea",
    "thematicarea",
)


def load_reference_data(apps, schema_editor):
    Region = apps.get_model("records", "Region")
    Country = apps.get_model("records", "Country")
    SDG = apps.get_model("records", "SDG")
    data = json.loads(DATA.read_text(encoding="utf-8"))
    regions = {}
    for row in data["countries"]:
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
            bureau=row["bureau"],
            map_shape=row["shape"],
        )
        for row in data["countries"]
    )
    SDG.objects.bulk_create(SDG(number=row["number"], name=row["name"]) for row in data["sdgs"])


def unload_reference_data(apps, schema_editor):
    for model in ("Country", "Region", "SDG"):
        apps.get_model("records", model).objects.all().delete()


def create_group(apps, schema_editor):
    app_config = apps.get_app_config("records")
    # create_permissions skips an app whose models module is unset, as it is on the
    # historical app registry a migration sees.
    app_config.models_module = True
    create_permissions(app_config, apps=apps, verbosity=0, using=schema_editor.connection.alias)
    app_config.models_module = None

    Group = apps.get_model("auth", "Group")
    Permission = apps.get_model("auth", "Permission")
    codenames = [f"{action}_{model}" for model in CURATED for action in ACTIONS]
    group, _ = Group.objects.get_or_create(name=GROUP)
    group.permissions.add(
        *Permission.objects.filter(content_type__app_label="records", codename__in=codenames)
    )


def delete_group(apps, schema_editor):
    apps.get_model("auth", "Group").objects.filter(name=GROUP).delete()


class Migration(migrations.Migration):
    replaces = [
        ("records", "0002_reference_data"),
        ("records", "0004_lab_editor_group"),
        ("records", "0009_bureau_and_map_shape"),
        ("records", "0014_partner_redirects"),
    ]

    dependencies = [
        ("auth", "0012_alter_user_first_name_max_length"),
        ("contenttypes", "0002_remove_content_type_name"),
        ("records", "0001_squashed_schema"),
    ]

    operations = [
        migrations.RunPython(load_reference_data, unload_reference_data),
        migrations.RunPython(create_group, delete_group),
    ]
