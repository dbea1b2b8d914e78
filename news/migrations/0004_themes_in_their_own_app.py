"""The themes now live in their own app (``themes.0001``): the link to them follows, in the
migrations' state only; its table already points to the themes' table, renamed."""

import modelcluster.fields
from django.db import migrations


class Migration(migrations.Migration):
    dependencies = [
        ("news", "0003_staff_groups_manage_subscribers"),
        ("themes", "0001_initial"),
    ]

    operations = [
        migrations.SeparateDatabaseAndState(
            state_operations=[
                migrations.AlterField(
                    model_name="newsarticlepage",
                    name="themes",
                    field=modelcluster.fields.ParentalManyToManyField(
                        blank=True, related_name="news", to="themes.theme", verbose_name="themes"
                    ),
                ),
            ],
        ),
    ]
