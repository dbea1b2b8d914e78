"""A status in English too, and how many fields the reference has: a practice is measured
against its original language, English being one of its translations. The rows are
measured again after the migrations (``pages.translation_status.refresh_after_migrations``),
which writes both."""

from django.db import migrations, models


class Migration(migrations.Migration):
    dependencies = [("pages", "0005_translation_status")]

    operations = [
        migrations.AddField(
            model_name="translationstatus",
            name="reference_fields",
            field=models.PositiveSmallIntegerField(default=0),
            preserve_default=False,
        ),
        migrations.AddField(
            model_name="translationstatus",
            name="status_en",
            field=models.CharField(default="complete", max_length=8),
            preserve_default=False,
        ),
    ]
