"""Staff read members-only content by a permission, no longer by reaching the admin: Wagtail's
staff groups (Editors, Moderators), who manage the library, are granted it."""

from django.contrib.auth.management import create_permissions
from django.db import migrations

STAFF_GROUPS = ["Editors", "Moderators"]


def grant(apps, schema_editor):
    # On a new database the permissions are only created after every migration has run.
    app_config = apps.get_app_config("members")
    app_config.models_module = True
    create_permissions(app_config, apps=apps, verbosity=0)
    Group = apps.get_model("auth", "Group")
    Permission = apps.get_model("auth", "Permission")
    permission = Permission.objects.get(
        content_type__app_label="members", codename="read_members_only"
    )
    for group in Group.objects.filter(name__in=STAFF_GROUPS):
        group.permissions.add(permission)


class Migration(migrations.Migration):
    dependencies = [
        ("members", "0003_memberaccount"),
        ("publications", "0003_staff_groups_manage_members_and_library"),
    ]

    operations = [
        migrations.AlterModelOptions(
            name="memberaccount",
            options={
                "permissions": [("read_members_only", "Can read members-only content")],
                "verbose_name": "member account",
                "verbose_name_plural": "member accounts",
            },
        ),
        migrations.RunPython(grant, migrations.RunPython.noop),
    ]
