from pathlib import Path

import pytest
from babel.messages.mofile import read_mo
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


def as_key(value):
    return tuple(value) if isinstance(value, list | tuple) else value


def context_of(message) -> str | None:
    """The message's context (Babel reads a .mo file's as bytes)."""
    context = message.context
    return context.decode() if isinstance(context, bytes) else context


def messages_of(catalogue) -> dict:
    """The translations a catalogue serves: its translated entries that are not fuzzy, by
    context and message."""
    return {
        (context_of(message), as_key(message.id)): as_key(message.string)
        for message in catalogue
        if message.id and message.string and not message.fuzzy
    }


@pytest.mark.parametrize("language", TRANSLATED_LANGUAGES)
def test_every_compiled_catalogue_holds_what_its_po_file_says(language):
    """A .mo file compiled from an older .po would serve old translations. Its content is
    compared, not its date: a fresh clone gives every file the same time."""
    folder = LOCALE_DIR / language / "LC_MESSAGES"
    with open(folder / "django.po", "rb") as po_file:
        source = messages_of(read_po(po_file))
    with open(folder / "django.mo", "rb") as mo_file:
        compiled = messages_of(read_mo(mo_file))
    stale = sorted(
        str(message_id) for message_id, text in source.items() if compiled.get(message_id) != text
    )
    assert stale == [], f"{language}: django.mo is older than django.po: run make messages"


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
