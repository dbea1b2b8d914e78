"""Move the national forums typed on the governance page into the members app's forums."""

from django.conf import settings
from django.db import migrations

LANGUAGES = [code for code, _name in settings.LANGUAGES]


def forums_from_governance_page(apps, schema_editor):
    PageForum = apps.get_model("pages", "NationalForum")
    NationalForum = apps.get_model("members", "NationalForum")
    for old in PageForum.objects.order_by("sort_order"):
        names = {f"name_{code}": getattr(old, f"name_{code}") for code in LANGUAGES}
        NationalForum.objects.update_or_create(
            country=old.country,
            defaults={"name": old.name_en or old.name, "website": old.url, **names},
        )


class Migration(migrations.Migration):
    dependencies = [
        ("members", "0001_initial"),
        ("pages", "0001_initial"),
    ]

    operations = [
        migrations.RunPython(forums_from_governance_page, migrations.RunPython.noop),
    ]
