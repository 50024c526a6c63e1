"""The "Lab editor" group: staff who curate the knowledge base but do not manage users.

Permissions are normally created after `migrate` finishes (post_migrate), too late for a
migration to hand them out; creating them here first means a fresh `migrate` gives the group
its permissions. The post_migrate pass then finds them already there.
"""

from django.contrib.auth.management import create_permissions
from django.db import migrations

GROUP = "Lab editor"
ACTIONS = ("add", "change", "delete", "view")


def create_group(apps, schema_editor):
    app_config = apps.get_app_config("records")
    # create_permissions skips an app whose models module is unset, as it is on the
    # historical app registry a migration sees.
    app_config.models_module = True
    create_permissions(app_config, apps=apps, verbosity=0, using=schema_editor.connection.alias)
    app_config.models_module = None

    Group = apps.get_model("auth", "Group")
    Permission = apps.get_model("auth", "Permission")
    codenames = [
        f"{action}_{model._meta.model_name}"
        for model in app_config.get_models()
        for action in ACTIONS
    ]
    group, _ = Group.objects.get_or_create(name=GROUP)
    group.permissions.add(
        *Permission.objects.filter(content_type__app_label="records", codename__in=codenames)
    )


def delete_group(apps, schema_editor):
    apps.get_model("auth", "Group").objects.filter(name=GROUP).delete()


class Migration(migrations.Migration):
    dependencies = [
        ("auth", "0012_alter_user_first_name_max_length"),
        ("contenttypes", "0002_remove_content_type_name"),
        ("records", "0003_search_indexes"),
    ]

    operations = [migrations.RunPython(create_group, delete_group)]
