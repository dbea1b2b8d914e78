"""Wagtail's staff groups (Editors, Moderators) moderate the groups' spaces in the admin:
they read and change the discussions, posts, reported posts and shared files, and delete a
report dealt with or a shared file; nobody adds one in a member's name. A person reports a
post once: the repeated reports are merged into the first."""

from django.contrib.auth.management import create_permissions
from django.db import migrations, models
from django.db.models import Min

STAFF_GROUPS = ["Editors", "Moderators"]
MODERATED = ["thread", "post", "postreport", "sharedfile"]
GRANTED = [
    *(f"{action}_{model}" for model in MODERATED for action in ("view", "change")),
    "delete_postreport",
    "delete_sharedfile",
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


def keep_first_reports(apps, schema_editor):
    PostReport = apps.get_model("groups", "PostReport")
    first = (
        PostReport.objects.filter(reporter__isnull=False)
        .values("post", "reporter")
        .annotate(first=Min("pk"))
        .values("first")
    )
    PostReport.objects.filter(reporter__isnull=False).exclude(pk__in=first).delete()


class Migration(migrations.Migration):
    dependencies = [
        ("auth", "0012_alter_user_first_name_max_length"),
        ("wagtailcore", "0002_initial_data"),
        ("groups", "0005_shared_file_kept"),
    ]

    operations = [
        migrations.RunPython(grant, migrations.RunPython.noop),
        migrations.RunPython(keep_first_reports, migrations.RunPython.noop),
        migrations.AddConstraint(
            model_name="postreport",
            constraint=models.UniqueConstraint(
                fields=("post", "reporter"), name="post_report_once"
            ),
        ),
    ]
