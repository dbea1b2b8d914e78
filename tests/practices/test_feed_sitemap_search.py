"""Practices beyond their pages: the Atom feed, the sitemap and the site search, each in every
language, and never a members-only practice for those who may not read it."""

import feedparser
import pytest

from practices.factories import PracticeFactory, PracticeTextFactory
from practices.models import Practice
from tests.practices.conftest import (
    LANGUAGE_CODES,
    MEMBERS_ONLY,
    italian_practice,
    path_of,
    practice_path,
    with_themes,
)
from tests.publications.readers import FORMER_MEMBER, MEMBER, STAFF, sign_in
from tests.search.conftest import found_titles, search_path


def read_feed(client, page, language="en"):
    response = client.get(path_of(page, language) + page.reverse_subpage("feed"))
    assert response.status_code == 200
    assert response["Content-Type"].startswith("application/atom+xml")
    feed = feedparser.parse(response.content)
    assert not feed.bozo, feed.bozo_exception
    return feed, response.content.decode()


@pytest.mark.parametrize("language", LANGUAGE_CODES)
def test_the_feed_lists_public_live_practices_in_the_language(
    client, practices_page, nightlife, language
):
    with_themes(italian_practice(slug="night-mediation"), nightlife)
    PracticeFactory(slug="for-members", access=MEMBERS_ONLY)
    PracticeFactory(slug="draft", live=False)
    feed, xml = read_feed(client, practices_page, language)
    assert feed.feed.language == language
    (entry,) = feed.entries
    assert entry.link == "http://localhost" + practice_path(
        practices_page, Practice.objects.get(slug="night-mediation"), language
    )
    assert entry.title == {"fr": "Médiation de nuit"}.get(language, "Mediazione notturna")
    assert entry.author == "Città di Torino"
    assert [tag.term for tag in entry.tags] == [f"nightlife [{language}]"]
    shown_in_italian = language not in ("fr", "it")
    assert ('<entry xml:lang="it">' in xml) == shown_in_italian


def test_the_sitemap_lists_public_live_practices_in_every_language(client, practices_page):
    public = PracticeFactory(slug="public")
    PracticeFactory(slug="for-members", access=MEMBERS_ONLY)
    PracticeFactory(slug="draft", live=False)
    assert "sitemap-practices.xml" in client.get("/sitemap.xml").content.decode()
    xml = client.get("/sitemap-practices.xml").content.decode()
    for language in LANGUAGE_CODES:
        url = "http://localhost" + practice_path(practices_page, public, language)
        assert f"<loc>{url}</loc>" in xml
        assert f'hreflang="{language}" href="{url}"' in xml
    assert xml.count("<url>") == len(LANGUAGE_CODES)
    assert "for-members" not in xml and "draft" not in xml


def search(client, language, words, kind="practice"):
    return client.get(search_path(language), {"q": words, "kind": kind})


def test_search_finds_a_practice_by_its_translation_or_its_original(client, practices_page):
    italian_practice()
    assert found_titles(search(client, "fr", "médiation")) == ["Médiation de nuit"]
    english = search(client, "en", "mediazione")
    assert found_titles(english) == ["Mediazione notturna"]
    assert 'lang="it"><mark>Mediazione</mark> notturna</a>' in english.content.decode()
    assert found_titles(search(client, "it", "médiation")) == []


def test_search_follows_the_practices_texts_and_publishing(client, practices_page):
    practice = PracticeFactory(original=None)
    text = PracticeTextFactory(practice=practice, title="Street lighting", summary="Lamps.")
    assert found_titles(search(client, "en", "lighting")) == ["Street lighting"]
    text.title = "Safer squares"
    text.save()
    assert found_titles(search(client, "en", "lighting")) == []
    assert found_titles(search(client, "en", "squares")) == ["Safer squares"]
    practice.live = False
    practice.save()
    assert found_titles(search(client, "en", "squares")) == []


def test_search_never_shows_members_only_practices_to_the_public(client, practices_page):
    italian_practice(access=MEMBERS_ONLY)
    for reader in (None, FORMER_MEMBER):
        if reader:
            sign_in(client, reader)
        response = search(client, "en", "mediazione", kind="")
        assert found_titles(response) == []
        assert 'Practices <span class="facet__count">(0)</span>' in response.content.decode()


@pytest.mark.parametrize("reader", [MEMBER, STAFF])
def test_members_and_staff_find_members_only_practices(client, practices_page, reader):
    italian_practice(access=MEMBERS_ONLY)
    sign_in(client, reader)
    assert found_titles(search(client, "fr", "médiation")) == ["Médiation de nuit"]
    response = search(client, "en", "mediazione")
    assert found_titles(response) == ["Mediazione notturna"]
    assert '<span class="badge">Members only</span>' in response.content.decode()
