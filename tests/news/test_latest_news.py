"""``{% latest_news %}``: the newest articles for other pages (home, themes), in two queries
at most, kept in the page cache."""

import datetime
import re

import pytest
from django.core.cache import caches
from django.db import connection
from django.template import Context, Template
from django.test import RequestFactory
from django.test.utils import CaptureQueriesContext
from django.utils import translation

from members.models import MemberAuthority
from news.factories import NewsArticlePageFactory
from pages.models.base import paths_to_check_for_restrictions
from pages.routing import site_for_request
from tests.news.conftest import path_of
from themes.factories import ThemeFactory


def page_request():
    """A request as a page's template gets it: routed already, its site known."""
    request = RequestFactory().get("/")
    site_for_request(request)
    return request


def render(template: str = "{% latest_news %}", request=None, **context) -> str:
    return Template("{% load news_tags %}" + template).render(
        Context({"request": request or page_request(), **context})
    )


def titles(html: str) -> list[str]:
    return re.findall(r"<h3><a href=\"[^\"]+\"[^>]*>([^<]+)</a></h3>", html)


@pytest.fixture
def news(news_index):
    drugs = ThemeFactory(slug="drugs", name_en="Drugs")
    for number in range(5):
        NewsArticlePageFactory(
            parent=news_index,
            name=f"Item {number}",
            date=datetime.date(2025, 1, 1) + datetime.timedelta(days=number),
            themes=[drugs] if number % 2 else [],
        )
    return news_index


def test_the_three_newest_articles_and_a_link_to_all(news):
    html = render()
    assert '<section class="latest-news" aria-labelledby="latest-news-title">' in html
    assert '<h2 id="latest-news-title">Latest news</h2>' in html
    assert titles(html) == ["Item 4 EN", "Item 3 EN", "Item 2 EN"]
    assert f'<a href="{path_of(news)}">All the news</a>' in html


def test_a_count_and_a_theme(news):
    html = render("{% latest_news count=5 theme='drugs' %}")
    assert titles(html) == ["Item 3 EN", "Item 1 EN"]
    assert f'<a href="{path_of(news)}?theme=drugs">All the news</a>' in html


def test_a_theme_object_in_french(news):
    drugs = ThemeFactory(slug="drugs")
    with translation.override("fr"):
        html = render("{% latest_news count=1 theme=theme %}", theme=drugs)
    assert titles(html) == ["Item 3 FR"]
    assert f'href="{path_of(news, "fr")}?theme=drugs"' in html


def test_nothing_without_articles(news_index):
    assert render().strip() == ""
    assert render("{% latest_news theme='nightlife' %}").strip() == ""


def test_nothing_without_a_news_page(db):
    assert render().strip() == ""


def test_two_queries_at_most_then_none(news):
    caches["pages"].clear()
    render()  # renditions and Wagtail's caches of a first view
    caches["pages"].clear()
    paths_to_check_for_restrictions()  # every page request reads them before its template
    request = page_request()
    with CaptureQueriesContext(connection) as queries:
        render(request=request)
    assert len(queries) <= 2, "\n".join(query["sql"] for query in queries)
    with CaptureQueriesContext(connection) as queries:
        assert "Item 4 EN" in render(request=request)
    assert len(queries) == 0


def test_a_member_profile_lists_the_articles_about_it_newest_first(client, news_index):
    lyon = MemberAuthority.objects.get(name="Lyon")
    NewsArticlePageFactory(parent=news_index, name="Lyon at night", authorities=[lyon])
    NewsArticlePageFactory(parent=news_index, name="Somewhere else")
    NewsArticlePageFactory(parent=news_index, name="Lyon again", authorities=[lyon])
    with translation.override("fr"):
        html = render("{% news_with_member authority %}", page_request(), authority=lyon)
    listed = re.findall(r'<a href="[^"]+"[^>]*>([^<]+)</a>', html)
    assert listed == ["Lyon at night FR", "Lyon again FR"]
    assert '<h2 id="member-news">Actualités</h2>' in html
