"""PartnerRedirect: the address of a partner merged into another, which redirects to it. Lab
editors may curate them as they curate partners (see 0004_lab_editor_group)."""

import django.db.models.deletion
from django.contrib.auth.management import create_permissions
from django.db import migrations, models


def grant_lab_editors(apps, schema_editor):
    app_config = apps.get_app_config("records")
    # As in 0004: create_permissions skips an app whose models module is unset.
    app_config.models_module = True
    create_permissions(app_config, apps=apps, verbosity=0, using=schema_editor.connection.alias)
    app_config.models_module = None
    Group = apps.get_model("auth", "Group")
    Permission = apps.get_model("auth", "Permission")
    codenames = [f"{action}_partnerredirect" for action in ("add", "change", "delete", "view")]
    for group in Group.objects.filter(name="Lab editor"):
        group.permissions.add(
            *Permission.objects.filter(content_type__app_label="records", codename__in=codenames)
        )


class Migration(migrations.Migration):
    dependencies = [
        ("records", "0013_search_index_per_language"),
    ]

    operations = [
        migrations.CreateModel(
            name="PartnerRedirect",
            fields=[
                (
                    "id",
                    models.BigAutoField(
                        auto_created=True, primary_key=True, serialize=False, verbose_name="ID"
                    ),
                ),
                (
                    "slug",
                    models.SlugField(
                        help_text="The merged partner's address, /partners/<slug>/.",
                        max_length=100,
                    ),
                ),
                (
                    "partner",
                    models.ForeignKey(
                        on_delete=django.db.models.deletion.CASCADE,
                        related_name="redirects",
                        to="records.partner",
                    ),
                ),
            ],
            options={
                "verbose_name": "old address",
                "verbose_name_plural": "old addresses",
                "constraints": [
                    models.UniqueConstraint(fields=("slug",), name="partner_redirect_once")
                ],
            },
        ),
        migrations.RunPython(grant_lab_editors, migrations.RunPython.noop),
    ]
