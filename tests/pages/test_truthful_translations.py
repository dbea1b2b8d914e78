"""Visitors are told the truth about translations: what falls back to English says so, and
what the site can name itself (languages, the organisation) is named in their language."""

import importlib
import json
import re

import pytest
from django.contrib.auth import get_user_model
from django.utils import translation
from wagtail.models import Site

from pages.factories import ImageFactory
from pages.i18n import language_names, spoken_language_choices
from pages.models import SiteSettings, TeamPage
from pages.models.base import translated_child_relations
from pages.models.editorial import AboutPage, InternationalPage

NOTICE = 'class="notice"'
SPANISH_PAGE_TEXT = {"intro_es": "Introducción al equipo"}

migration = importlib.import_module("pages.migrations.0003_team_member_languages_as_codes")


def path_of(page, language):
    return page.url_in(language).removeprefix("http://localhost")


def html_of(client, page, language):
    response = client.get(path_of(page, language))
    assert response.status_code == 200
    return response.content.decode()


def publish(page, **fields):
    for name, value in fields.items():
        setattr(page, name, value)
    page.save_revision().publish()


def role_elements(html):
    return re.findall(r'<p class="person__role"[^>]*>[^<]*</p>', html)


def test_orderables_with_translated_fields_count_as_the_pages_text():
    assert translated_child_relations(TeamPage) == {"people": ["role"]}
    assert translated_child_relations(AboutPage) == {"objectives": ["text"]}
    assert translated_child_relations(InternationalPage) == {"statuses": ["title"]}


def test_a_role_only_in_english_and_french_shows_the_notice_and_is_marked_english(
    client, site_tree
):
    publish(site_tree.team, **SPANISH_PAGE_TEXT)
    html = html_of(client, site_tree.team, "es")
    assert NOTICE in html
    roles = role_elements(html)
    assert len(roles) == 2
    assert all(' lang="en"' in role and "Role [en]" in role for role in roles)
    assert NOTICE not in html_of(client, site_tree.team, "fr")


def test_roles_written_in_spanish_leave_no_notice(client, site_tree):
    publish(site_tree.team, **SPANISH_PAGE_TEXT)
    site_tree.team.people.update(role_es="Cargo")
    html = html_of(client, site_tree.team, "es")
    assert NOTICE not in html
    assert 'lang="en"' not in "".join(role_elements(html))
    assert "Cargo" in html


def test_another_orderable_falling_back_shows_the_notice(client, site_tree):
    international = site_tree.international
    publish(international, intro_es="Introducción")
    international.statuses.update(title_es="Estatuto")
    assert NOTICE not in html_of(client, international, "es")
    international.statuses.filter(pk=international.statuses.first().pk).update(title_es="")
    html = html_of(client, international, "es")
    assert NOTICE in html
    assert '<li lang="en">Status [en]' in html


@pytest.mark.parametrize(
    ("language", "sentence"),
    [
        ("en", "Speaks French, English and German"),
        ("es", "Habla francés, inglés y alemán"),
        ("de", "Spricht Französisch, Englisch und Deutsch"),
        ("fr", "Parle français, anglais et allemand"),
    ],
)
def test_the_languages_spoken_are_named_in_the_visitors_language(
    client, site_tree, language, sentence
):
    html = html_of(client, site_tree.team, language)
    assert html.count(sentence) == 2


def test_a_person_with_no_languages_gets_no_sentence(client, site_tree):
    site_tree.team.people.update(languages=[])
    assert 'class="person__languages"' not in html_of(client, site_tree.team, "es")


def test_language_names_follow_the_language_asked_for():
    assert language_names(["pt", "es"], "it") == "portoghese e spagnolo"
    assert language_names(["pt"], "pt") == "português"
    assert language_names([], "es") == ""
    with translation.override("de"):
        assert language_names(["fr", "en"]) == "Französisch und Englisch"
        choices = dict(spoken_language_choices())
    assert choices["mt"] == "Maltesisch"
    assert len(choices) >= 24


def test_the_admin_ticks_languages_among_the_choices(client, site_tree):
    editor = get_user_model().objects.create_superuser("editor", "editor@example.org", "pw")
    client.force_login(editor)
    html = client.get(f"/admin/pages/{site_tree.team.pk}/edit/").content.decode()
    ticked = re.findall(
        r'<input type="checkbox" name="people-0-languages" value="(\w+)"[^>]*checked', html
    )
    assert sorted(ticked) == ["de", "en", "fr"]
    assert 'name="people-0-languages" value="mt"' in html


@pytest.fixture
def organisation(site_tree):
    site_settings = SiteSettings.for_site(Site.objects.get(is_default_site=True))
    site_settings.organisation_name_en = "European Forum for Urban Security"
    site_settings.organisation_name_fr = "Forum européen pour la sécurité urbaine"
    for code in ("de", "it", "es", "pt"):
        setattr(site_settings, f"organisation_name_{code}", None)
    site_settings.save()
    return site_settings


def footer_heading(html):
    return re.search(r'<h2 id="footer-contact"[^>]*>[^<]*</h2>', html).group(0)


def test_the_footer_names_the_organisation_in_french_on_french_pages(
    client, site_tree, organisation
):
    heading = footer_heading(html_of(client, site_tree.home, "fr"))
    assert heading == '<h2 id="footer-contact">Forum européen pour la sécurité urbaine</h2>'


def test_the_footer_marks_the_english_name_standing_in_for_a_missing_translation(
    client, site_tree, organisation
):
    heading = footer_heading(html_of(client, site_tree.home, "de"))
    assert heading == '<h2 id="footer-contact" lang="en">European Forum for Urban Security</h2>'
    heading = footer_heading(html_of(client, site_tree.home, "en"))
    assert heading == '<h2 id="footer-contact">European Forum for Urban Security</h2>'


def test_new_site_settings_name_the_organisation_in_every_language(site_tree):
    SiteSettings.objects.all().delete()
    site_settings = SiteSettings.for_site(Site.objects.get(is_default_site=True))
    assert site_settings.organisation_name_en == "European Forum for Urban Security"
    assert site_settings.organisation_name_es == "Foro Europeo para la Seguridad Urbana"
    assert site_settings.organisation_name_pt == "Fórum Europeu para a Segurança Urbana"
    with translation.override("it"):
        assert site_settings.organisation_name == "Forum europeo per la sicurezza urbana"


def test_the_home_pages_structured_data_names_the_organisation_in_the_visitors_language(
    client, site_tree, organisation
):
    html = html_of(client, site_tree.home, "fr")
    payload = re.search(r'<script type="application/ld\+json">(.*?)</script>', html).group(1)
    data = json.loads(payload)
    assert data["@type"] == "Organization"
    assert data["name"] == "Forum européen pour la sécurité urbaine"
    assert data["alternateName"] == "Efus"


@pytest.mark.parametrize(
    ("text", "language", "codes"),
    [
        ("French, English and German", "en", ["fr", "en", "de"]),
        ("Portuguese, Spanish, French, and English", "en", ["pt", "es", "fr", "en"]),
        ("french & ENGLISH", "en", ["fr", "en"]),
        ("italien, français et anglais", "fr", ["it", "fr", "en"]),
        ("", "en", []),
        (None, "en", []),
    ],
)
def test_the_migration_reads_typed_languages_as_codes(text, language, codes):
    assert migration.language_codes(text, language) == codes


def test_the_migration_reports_words_that_name_no_language():
    assert migration.unnamed_words("French and Klingonese", "en") == ["klingonese"]
    assert migration.unnamed_words("French, English and German", "en") == []


def test_a_labels_logo_is_described_in_the_visitors_language(client, site_tree):
    logo = ImageFactory(description_en="IDEAS quality label", description_fr="Label qualité IDEAS")
    site_settings = SiteSettings.for_site(Site.objects.get(is_default_site=True))
    site_settings.labels = [("label", {"name": "IDEAS", "logo": logo, "url": ""})]
    site_settings.save()
    assert 'alt="Label qualité IDEAS"' in html_of(client, site_tree.home, "fr")
    assert 'alt="IDEAS quality label"' in html_of(client, site_tree.home, "en")
