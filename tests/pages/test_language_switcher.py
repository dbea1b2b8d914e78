"""Changing language keeps what the visitor was doing: the switcher's links carry the search
and every filter of a list (never the page number, nor a parameter no page reads), while the
hreflang alternates stay the bare addresses."""

import html
import re
from urllib.parse import parse_qs, urlsplit

import pytest

from events.factories import EventIndexPageFactory
from news.factories import NewsIndexPageFactory
from projects.factories import ProjectIndexPageFactory

SWITCHER = re.compile(r'<a href="([^"]*)" lang="([a-z]+)" hreflang="[a-z]+"')
ALTERNATE = re.compile(r'<link rel="alternate" hreflang="([a-z]+)" href="([^"]*)">')

# A list's filters as a visitor chose them; each list then gets a page number and a
# parameter no page reads, which the switcher must leave out.
LIBRARY_FILTERS = [
    ("q", "sécurité urbaine"),
    ("kind", "report"),
    ("theme", "nightlife"),
    ("theme", "drugs"),
    ("language", "fr"),
    ("year", "2024"),
    ("access", "public"),
    ("sort", "title"),
]
DIRECTORY_FILTERS = [
    ("q", "Lyon"),
    ("country", "FR"),
    ("kind", "local"),
    ("forum", "3"),
    ("committee", "on"),
    ("letter", "L"),
    ("city", "Lyon"),
]
NEWS_FILTERS = [("theme", "nightlife"), ("year", "2024")]
EVENT_FILTERS = [("theme", "nightlife"), ("kind", "conference")]
PROJECT_FILTERS = [("status", "ongoing"), ("theme", "nightlife"), ("programme", "isf")]


def switcher_links(page_html: str) -> dict[str, str]:
    """The language switcher's address for each language."""
    nav = page_html.split('<nav class="language-switcher"', 1)[1].split("</nav>", 1)[0]
    return {code: html.unescape(href) for href, code in SWITCHER.findall(nav)}


def carried(url: str) -> list[tuple[str, str]]:
    return [
        (name, value)
        for name, values in parse_qs(urlsplit(url).query, keep_blank_values=True).items()
        for value in values
    ]


def get_html(client, url: str, params: list[tuple[str, str]]) -> str:
    response = client.get(url, [*params, ("page", "1"), ("utm_source", "newsletter")])
    assert response.status_code == 200
    return response.content.decode()


def list_addresses(site_tree) -> dict[str, tuple]:
    news = NewsIndexPageFactory(parent=site_tree.home)
    events = EventIndexPageFactory(parent=site_tree.home)
    projects = ProjectIndexPageFactory(parent=site_tree.home)
    return {
        "library": (site_tree.library.url_in, LIBRARY_FILTERS),
        "directory": (site_tree.members.url_in, DIRECTORY_FILTERS),
        "news": (news.url_in, NEWS_FILTERS),
        "events": (events.url_in, EVENT_FILTERS),
        "past events": (lambda code: events.url_in(code) + "past/", EVENT_FILTERS),
        "projects": (projects.url_in, PROJECT_FILTERS),
    }


def test_every_filtered_list_keeps_its_filters_in_every_language(client, site_tree):
    for name, (address, filters) in list_addresses(site_tree).items():
        links = switcher_links(get_html(client, address("fr"), filters))
        for code, url in links.items():
            assert url.startswith(address(code)), (name, code, url)
            assert sorted(carried(url)) == sorted(filters), (name, code, url)


def test_the_search_keeps_its_query_and_kind(client, site_tree):
    page_html = get_html(client, "/fr/search/", [("q", "sécurité"), ("kind", "publication")])

    german = switcher_links(page_html)["de"]

    assert urlsplit(german).path == "/de/search/"
    assert carried(german) == [("q", "sécurité"), ("kind", "publication")]


def test_hreflang_alternates_stay_the_bare_addresses(client, site_tree):
    page_html = get_html(client, site_tree.library.url_in("fr"), LIBRARY_FILTERS)

    alternates = dict(ALTERNATE.findall(page_html))

    assert alternates["de"] == site_tree.library.url_in("de")
    assert all("?" not in url for url in alternates.values())
    assert f'<link rel="canonical" href="{site_tree.library.url_in("fr")}">' in page_html


def test_a_query_reaches_the_switcher_escaped(client, site_tree):
    query = '"><script>alert(1)</script> & more'

    page_html = get_html(client, "/fr/search/", [("q", query)])

    assert "<script>alert(1)" not in page_html
    assert carried(switcher_links(page_html)["it"]) == [("q", query)]


@pytest.mark.usefixtures("page_cache")
def test_a_cached_list_never_shows_another_visitors_query(client, site_tree):
    library = site_tree.library.url_in("fr")

    first = switcher_links(client.get(library, {"q": "alpha"}).content.decode())
    second = switcher_links(client.get(library, {"q": "beta"}).content.decode())
    again = switcher_links(client.get(library, {"q": "alpha"}).content.decode())
    bare = switcher_links(client.get(library).content.decode())

    assert carried(first["de"]) == carried(again["de"]) == [("q", "alpha")]
    assert carried(second["de"]) == [("q", "beta")]
    assert bare["de"] == site_tree.library.url_in("de")
