from pathlib import Path

import pytest
from babel.messages.pofile import read_po
from django.conf import settings
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


def test_server_error_page_speaks_the_visitors_language(client, site_tree, monkeypatch):
    def broken_serve(self, request, *args, **kwargs):
        raise RuntimeError("database on fire")

    monkeypatch.setattr(ContactPage, "serve", broken_serve)
    client.raise_request_exception = False
    response = client.get(site_tree.contact.url_in("de").removeprefix("http://localhost"))
    assert response.status_code == 500
    html = response.content.decode()
    assert '<html lang="de">' in html
    with translation.override("de"):
        assert gettext("Something went wrong") in html
    assert "database on fire" not in html
    assert "Traceback" not in html
