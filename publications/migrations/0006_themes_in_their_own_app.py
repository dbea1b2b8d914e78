"""The themes and the themes page now live in their own app (``themes.0001``, which renamed
their tables): they leave this app's state, once every link to them points to the new app."""

import modelcluster.fields
from django.db import migrations


class Migration(migrations.Migration):
    dependencies = [
        ("publications", "0005_fold_accents"),
        ("themes", "0001_initial"),
        ("events", "0006_themes_in_their_own_app"),
        ("news", "0004_themes_in_their_own_app"),
        ("projects", "0003_themes_in_their_own_app"),
    ]

    operations = [
        migrations.SeparateDatabaseAndState(
            state_operations=[
                migrations.AlterField(
                    model_name="publication",
                    name="themes",
                    field=modelcluster.fields.ParentalManyToManyField(
                        blank=True,
                        related_name="publications",
                        to="themes.theme",
                        verbose_name="themes",
                    ),
                ),
                migrations.DeleteModel(name="Theme"),
                migrations.DeleteModel(name="ThemeIndexPage"),
            ],
        ),
    ]
