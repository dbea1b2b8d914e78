"""The privacy notice renders in every language, states the retention periods the purges
use, and every form that collects personal data links to it."""

import pytest
from django.conf import settings
from django.utils import translation
from django.utils.translation import gettext

from events.registration import DATA_NOTICE as REGISTRATION_NOTICE
from members.joining import DATA_NOTICE as JOIN_NOTICE
from news.factories import NewsletterPageFactory
from news.newsletter import DATA_NOTICE as NEWSLETTER_NOTICE

LANGUAGE_CODES = [code for code, _name in settings.LANGUAGES]


def path_of(page, language: str = "en") -> str:
    return page.url_in(language).removeprefix("http://localhost")


@pytest.mark.parametrize("language", LANGUAGE_CODES)
def test_the_privacy_page_renders_in_every_language(client, privacy_page, language):
    response = client.get(path_of(privacy_page, language))
    html = response.content.decode()
    assert response.status_code == 200
    assert f'<html lang="{language}">' in html
    assert f"Privacy {language.upper()}</h1>" in html
    with translation.override(language):
        assert gettext("What we keep, why, and for how long") in html
        assert gettext("Legal basis") in html
    for other in LANGUAGE_CODES:
        assert f'hreflang="{other}" href="{privacy_page.url_in(other)}"' in html


def test_the_french_page_says_it_in_french(client, privacy_page):
    html = client.get(path_of(privacy_page, "fr")).content.decode()
    assert "Base légale" in html
    assert "Supprimées 30\u00a0jours après l’événement." in html
    assert "<p>Rights [fr]</p>" in html


def test_retention_periods_come_from_the_purges_settings(client, privacy_page, settings):
    settings.RETENTION_DAYS = {**settings.RETENTION_DAYS, "event_registrations": 45}
    settings.RETENTION_DAYS = {**settings.RETENTION_DAYS, "join_applications": 200}
    settings.RETENTION_DAYS = {**settings.RETENTION_DAYS, "newsletter_signups": 14}
    html = client.get(path_of(privacy_page)).content.decode()
    assert "Deleted 45 days after the event." in html
    assert "Deleted 200 days after a decision on the application." in html
    assert "not confirmed within 14 days is deleted" in html


def test_every_public_form_links_to_the_privacy_notice(client, site_tree, privacy_page, event):
    newsletter = NewsletterPageFactory(parent=site_tree.home)
    link = f'<a href="{path_of(privacy_page, "fr")}">'
    for page in (site_tree.join, newsletter, event):
        html = client.get(path_of(page, "fr")).content.decode()
        assert f"{link}Lisez notre politique de confidentialité.</a>" in html, page


def test_the_footer_links_to_it_on_the_sign_in_page(client, privacy_page):
    html = client.get("/en/account/login/").content.decode()
    assert f'<a href="{path_of(privacy_page)}">Privacy EN</a>' in html


def test_without_a_privacy_page_the_forms_show_no_link(client, site_tree):
    html = client.get(path_of(site_tree.join)).content.decode()
    assert "Read our privacy notice." not in html


def test_the_forms_data_notices_say_the_periods_the_settings_hold():
    """The notices beside the consent boxes are fixed words: they must match the defaults."""
    days = settings.RETENTION_DAYS["event_registrations"]
    assert f"deleted {days} days after the event" in str(REGISTRATION_NOTICE)
    pending_days = settings.RETENTION_DAYS["newsletter_signups"]
    assert f"within {pending_days} days" in str(NEWSLETTER_NOTICE)
    assert settings.RETENTION_DAYS["join_applications"] == 180
    assert "six months after a decision" in str(JOIN_NOTICE)
