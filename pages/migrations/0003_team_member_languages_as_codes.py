"""Team members' languages become a list of language codes, named by the site in each
visitor's language, instead of a sentence typed in each language."""

import re

from babel import Locale
from babel.lists import format_list
from django.db import migrations, models

import pages.i18n
import pages.models.editorial

SITE_LANGUAGES = ("en", "fr", "de", "it", "es", "pt")
SEPARATORS = re.compile(r"\s*(?:[,;/&+]|\band\b|\bet\b|\bund\b|\be\b|\by\b)\s*", re.IGNORECASE)


def names_to_codes(language: str) -> dict[str, str]:
    """Every language's name in ``language`` (and every code), lower-cased → its code; the
    site's choices win over variants that share a name."""
    known = {}
    for code, name in Locale.parse(language).languages.items():
        if "_" not in code:
            known.setdefault(name.casefold(), code)
            known.setdefault(code.casefold(), code)
    for code in pages.i18n.SPOKEN_LANGUAGE_CODES:
        name = Locale.parse(language).languages.get(code)
        if name:
            known[name.casefold()] = code
    return known


def words(text: str | None) -> list[str]:
    """The names listed in ``text``, lower-cased."""
    return [
        word for word in (w.strip(" .()").casefold() for w in SEPARATORS.split(text or "")) if word
    ]


def language_codes(text: str | None, language: str = "en") -> list[str]:
    """``"French, English and German"`` → ``["fr", "en", "de"]``: the codes of the languages
    named in ``text`` (written in ``language``), in their order."""
    known = names_to_codes(language)
    codes = [known[word] for word in words(text) if word in known]
    return list(dict.fromkeys(codes))


def unnamed_words(text: str | None, language: str = "en") -> list[str]:
    """The words of ``text`` that name no language."""
    known = names_to_codes(language)
    return [word for word in words(text) if word not in known]


def to_codes(apps, schema_editor):
    """Read each member's English text; when it names no language or holds words that are not
    language names, the first other language's text that reads in full."""
    TeamMember = apps.get_model("pages", "TeamMember")
    for member in TeamMember.objects.all():
        texts = [(member.languages_en or member.languages, "en")] + [
            (getattr(member, f"languages_{language}"), language) for language in SITE_LANGUAGES[1:]
        ]
        texts = [(text, language) for text, language in texts if text]
        readable = [
            (text, language) for text, language in texts if not unnamed_words(text, language)
        ]
        text, language = (readable or texts or [("", "en")])[0]
        unnamed = unnamed_words(text, language)
        if unnamed:
            print(f"\n  Team member {member.name!r}: no language named {', '.join(unnamed)!r}")
        member.spoken_languages = language_codes(text, language)
        member.save(update_fields=["spoken_languages"])


def to_text(apps, schema_editor):
    TeamMember = apps.get_model("pages", "TeamMember")
    for member in TeamMember.objects.all():
        for language in SITE_LANGUAGES:
            locale = Locale.parse(pages.i18n.BABEL_LOCALES.get(language, language))
            names = [locale.languages.get(code, code) for code in member.spoken_languages]
            setattr(member, f"languages_{language}", format_list(names, locale=locale))
        member.languages = member.languages_en
        member.save()


class Migration(migrations.Migration):
    dependencies = [
        ("pages", "0002_key_figures_and_forums_from_member_data"),
    ]

    operations = [
        migrations.AddField(
            model_name="teammember",
            name="spoken_languages",
            field=pages.models.editorial.LanguageListField(
                base_field=models.CharField(
                    choices=pages.i18n.spoken_language_choices, max_length=8
                ),
                blank=True,
                default=list,
                size=None,
                verbose_name="languages spoken",
            ),
        ),
        migrations.RunPython(to_codes, to_text),
        migrations.RemoveField(model_name="teammember", name="languages"),
        migrations.RemoveField(model_name="teammember", name="languages_de"),
        migrations.RemoveField(model_name="teammember", name="languages_en"),
        migrations.RemoveField(model_name="teammember", name="languages_es"),
        migrations.RemoveField(model_name="teammember", name="languages_fr"),
        migrations.RemoveField(model_name="teammember", name="languages_it"),
        migrations.RemoveField(model_name="teammember", name="languages_pt"),
        migrations.RenameField(
            model_name="teammember", old_name="spoken_languages", new_name="languages"
        ),
    ]
