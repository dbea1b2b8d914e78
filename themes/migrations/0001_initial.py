"""The themes leave the publications app for their own, without losing a row: the tables are
renamed (``publications_theme`` → ``themes_theme``, ``publications_themeindexpage`` →
``themes_themeindexpage``; the links of publications, projects, news and events follow
them), and so are their content types, which the themes page and the staff groups'
permissions point to."""

import django.db.models.deletion
import wagtail.contrib.routable_page.models
from django.conf import settings
from django.db import migrations, models

MOVED = {
    "publications_theme": "themes_theme",
    "publications_themeindexpage": "themes_themeindexpage",
}
MODELS = ["theme", "themeindexpage"]


def rename_tables(renames: dict[str, str]) -> list[migrations.RunSQL]:
    return [
        migrations.RunSQL(
            f"ALTER TABLE {old} RENAME TO {new}", reverse_sql=f"ALTER TABLE {new} RENAME TO {old}"
        )
        for old, new in renames.items()
    ]


def move_content_types(apps, from_label: str, to_label: str) -> None:
    """Each model's content type under its new app, keeping its id: the pages, permissions and
    references that point to it keep working. One made already under the new label (by a
    migration run stopped halfway) points to nothing yet and gives way."""
    ContentType = apps.get_model("contenttypes", "ContentType")
    for model in MODELS:
        moved = ContentType.objects.filter(app_label=from_label, model=model).first()
        if moved is None:
            continue
        ContentType.objects.filter(app_label=to_label, model=model).delete()
        moved.app_label = to_label
        moved.save(update_fields=["app_label"])


def to_themes(apps, schema_editor):
    move_content_types(apps, "publications", "themes")


def back_to_publications(apps, schema_editor):
    move_content_types(apps, "themes", "publications")


class Migration(migrations.Migration):
    initial = True

    dependencies = [
        ("contenttypes", "0002_remove_content_type_name"),
        ("pages", "0004_translated_organisation_name"),
        ("wagtailcore", "0098_apitoken"),
        # After every migration that made the tables or a link to them under their old names.
        ("publications", "0005_fold_accents"),
        ("projects", "0002_partner_name_in_every_language"),
        ("news", "0003_staff_groups_manage_subscribers"),
        ("events", "0005_registration_pending"),
    ]

    operations = [
        migrations.SeparateDatabaseAndState(
            database_operations=rename_tables(MOVED),
            state_operations=[
                migrations.CreateModel(
                    name="Theme",
                    fields=[
                        (
                            "id",
                            models.BigAutoField(
                                auto_created=True,
                                primary_key=True,
                                serialize=False,
                                verbose_name="ID",
                            ),
                        ),
                        ("name", models.CharField(max_length=100, verbose_name="name")),
                        (
                            "name_en",
                            models.CharField(max_length=100, null=True, verbose_name="name"),
                        ),
                        (
                            "name_fr",
                            models.CharField(max_length=100, null=True, verbose_name="name"),
                        ),
                        (
                            "name_de",
                            models.CharField(max_length=100, null=True, verbose_name="name"),
                        ),
                        (
                            "name_it",
                            models.CharField(max_length=100, null=True, verbose_name="name"),
                        ),
                        (
                            "name_es",
                            models.CharField(max_length=100, null=True, verbose_name="name"),
                        ),
                        (
                            "name_pt",
                            models.CharField(max_length=100, null=True, verbose_name="name"),
                        ),
                        ("slug", models.SlugField(max_length=100, unique=True, verbose_name="key")),
                        ("description", models.TextField(blank=True, verbose_name="description")),
                        (
                            "description_en",
                            models.TextField(blank=True, null=True, verbose_name="description"),
                        ),
                        (
                            "description_fr",
                            models.TextField(blank=True, null=True, verbose_name="description"),
                        ),
                        (
                            "description_de",
                            models.TextField(blank=True, null=True, verbose_name="description"),
                        ),
                        (
                            "description_it",
                            models.TextField(blank=True, null=True, verbose_name="description"),
                        ),
                        (
                            "description_es",
                            models.TextField(blank=True, null=True, verbose_name="description"),
                        ),
                        (
                            "description_pt",
                            models.TextField(blank=True, null=True, verbose_name="description"),
                        ),
                    ],
                    options={
                        "verbose_name": "theme",
                        "verbose_name_plural": "themes",
                        "ordering": ["slug"],
                    },
                ),
                migrations.CreateModel(
                    name="ThemeIndexPage",
                    fields=[
                        (
                            "page_ptr",
                            models.OneToOneField(
                                auto_created=True,
                                on_delete=django.db.models.deletion.CASCADE,
                                parent_link=True,
                                primary_key=True,
                                serialize=False,
                                to=settings.WAGTAIL_PAGE_MODEL,
                            ),
                        ),
                        (
                            "intro",
                            models.TextField(
                                blank=True,
                                help_text="A few lines shown under the title and in lists.",
                                verbose_name="introduction",
                            ),
                        ),
                        (
                            "intro_en",
                            models.TextField(
                                blank=True,
                                help_text="A few lines shown under the title and in lists.",
                                null=True,
                                verbose_name="introduction",
                            ),
                        ),
                        (
                            "intro_fr",
                            models.TextField(
                                blank=True,
                                help_text="A few lines shown under the title and in lists.",
                                null=True,
                                verbose_name="introduction",
                            ),
                        ),
                        (
                            "intro_de",
                            models.TextField(
                                blank=True,
                                help_text="A few lines shown under the title and in lists.",
                                null=True,
                                verbose_name="introduction",
                            ),
                        ),
                        (
                            "intro_it",
                            models.TextField(
                                blank=True,
                                help_text="A few lines shown under the title and in lists.",
                                null=True,
                                verbose_name="introduction",
                            ),
                        ),
                        (
                            "intro_es",
                            models.TextField(
                                blank=True,
                                help_text="A few lines shown under the title and in lists.",
                                null=True,
                                verbose_name="introduction",
                            ),
                        ),
                        (
                            "intro_pt",
                            models.TextField(
                                blank=True,
                                help_text="A few lines shown under the title and in lists.",
                                null=True,
                                verbose_name="introduction",
                            ),
                        ),
                        (
                            "listing_image",
                            models.ForeignKey(
                                blank=True,
                                null=True,
                                on_delete=django.db.models.deletion.SET_NULL,
                                related_name="+",
                                to="pages.siteimage",
                                verbose_name="listing and sharing image",
                            ),
                        ),
                    ],
                    options={
                        "verbose_name": "themes page",
                    },
                    bases=(
                        wagtail.contrib.routable_page.models.RoutablePageMixin,
                        "wagtailcore.page",
                        models.Model,
                    ),
                ),
            ],
        ),
        migrations.RunPython(to_themes, back_to_publications),
    ]
