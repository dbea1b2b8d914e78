"""The themes now live in their own app (``themes.0001``): the link to them follows, in the
migrations' state only; its table already points to the themes' table, renamed."""

import modelcluster.fields
from django.db import migrations


class Migration(migrations.Migration):
    dependencies = [
        ("projects", "0002_partner_name_in_every_language"),
        ("themes", "0001_initial"),
    ]

    operations = [
        migrations.SeparateDatabaseAndState(
            state_operations=[
                migrations.AlterField(
                    model_name="projectpage",
                    name="themes",
                    field=modelcluster.fields.ParentalManyToManyField(
                        blank=True, related_name="projects", to="themes.theme", verbose_name="themes"
                    ),
                ),
            ],
        ),
    ]
