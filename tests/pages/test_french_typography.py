"""French puts a no-break space before : ; ! and ?, in the catalogue and on the pages that
join a label and its message (a form's error summary, a filter, an email's fields)."""

import re
from pathlib import Path

from babel.messages.pofile import read_po
from django.conf import settings

NO_BREAK_SPACES = "\u00a0\u202f"


def spaces_missing(text: str) -> list[str]:
    """Each : ; ! ? of ``text`` not preceded by a no-break space, outside addresses, tags,
    placeholders and times."""
    prose = re.sub(r"https?://\S+|<[^>]+>|%\(\w+\)[sd]|\d+:\d+", "", text)
    return [
        m.group(0) for m in re.finditer(r"(.)[:;!?]", prose) if m.group(1) not in NO_BREAK_SPACES
    ]


def test_the_french_catalogue_puts_a_no_break_space_before_double_punctuation():
    with open(Path(settings.BASE_DIR) / "locale/fr/LC_MESSAGES/django.po", "rb") as file:
        catalogue = read_po(file)
    found = {
        str(message.id): missing
        for message in catalogue
        if message.id
        for text in (message.string if isinstance(message.string, tuple) else [message.string])
        if (missing := spaces_missing(text or ""))
    }
    assert found == {}


def test_the_check_finds_a_plain_space_or_none():
    assert spaces_missing("Fichier : trop gros") == [" :"]
    assert spaces_missing("Fichier: trop gros") == ["r:"]
    assert spaces_missing("Fichier\u00a0: trop gros\u202f; à 10\u00a0h\u202f!") == []
