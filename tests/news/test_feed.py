"""The Atom feed of the news, in each language: valid (RFC 4287, read by feedparser), in the
page's language, with absolute links, and only articles visitors may read."""

import datetime

import feedparser
import pytest
from django.conf import settings
from wagtail.models import PageViewRestriction

from news.factories import NewsArticlePageFactory
from tests.news.conftest import path_of
from themes.factories import ThemeFactory

LANGUAGE_CODES = [code for code, _name in settings.LANGUAGES]


def feed_path(news_index, language="en") -> str:
    return path_of(news_index, language) + news_index.reverse_subpage("feed")


def read_feed(client, news_index, language="en"):
    response = client.get(feed_path(news_index, language))
    assert response.status_code == 200
    assert response["Content-Type"].startswith("application/atom+xml")
    feed = feedparser.parse(response.content)
    assert not feed.bozo, feed.bozo_exception
    assert feed.version == "atom10"
    return feed


@pytest.mark.parametrize("language", LANGUAGE_CODES)
def test_the_feed_is_in_the_page_language(client, news_index, language):
    untranslated = {f"name_{code}": None for code in ("it", "es", "pt")}
    theme = ThemeFactory(
        slug="drugs", name_en="Drugs", name_fr="Drogues", name_de="Drogen", **untranslated
    )
    article = NewsArticlePageFactory(
        parent=news_index, name="Summit", date=datetime.date(2025, 3, 1), themes=[theme]
    )
    feed = read_feed(client, news_index, language)

    assert feed.feed.language == language
    assert feed.feed.link == news_index.url_in(language)
    assert feed.feed.title == f"News {language.upper()} – Efus"
    [entry] = feed.entries
    assert entry.title == f"Summit {language.upper()}"
    assert entry.link == article.url_in(language)
    assert entry.link.startswith("http://localhost/")
    assert entry.published.startswith("2025-03-01")
    written = language if language in ("en", "fr") else "en"
    assert entry.summary == f"<p>Introduction to Summit [{written}]</p>"
    names = {"fr": "Drogues", "de": "Drogen"}
    assert [tag.term for tag in entry.tags] == [names.get(language, "Drugs")]


def test_french_feed_has_french_titles(client, news_index):
    NewsArticlePageFactory(parent=news_index, name="Conference")
    [entry] = read_feed(client, news_index, "fr").entries
    assert entry.title == "Conference FR"
    assert entry.title_detail.language == "fr"


def test_only_published_articles_reach_the_feed(client, news_index):
    NewsArticlePageFactory(parent=news_index, name="Published")
    draft = NewsArticlePageFactory(parent=news_index, name="Draft")
    draft.unpublish()
    secret = NewsArticlePageFactory(parent=news_index, name="Secret")
    PageViewRestriction.objects.create(page=secret, restriction_type="login")
    feed = read_feed(client, news_index)
    assert [entry.title for entry in feed.entries] == ["Published EN"]
    xml = client.get(feed_path(news_index)).content.decode()
    assert "Draft" not in xml and "Secret" not in xml


def test_titles_shown_in_english_say_so(client, news_index):
    NewsArticlePageFactory(parent=news_index, name="Translated", date=datetime.date(2025, 2, 1))
    NewsArticlePageFactory(
        parent=news_index, name="Untranslated", date=datetime.date(2025, 1, 1), title_it=""
    )
    feed = read_feed(client, news_index, "it")
    languages = {entry.title: entry.title_detail.language for entry in feed.entries}
    assert languages == {"Translated IT": "it", "Untranslated EN": "en"}


def test_the_feed_holds_the_newest_fifty_newest_first(client, news_index):
    articles = [NewsArticlePageFactory(parent=news_index) for _number in range(52)]
    feed = read_feed(client, news_index)
    newest = sorted(articles, key=lambda article: (article.date, article.pk), reverse=True)
    assert [entry.link for entry in feed.entries] == [a.url_in("en") for a in newest[:50]]
