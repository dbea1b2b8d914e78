"""The Atom feed of public publications, in each language."""

import datetime

import feedparser
import pytest
from django.conf import settings

from publications.factories import PublicationFactory
from publications.models import Publication
from themes.factories import ThemeFactory

LANGUAGE_CODES = [code for code, _name in settings.LANGUAGES]
MEMBERS = Publication.Access.MEMBERS


def feed_path(site_tree, language="en") -> str:
    library = site_tree.library.url_in(language).removeprefix("http://localhost")
    return library + site_tree.library.reverse_subpage("feed")


def read_feed(client, site_tree, language="en"):
    response = client.get(feed_path(site_tree, language))
    assert response.status_code == 200
    assert response["Content-Type"].startswith("application/atom+xml")
    feed = feedparser.parse(response.content)
    assert not feed.bozo, feed.bozo_exception
    assert feed.version == "atom10"
    return feed


@pytest.mark.parametrize("language", LANGUAGE_CODES)
def test_feed_lists_public_publications_in_the_language(client, site_tree, language):
    untranslated = {f"name_{code}": None for code in ("de", "it", "es", "pt")}
    theme = ThemeFactory(slug="drugs", name_en="Drugs", name_fr="Drogues", **untranslated)
    PublicationFactory(slug="public", themes=[theme], published_on=datetime.date(2024, 3, 1))
    PublicationFactory(slug="secret", access=MEMBERS, published_on=datetime.date(2024, 4, 1))
    feed = read_feed(client, site_tree, language)
    assert feed.feed.language == language
    assert feed.feed.link == site_tree.library.url_in(language)
    assert [entry.title for entry in feed.entries] == [
        f"public [{language if language in ('en', 'fr') else 'en'}]"
    ]
    entry = feed.entries[0]
    assert entry.link == site_tree.library.url_in(language) + "public/"
    assert entry.published.startswith("2024-03-01")
    assert entry.updated.startswith("2024-03-01")
    assert [tag.term for tag in entry.tags] == [{"fr": "Drogues"}.get(language, "Drugs")]


def test_members_only_publications_never_reach_the_feed(client, site_tree):
    secret = PublicationFactory(slug="secret", access=MEMBERS, languages=["en", "fr"])
    PublicationFactory(slug="public")
    response = client.get(feed_path(site_tree, "fr"))
    xml = response.content.decode()
    assert "secret" not in xml
    assert secret.title_fr not in xml and secret.summary_fr not in xml
    assert "/download/" not in xml and "/documents/" not in xml and "/media/" not in xml


def test_feed_holds_the_newest_fifty_newest_first(client, site_tree):
    PublicationFactory.create_batch(55, languages=[])
    feed = read_feed(client, site_tree)
    newest = Publication.objects.newest_first().values_list("slug", flat=True)[:50]
    assert [entry.link.rstrip("/").rsplit("/", 1)[1] for entry in feed.entries] == list(newest)


def test_entries_shown_in_english_say_so(client, site_tree):
    PublicationFactory(slug="translated")
    PublicationFactory(slug="untranslated", title_fr="", summary_fr="")
    feed = read_feed(client, site_tree, "fr")
    languages = {entry.title: entry.title_detail.language for entry in feed.entries}
    assert languages == {"translated [fr]": "fr", "untranslated [en]": "en"}
    assert feed.entries[0].summary.startswith("<p>Summary of")


def test_summaries_are_escaped_html(client, site_tree):
    PublicationFactory(slug="escaped", summary_en="Less <b>is</b> more & better\n\nTwo")
    entry = read_feed(client, site_tree).entries[0]
    assert entry.summary == "<p>Less &lt;b&gt;is&lt;/b&gt; more &amp; better</p>\n\n<p>Two</p>"
