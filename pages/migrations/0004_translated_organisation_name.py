"""The organisation's name, translated: the default name is given in every language, a name
an editor typed stays English until it is translated."""

from django.db import migrations, models

import pages.models.site_settings

LANGUAGES = ("en", "fr", "de", "it", "es", "pt")
DEFAULT_NAMES = {
    "en": "European Forum for Urban Security",
    "fr": "Forum européen pour la sécurité urbaine",
    "de": "Europäisches Forum für urbane Sicherheit",
    "it": "Forum europeo per la sicurezza urbana",
    "es": "Foro Europeo para la Seguridad Urbana",
    "pt": "Fórum Europeu para a Segurança Urbana",
}


def translate_names(apps, schema_editor):
    SiteSettings = apps.get_model("pages", "SiteSettings")
    for site_settings in SiteSettings.objects.all():
        name = site_settings.organisation_name
        for language in LANGUAGES:
            if name == DEFAULT_NAMES["en"]:
                value = DEFAULT_NAMES[language]
            else:
                value = name if language == "en" else None
            setattr(site_settings, f"organisation_name_{language}", value)
        site_settings.save()


def keep_english_name(apps, schema_editor):
    SiteSettings = apps.get_model("pages", "SiteSettings")
    for site_settings in SiteSettings.objects.all():
        site_settings.organisation_name = (
            site_settings.organisation_name_en or site_settings.organisation_name
        )
        site_settings.save(update_fields=["organisation_name"])


def name_field():
    return models.CharField(
        default=pages.models.site_settings.default_organisation_name,
        max_length=200,
        null=True,
        verbose_name="organisation name",
    )


class Migration(migrations.Migration):
    dependencies = [
        ("pages", "0003_team_member_languages_as_codes"),
    ]

    operations = [
        migrations.AlterField(
            model_name="sitesettings",
            name="organisation_name",
            field=models.CharField(
                default=pages.models.site_settings.default_organisation_name,
                max_length=200,
                verbose_name="organisation name",
            ),
        ),
        *[
            migrations.AddField(
                model_name="sitesettings",
                name=f"organisation_name_{language}",
                field=name_field(),
            )
            for language in LANGUAGES
        ],
        migrations.RunPython(translate_names, keep_english_name),
    ]
