"""Each translated object's statuses, stored for Reports → Translations. The rows are
written after the migrations (``pages.translation_status.refresh_after_migrations``), with
the models of the code that runs, and kept current from then on."""

import django.db.models.deletion
from django.conf import settings
from django.db import migrations, models


class Migration(migrations.Migration):
    dependencies = [
        ("pages", "0004_translated_organisation_name"),
        migrations.swappable_dependency(settings.WAGTAIL_PAGE_MODEL),
    ]

    operations = [
        migrations.CreateModel(
            name="TranslationStatus",
            fields=[
                (
                    "id",
                    models.BigAutoField(
                        auto_created=True, primary_key=True, serialize=False, verbose_name="ID"
                    ),
                ),
                ("model", models.CharField(max_length=100)),
                ("object_id", models.BigIntegerField()),
                ("kind", models.CharField(max_length=100)),
                ("written_en", models.PositiveSmallIntegerField()),
                ("written_fr", models.PositiveSmallIntegerField()),
                ("written_de", models.PositiveSmallIntegerField()),
                ("written_it", models.PositiveSmallIntegerField()),
                ("written_es", models.PositiveSmallIntegerField()),
                ("written_pt", models.PositiveSmallIntegerField()),
                ("status_fr", models.CharField(max_length=8)),
                ("status_de", models.CharField(max_length=8)),
                ("status_it", models.CharField(max_length=8)),
                ("status_es", models.CharField(max_length=8)),
                ("status_pt", models.CharField(max_length=8)),
                ("complete", models.BooleanField()),
                (
                    "page",
                    models.ForeignKey(
                        null=True,
                        on_delete=django.db.models.deletion.CASCADE,
                        related_name="+",
                        to=settings.WAGTAIL_PAGE_MODEL,
                    ),
                ),
            ],
            options={
                "indexes": [models.Index(fields=["kind"], name="translation_status_kind")],
                "constraints": [
                    models.UniqueConstraint(
                        fields=("model", "object_id"), name="translation_status_object"
                    )
                ],
            },
        ),
    ]
