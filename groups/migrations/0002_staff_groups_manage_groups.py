"""Wagtail's staff groups (Editors, Moderators) edit the working groups and answer the
requests to join them: not only superusers."""

from django.contrib.auth.management import create_permissions
from django.db import migrations

STAFF_GROUPS = ["Editors", "Moderators"]
GRANTED = [
    "add_workinggroup",
    "change_workinggroup",
    "delete_workinggroup",
    "view_workinggroup",
    "view_groupmembership",
    "change_groupmembership",
    "delete_groupmembership",
]


def grant(apps, schema_editor):
    # On a new database the permissions are only created after every migration has run.
    app_config = apps.get_app_config("groups")
    app_config.models_module = True
    create_permissions(app_config, apps=apps, verbosity=0)
    Group = apps.get_model("auth", "Group")
    Permission = apps.get_model("auth", "Permission")
    permissions = Permission.objects.filter(
        content_type__app_label="groups", codename__in=GRANTED
    )
    for group in Group.objects.filter(name__in=STAFF_GROUPS):
        group.permissions.add(*permissions)


class Migration(migrations.Migration):
    dependencies = [
        ("auth", "0012_alter_user_first_name_max_length"),
        ("wagtailcore", "0002_initial_data"),
        ("groups", "0001_initial"),
    ]

    operations = [migrations.RunPython(grant, migrations.RunPython.noop)]
