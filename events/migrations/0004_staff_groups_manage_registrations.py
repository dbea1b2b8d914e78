"""Wagtail's staff groups (Editors, Moderators) see, export, change and delete the events'
registrations: not only superusers. Event pages need nothing: the groups' page permissions
cover the whole tree."""

from django.contrib.auth.management import create_permissions
from django.db import migrations

STAFF_GROUPS = ["Editors", "Moderators"]
GRANTED = ["view_registration", "change_registration", "delete_registration"]


def grant(apps, schema_editor):
    # On a new database the permissions are only created after every migration has run.
    app_config = apps.get_app_config("events")
    app_config.models_module = True
    create_permissions(app_config, apps=apps, verbosity=0)
    Group = apps.get_model("auth", "Group")
    Permission = apps.get_model("auth", "Permission")
    permissions = Permission.objects.filter(
        content_type__app_label="events", codename__in=GRANTED
    )
    for group in Group.objects.filter(name__in=STAFF_GROUPS):
        group.permissions.add(*permissions)


class Migration(migrations.Migration):
    dependencies = [
        ("auth", "0012_alter_user_first_name_max_length"),
        ("wagtailcore", "0002_initial_data"),
        ("events", "0003_registration_email_any_case"),
    ]

    operations = [migrations.RunPython(grant, migrations.RunPython.noop)]
