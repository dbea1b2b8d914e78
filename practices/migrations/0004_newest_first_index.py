"""The practices in the lists' order, newest first, indexed: a page of a list reads a few rows
of the index instead of sorting every practice."""

from django.db import migrations, models


class Migration(migrations.Migration):
    dependencies = [
        ("practices", "0003_image_descriptions_documents_cascade"),
    ]

    operations = [
        migrations.AddIndex(
            model_name="practice",
            index=models.Index(
                models.OrderBy(models.F("first_published_at"), descending=True, nulls_last=True),
                models.OrderBy(models.F("id"), descending=True),
                name="practice_newest_first",
            ),
        ),
    ]
