"""The news list: newest first, cards, filters by theme and year that ignore bad values,
pages, and the link to the feed."""

import datetime
import re
from urllib.parse import quote

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils.http import urlencode
from wagtail.models import PageViewRestriction

from news.factories import NewsArticlePageFactory
from pages.factories import ImageFactory
from tests.news.conftest import path_of
from tests.pages.test_fuzz import assert_no_server_error
from themes.factories import ThemeFactory


@pytest.fixture
def themes(db):
    untranslated = {f"name_{code}": None for code in ("de", "it", "es", "pt")}
    return {
        "drugs": ThemeFactory(slug="drugs", name_en="Drugs", name_fr="Drogues", **untranslated),
        "nightlife": ThemeFactory(slug="nightlife", name_en="Nightlife", name_fr="Vie nocturne"),
    }


def article(index, name, date, **kwargs):
    return NewsArticlePageFactory(parent=index, name=name, date=date, **kwargs)


def listed_titles(response) -> list[str]:
    return re.findall(r"<h3><a href=\"[^\"]+\"[^>]*>([^<]+)</a></h3>", response.content.decode())


def test_articles_are_listed_newest_first(client, news_index):
    article(news_index, "Older", datetime.date(2024, 3, 1))
    first_of_day = article(news_index, "Same day, first", datetime.date(2025, 3, 1))
    article(news_index, "Same day, second", datetime.date(2025, 3, 1))
    article(news_index, "Newest", datetime.date(2025, 4, 1))
    assert first_of_day.pk
    titles = listed_titles(client.get(path_of(news_index)))
    assert titles == ["Newest EN", "Same day, second EN", "Same day, first EN", "Older EN"]


def test_a_card_shows_the_picture_date_themes_and_introduction(client, news_index, themes):
    image = ImageFactory()
    article(
        news_index,
        "Safer nights",
        datetime.date(2025, 2, 14),
        image=image,
        themes=[themes["nightlife"], themes["drugs"]],
    )
    html = client.get(path_of(news_index, "fr")).content.decode()
    card = re.search(r'<article class="news-card">.*?</article>', html, re.S).group()
    assert re.search(r'<source [^>]*type="image/avif"', card)
    assert re.search(r'<source [^>]*type="image/webp"', card)
    assert re.search(r'<img [^>]*loading="lazy"', card)
    assert '<time datetime="2025-02-14">14 février 2025</time>' in card
    assert '<span class="tag">Drogues</span> <span class="tag">Vie nocturne</span>' in card
    assert "Introduction to Safer nights [fr]" in card
    assert 'href="/fr/news-fr/safer-nights-fr/"' in card


def test_french_list_shows_french_titles_and_the_page_stays_in_french(client, news_index):
    article(news_index, "Conference", datetime.date(2025, 1, 1))
    html = client.get(path_of(news_index, "fr")).content.decode()
    assert "Conference FR" in html and "Conference EN" not in html
    assert '<a href="http://localhost/de/news-de/" lang="de" hreflang="de"' in html


def test_the_feed_is_announced_in_the_head(client, news_index):
    html = client.get(path_of(news_index, "it")).content.decode()
    assert '<link rel="alternate" type="application/atom+xml" href="/it/news-it/feed/"' in html


def test_drafts_and_restricted_articles_are_not_listed(client, news_index):
    article(news_index, "Public", datetime.date(2025, 1, 1))
    draft = article(news_index, "Draft", datetime.date(2025, 1, 2))
    draft.unpublish()
    secret = article(news_index, "Secret", datetime.date(2025, 1, 3))
    PageViewRestriction.objects.create(page=secret, restriction_type="login")
    assert listed_titles(client.get(path_of(news_index))) == ["Public EN"]


# Filters.


@pytest.fixture
def filtered_news(news_index, themes):
    article(news_index, "Drugs 2025", datetime.date(2025, 5, 1), themes=[themes["drugs"]])
    article(news_index, "Drugs 2024", datetime.date(2024, 5, 1), themes=[themes["drugs"]])
    article(news_index, "Night 2024", datetime.date(2024, 6, 1), themes=[themes["nightlife"]])
    article(news_index, "No theme 2023", datetime.date(2023, 6, 1))
    return news_index


@pytest.mark.parametrize(
    ("query", "titles", "heading"),
    [
        ({"theme": "drugs"}, ["Drugs 2025", "Drugs 2024"], "2 articles on Drugs"),
        ({"year": "2024"}, ["Night 2024", "Drugs 2024"], "2 articles in 2024"),
        ({"theme": "drugs", "year": "2024"}, ["Drugs 2024"], "1 article on Drugs in 2024"),
        ({}, ["Drugs 2025", "Night 2024", "Drugs 2024", "No theme 2023"], "4 articles"),
    ],
)
def test_filters_by_theme_and_year(client, filtered_news, query, titles, heading):
    response = client.get(path_of(filtered_news) + "?" + urlencode(query))
    assert listed_titles(response) == [f"{title} EN" for title in titles]
    assert f'<h2 id="results">{heading}</h2>' in response.content.decode()


def test_the_form_offers_the_themes_and_years_that_have_news(client, filtered_news, themes):
    ThemeFactory(slug="victims", name_en="Victims")
    html = client.get(path_of(filtered_news, "fr") + "?theme=drugs").content.decode()
    form = re.search(r'<form class="filters news__filters".*?</form>', html, re.S).group()
    assert 'method="get"' in form and 'action="/fr/news-fr/"' in form
    assert '<option value="drugs" selected>Drogues</option>' in form
    assert '<option value="nightlife">Vie nocturne</option>' in form
    assert "victims" not in form
    assert re.findall(r'<option value="(\d+)"', form) == ["2025", "2024", "2023"]


@pytest.mark.parametrize(
    "query",
    [
        "theme=unknown",
        "theme=",
        "year=abc",
        "year=1999",
        "year=99999999999999999999999",
        "year=-1",
        "theme=" + quote("' OR 1=1 --"),
        "year=" + quote("2024; DROP TABLE news_subscriber"),
        "theme=%3Cscript%3Ealert(1)%3C/script%3E",
        "theme=%00&year=%00",
        "theme=%FF%FE&year=%C3%28",
        "theme=drugs&theme=nightlife&year=2025&year=2024",
        "theme[]=drugs",
    ],
)
def test_bad_filters_are_ignored(client, filtered_news, query):
    response = client.get(path_of(filtered_news) + "?" + query)
    assert_no_server_error(response)
    assert response.status_code == 200
    assert len(listed_titles(response)) >= 1
    assert "<script>alert" not in response.content.decode()


# Pages.


@pytest.fixture
def thirteen_articles(news_index):
    for number in range(13):
        article(
            news_index, f"Item {number:02}", datetime.date(2025, 1, 1) + datetime.timedelta(number)
        )
    return news_index


def test_twelve_articles_a_page(client, thirteen_articles):
    first = client.get(path_of(thirteen_articles))
    assert len(listed_titles(first)) == 12
    assert listed_titles(first)[0] == "Item 12 EN"
    assert 'href="?page=2" rel="next"' in first.content.decode()
    second = client.get(path_of(thirteen_articles) + "?page=2")
    assert listed_titles(second) == ["Item 00 EN"]
    assert "13 articles" in second.content.decode()


def test_the_count_is_kept_until_an_article_is_published(client, thirteen_articles):
    path = path_of(thirteen_articles)
    assert "13 articles" in client.get(path).content.decode()
    with CaptureQueriesContext(connection) as queries:
        second = client.get(path + "?page=2")
    assert "13 articles" in second.content.decode()
    assert not [query for query in queries if "COUNT(" in query["sql"]]

    draft = article(thirteen_articles, "Item 13", datetime.date(2025, 2, 1), live=False)
    draft.save_revision().publish()

    assert "14 articles" in client.get(path).content.decode()


def test_pagination_keeps_the_filters(client, thirteen_articles):
    html = client.get(path_of(thirteen_articles) + "?year=2025&theme=nope").content.decode()
    assert 'href="?year=2025&amp;page=2" rel="next"' in html


@pytest.mark.parametrize(
    ("page", "status"),
    [("abc", 200), ("-3", 200), ("0", 200), ("3", 404), ("99999999999999999999", 404)],
)
def test_page_numbers_that_are_not_pages(client, thirteen_articles, page, status):
    response = client.get(path_of(thirteen_articles) + f"?page={page}")
    assert response.status_code == status
    if status == 200:
        assert listed_titles(response)[0] == "Item 12 EN"


def test_an_empty_list_says_so(client, news_index):
    response = client.get(path_of(news_index) + "?theme=drugs")
    assert response.status_code == 200
    assert "No article matches these filters." in response.content.decode()
