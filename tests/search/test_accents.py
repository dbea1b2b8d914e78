"""Accents and case left aside, in every language and on any server (no ``unaccent``
extension): a word typed without its accents, or in capitals, finds what the word itself
finds, in the site search, the library's search and the directory's name search."""

import pytest

from members.factories import MemberAuthorityFactory
from publications.factories import PublicationFactory
from tests.search.conftest import found_titles, search_path

# A title in each language holding a word with accents, and the forms of that word a
# visitor may type.
ACCENTED_TITLES = {
    "en": ("Café culture and night-time safety", ["café", "cafe", "CAFÉ", "CAFE"]),
    "fr": (
        "La sécurité urbaine en Europe",
        ["sécurité", "securite", "SÉCURITÉ", "SECURITE", "Sécurité", "securité"],
    ),
    "de": (
        "Gebietskörperschaften und Straßen",
        [
            "Gebietskörperschaften",
            "Gebietskorperschaften",
            "GEBIETSKÖRPERSCHAFTEN",
            "gebietskorperschaften",
        ],
    ),
    "it": ("La città sicura", ["città", "citta", "CITTÀ", "CITTA"]),
    "es": (
        "La prevención de la violencia",
        ["prevención", "prevencion", "PREVENCIÓN", "PREVENCION"],
    ),
    "pt": ("A prevenção da criminalidade", ["prevenção", "prevencao", "PREVENÇÃO", "PREVENCAO"]),
}


def library_titles(client, library, language: str, query: str) -> list[str]:
    html = client.get(library.url_in(language), {"q": query}).content.decode()
    cards = html.split('<article class="publication-card">')[1:]
    return [card.split("<h3>", 1)[1].split(">", 1)[1].split("</a>", 1)[0] for card in cards]


@pytest.mark.parametrize("language", ACCENTED_TITLES)
def test_every_form_of_an_accented_word_finds_what_the_word_finds(client, site_tree, language):
    title, forms = ACCENTED_TITLES[language]
    PublicationFactory(**{f"title_{language}": title, f"summary_{language}": "—"})
    PublicationFactory(**{f"title_{language}": "Rapport 2024", f"summary_{language}": "—"})

    for form in forms:
        assert found_titles(client.get(search_path(language), {"q": form})) == [title], form
        assert library_titles(client, site_tree.library, language, form) == [title], form


def test_the_excerpt_and_title_keep_their_accents_and_mark_the_word_typed_without(
    client, site_tree
):
    PublicationFactory(
        title_fr="Sécurité et cœur de ville", summary_fr="Les élus parlent de sécurité."
    )

    html = client.get(search_path("fr"), {"q": "securite coeur"}).content.decode()

    assert "<mark>Sécurité</mark> et <mark>cœur</mark> de ville" in html
    assert "Les élus parlent de <mark>sécurité</mark>." in html


def test_a_german_word_with_ss_finds_the_word_written_with_eszett(client, site_tree):
    PublicationFactory(title_de="Sicherheit auf der Straße", summary_de="—")

    assert found_titles(client.get(search_path("de"), {"q": "strasse"})) == [
        "Sicherheit auf der Straße"
    ]


def test_the_directory_finds_a_name_typed_without_its_accents(client, site_tree):
    MemberAuthorityFactory(name="Saint-Étienne Métropole")
    MemberAuthorityFactory(name="Ville de Lyon")

    for typed in ("saint-etienne", "SAINT-ÉTIENNE", "metropole", "Étienne"):
        html = client.get(site_tree.members.url_in("fr"), {"q": typed}).content.decode()
        assert "Saint-Étienne Métropole" in html, typed
        assert "Ville de Lyon" not in html, typed
