"""The review of practices: the workflow "Practice review", with one task for the Editors and
Moderators groups, applies to every practice; those groups may edit and publish practices."""

from django.contrib.auth.management import create_permissions
from django.db import migrations

STAFF_GROUPS = ["Editors", "Moderators"]
WORKFLOW_NAME = "Practice review"
TASK_NAME = "Review by the Efus team"
EXTRA_ACTIONS = ("publish", "lock", "unlock")


def content_type(apps, model):
    ContentType = apps.get_model("contenttypes", "ContentType")
    return ContentType.objects.get_or_create(app_label="practices", model=model)[0]


def create_review(apps, schema_editor):
    app_config = apps.get_app_config("practices")
    app_config.models_module = True
    create_permissions(app_config, apps=apps, verbosity=0)
    Group = apps.get_model("auth", "Group")
    Permission = apps.get_model("auth", "Permission")
    practice = content_type(apps, "practice")
    # Wagtail adds these after every migration (snippets' create_extra_permissions).
    for action in EXTRA_ACTIONS:
        Permission.objects.get_or_create(
            content_type=practice,
            codename=f"{action}_practice",
            defaults={"name": f"Can {action} practice"},
        )
    staff = Group.objects.filter(name__in=STAFF_GROUPS)
    permissions = Permission.objects.filter(content_type=practice)
    for group in staff:
        group.permissions.add(*permissions)

    Workflow = apps.get_model("wagtailcore", "Workflow")
    WorkflowTask = apps.get_model("wagtailcore", "WorkflowTask")
    WorkflowContentType = apps.get_model("wagtailcore", "WorkflowContentType")
    PracticeReviewTask = apps.get_model("practices", "PracticeReviewTask")
    task = PracticeReviewTask.objects.create(
        name=TASK_NAME, content_type=content_type(apps, "practicereviewtask"), active=True
    )
    task.groups.set(staff)
    workflow = Workflow.objects.create(name=WORKFLOW_NAME, active=True)
    WorkflowTask.objects.create(workflow=workflow, task=task, sort_order=0)
    WorkflowContentType.objects.create(workflow=workflow, content_type=practice)


def remove_review(apps, schema_editor):
    apps.get_model("wagtailcore", "Workflow").objects.filter(name=WORKFLOW_NAME).delete()
    apps.get_model("practices", "PracticeReviewTask").objects.filter(name=TASK_NAME).delete()
    # Check the deleted rows' references now: the table they were in may be dropped next, in
    # the same transaction.
    schema_editor.execute("SET CONSTRAINTS ALL IMMEDIATE")
    schema_editor.execute("SET CONSTRAINTS ALL DEFERRED")


class Migration(migrations.Migration):
    dependencies = [
        ("practices", "0001_initial"),
        ("members", "0004_read_members_only_permission"),
        ("wagtailcore", "0098_apitoken"),
    ]

    operations = [migrations.RunPython(create_review, remove_review)]
