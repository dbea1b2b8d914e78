"""Anonymous visitors get the news from the page cache, without a cookie; publishing an
article empties it, and so does unpublishing or changing a theme."""

import datetime

from django.urls import reverse

from events.factories import EventIndexPageFactory, EventPageFactory
from members.factories import MemberAccountFactory
from news.factories import NewsArticlePageFactory
from tests.news.conftest import path_of
from themes.factories import ThemeFactory


def test_news_pages_set_no_cookie_and_come_from_the_cache(
    client, news_index, newsletter, page_cache, django_assert_max_num_queries
):
    article = NewsArticlePageFactory(parent=news_index)
    feed = path_of(news_index) + "feed/"
    for path in (path_of(news_index), path_of(article, "fr"), path_of(newsletter), feed):
        first = client.get(path)
        assert first.status_code == 200, path
        assert not first.cookies, path
        assert "Set-Cookie" not in first, path
        with django_assert_max_num_queries(0):
            assert client.get(path).status_code == 200, path


def test_publishing_an_article_shows_it_at_once(client, news_index, page_cache):
    NewsArticlePageFactory(parent=news_index, name="Old news", date=datetime.date(2024, 1, 1))
    assert "Old news EN" in client.get(path_of(news_index)).content.decode()

    draft = NewsArticlePageFactory(parent=news_index, name="Fresh news", live=False)
    assert "Fresh news EN" not in client.get(path_of(news_index)).content.decode()
    draft.save_revision().publish()
    html = client.get(path_of(news_index)).content.decode()
    assert "Fresh news EN" in html

    draft.refresh_from_db()
    draft.unpublish()
    assert "Fresh news EN" not in client.get(path_of(news_index)).content.decode()


def test_renaming_a_theme_shows_on_the_cards(client, news_index, page_cache):
    theme = ThemeFactory(slug="drugs", name_en="Drugs")
    NewsArticlePageFactory(parent=news_index, themes=[theme])
    assert '<span class="tag">Drugs</span>' in client.get(path_of(news_index)).content.decode()
    theme.name_en = "Drugs and addictions"
    theme.save()
    html = client.get(path_of(news_index)).content.decode()
    assert '<span class="tag">Drugs and addictions</span>' in html


def test_a_signed_in_member_never_gets_nor_leaves_a_cached_page(
    client, site_tree, news_index, page_cache
):
    article = NewsArticlePageFactory(parent=news_index)
    events_index = EventIndexPageFactory(parent=site_tree.home)
    event = EventPageFactory(parent=events_index)
    member = MemberAccountFactory().user
    sign_in_link = f'class="account-link" href="{reverse("account_login")}"'
    account_link = f'class="account-link" href="{reverse("account_home")}"'
    for path in (path_of(news_index), path_of(article), path_of(events_index), path_of(event)):
        assert sign_in_link in client.get(path).content.decode(), path  # now cached
        client.force_login(member)
        signed_in = client.get(path)
        assert account_link in signed_in.content.decode(), path
        assert "private" in signed_in["Cache-Control"], path
        client.logout()
        assert sign_in_link in client.get(path).content.decode(), path
