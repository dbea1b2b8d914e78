from pathlib import Path

import pytest
from babel.messages.pofile import read_po
from django.conf import settings
from django.db import OperationalError
from django.utils import translation
from django.utils.translation import gettext

from pages.models import ContactPage

LOCALE_DIR = Path(settings.BASE_DIR) / "locale"
TRANSLATED_LANGUAGES = [code for code, _name in settings.LANGUAGES if code != "en"]


@pytest.mark.parametrize("language", TRANSLATED_LANGUAGES)
def test_every_interface_string_is_translated(language):
    with open(LOCALE_DIR / language / "LC_MESSAGES" / "django.po", "rb") as po_file:
        catalogue = read_po(po_file)
    assert len(catalogue) > 50
    untranslated = [
        m.id
        for m in catalogue
        if m.id and not all(m.string if isinstance(m.string, tuple) else [m.string])
    ]
    fuzzy = [m.id for m in catalogue if m.id and m.fuzzy]
    assert untranslated == []
    assert fuzzy == []


@pytest.mark.parametrize(
    ("error", "status", "heading", "language"),
    [
        (RuntimeError("database on fire"), 500, "Something went wrong", "de"),
        (OperationalError("connection refused"), 503, "Back in a moment", "fr"),
    ],
)
def test_error_pages_speak_the_visitors_language_and_hide_the_error(
    client, site_tree, monkeypatch, error, status, heading, language
):
    def failing_serve(self, request, *args, **kwargs):
        raise error

    monkeypatch.setattr(ContactPage, "serve", failing_serve)
    client.raise_request_exception = False
    response = client.get(site_tree.contact.url_in(language).removeprefix("http://localhost"))
    assert response.status_code == status
    assert (response.get("Retry-After") == "30") == (status == 503)
    html = response.content.decode()
    assert f'<html lang="{language}">' in html
    with translation.override(language):
        assert gettext(heading) != heading
        assert gettext(heading) in html
    assert str(error) not in html
    assert "Traceback" not in html
