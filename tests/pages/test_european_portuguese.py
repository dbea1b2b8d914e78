"""The site's Portuguese is European Portuguese: no Brazilian-only word in the interface's
catalogue (pages and emails) or in the Portuguese demo content, and months written in lower
case like every other date."""

import datetime
import importlib
import re
from pathlib import Path

import pytest
from babel.messages.pofile import read_po
from django.conf import settings

from pages.i18n import long_date, month_and_year

# Words Brazil writes where Portugal writes the word in brackets.
BRAZILIAN_ONLY = {
    "senha": "palavra-passe",
    "usuário": "utilizador",
    "usuários": "utilizadores",
    "arquivo": "ficheiro",
    "arquivos": "ficheiros",
    "contato": "contacto",
    "contatos": "contactos",
    "equipe": "equipa",
    "cadastro": "registo",
    "cadastrar": "registar",
    "tela": "ecrã",
    "baixar": "descarregar",
    "registrar": "registar",
    "registro": "registo",
    "fato": "facto",
    "econômico": "económico",
    "gênero": "género",
    "esporte": "desporto",
    "planejamento": "planeamento",
    "gerenciar": "gerir",
    "celular": "telemóvel",
    "ônibus": "autocarro",
    "trem": "comboio",
    "deletar": "apagar",
    "você": "o senhor, a senhora, or no pronoun",
    "vocês": "os senhores, or no pronoun",
}
DEMO_MODULES = [
    "pages.demo.content",
    "members.demo.content",
    "members.demo.descriptions",
    "publications.demo.content",
    "news.demo.content",
    "events.demo",
    "projects.demo.content",
    "privacy.demo",
    "practices.demo.content",
    "practices.demo.stories",
]
MONTHS = [datetime.date(2027, month, 1) for month in range(1, 13)]


def brazilian_words(text: str) -> set[str]:
    words = set(re.findall(r"\w+", text.lower()))
    return words & BRAZILIAN_ONLY.keys()


def portuguese_texts(value, under_pt: bool = False):
    """Every string under a "pt" key of ``value``'s dictionaries, however deep."""
    if isinstance(value, str):
        if under_pt:
            yield value
    elif isinstance(value, dict):
        for key, item in value.items():
            yield from portuguese_texts(item, under_pt or key == "pt")
    elif isinstance(value, (list, tuple)):
        for item in value:
            yield from portuguese_texts(item, under_pt)


def test_the_portuguese_catalogue_has_no_brazilian_word():
    with open(Path(settings.BASE_DIR) / "locale/pt/LC_MESSAGES/django.po", "rb") as file:
        catalogue = read_po(file)
    found = {
        str(message.id): words
        for message in catalogue
        for text in (message.string if isinstance(message.string, tuple) else [message.string])
        if (words := brazilian_words(text or ""))
    }
    assert found == {}


@pytest.mark.parametrize("module_name", DEMO_MODULES)
def test_the_portuguese_demo_content_has_no_brazilian_word(module_name):
    module = importlib.import_module(module_name)
    texts = [
        text
        for name, value in vars(module).items()
        if name.isupper() or isinstance(value, (dict, list, tuple))
        for text in portuguese_texts(value)
    ]
    found = {text[:60]: words for text in texts if (words := brazilian_words(text))}
    assert found == {}


def test_portuguese_months_are_written_in_lower_case_everywhere():
    for day in MONTHS:
        for text in (long_date(day, "pt"), month_and_year(day, "pt")):
            month = re.search(r"de (\w+)", text).group(1)
            assert month == month.lower(), text
    assert long_date(datetime.date(2027, 1, 1), "pt") == "1 de janeiro de 2027"


def test_french_writes_the_first_of_the_month_1er():
    assert long_date(datetime.date(2027, 1, 1), "fr") == "1er janvier 2027"
    assert long_date(datetime.date(2027, 1, 2), "fr") == "2 janvier 2027"
    assert long_date(datetime.datetime(2027, 5, 1, 10), "fr") == "1er mai 2027"
    assert long_date(datetime.date(2027, 1, 1), "de") == "1. Januar 2027"


def test_the_portuguese_sign_in_page_says_palavra_passe(client, site_tree):
    html = client.get("/pt/account/login/").content.decode()
    assert "Palavra-passe" in html or "palavra-passe" in html
    assert not brazilian_words(re.sub(r"<[^>]+>", " ", html))
