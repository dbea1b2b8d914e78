"""Every news page type renders in all six languages, with its own text or the English text
marked as such."""

import pytest
from django.conf import settings

from news.factories import NewsArticlePageFactory
from tests.news.conftest import path_of

LANGUAGE_CODES = [code for code, _name in settings.LANGUAGES]
WRITTEN = ("en", "fr")


@pytest.fixture
def article(news_index):
    return NewsArticlePageFactory(parent=news_index, name="Nightlife summit")


@pytest.mark.parametrize("language", LANGUAGE_CODES)
def test_every_news_page_type_renders_in_every_language(
    client, news_index, newsletter, article, language
):
    for page in (news_index, article, newsletter):
        response = client.get(path_of(page, language))
        html = response.content.decode()
        assert response.status_code == 200, page
        assert f'<html lang="{language}">' in html
        assert f"{page.title_en.removesuffix(' EN')} {language.upper()}</h1>" in html
        for other in LANGUAGE_CODES:
            assert f'hreflang="{other}" href="{page.url_in(other)}"' in html


@pytest.mark.parametrize("language", LANGUAGE_CODES)
def test_an_article_shows_its_text_or_the_english_one_marked_as_english(client, article, language):
    html = client.get(path_of(article, language)).content.decode()
    written = language if language in WRITTEN else "en"
    marked = "" if language in WRITTEN else ' lang="en"'
    assert f'<div class="stream"{marked}>' in html
    assert f"Nightlife summit body [{written}]" in html
    assert (
        f'<p class="page-header__intro"{marked}>Introduction to Nightlife summit [{written}]'
        in html
    )
    assert f'<time datetime="{article.date.isoformat()}">' in html
