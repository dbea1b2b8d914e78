"""Wagtail's staff groups (Editors, Moderators) manage the members and the library, invite
member accounts and read the download report: not only superusers."""

from django.contrib.auth.management import create_permissions
from django.db import migrations

STAFF_GROUPS = ["Editors", "Moderators"]
GRANTED = {
    "members": {
        "memberauthority": ["add", "change", "delete", "view"],
        "nationalforum": ["add", "change", "delete", "view"],
        "joinapplication": ["change", "delete", "view"],
        "memberaccount": ["add", "change", "delete", "view"],
    },
    "publications": {
        "publication": ["add", "change", "delete", "view"],
        "theme": ["add", "change", "delete", "view"],
        "download": ["view"],
    },
}


def grant(apps, schema_editor):
    # On a new database the permissions are only created after every migration has run.
    for label in GRANTED:
        app_config = apps.get_app_config(label)
        app_config.models_module = True
        create_permissions(app_config, apps=apps, verbosity=0)
    Group = apps.get_model("auth", "Group")
    Permission = apps.get_model("auth", "Permission")
    permissions = [
        Permission.objects.get(
            content_type__app_label=label, codename=f"{action}_{model}"
        )
        for label, models in GRANTED.items()
        for model, actions in models.items()
        for action in actions
    ]
    for group in Group.objects.filter(name__in=STAFF_GROUPS):
        group.permissions.add(*permissions)


class Migration(migrations.Migration):
    dependencies = [
        ("auth", "0012_alter_user_first_name_max_length"),
        ("wagtailcore", "0002_initial_data"),
        ("members", "0003_memberaccount"),
        ("publications", "0002_search_columns_and_library_indexes"),
    ]

    operations = [migrations.RunPython(grant, migrations.RunPython.noop)]
