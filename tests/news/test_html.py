"""The news list (filtered, empty, paged), an article with all its links and the newsletter
page are valid HTML (the Nu Html Checker) in every language."""

import datetime

import pytest
from django.conf import settings

from members.factories import MemberAuthorityFactory
from news.factories import NewsArticlePageFactory
from pages.factories import ImageFactory
from publications.factories import PublicationFactory
from tests.browser.test_html_validity import JAVA, VNU, describe, is_error, run_vnu
from tests.news.conftest import path_of
from themes.factories import ThemeFactory

LANGUAGE_CODES = [code for code, _name in settings.LANGUAGES]


@pytest.mark.skipif(
    JAVA is None or not VNU.exists(), reason="HTML checks skipped: java or vnu.jar is missing"
)
def test_news_pages_are_valid_html_in_every_language(client, news_index, newsletter, tmp_path):
    theme = ThemeFactory(slug="drugs")
    article = NewsArticlePageFactory(
        parent=news_index,
        date=datetime.date(2025, 5, 1),
        image=ImageFactory(),
        themes=[theme],
        authorities=[MemberAuthorityFactory()],
        publications=[PublicationFactory(languages=[])],
    )
    for _number in range(12):
        NewsArticlePageFactory(parent=news_index, date=datetime.date(2024, 1, 1))
    files = []
    for language in LANGUAGE_CODES:
        news = path_of(news_index, language)
        paths = {
            "list": news,
            "filtered": f"{news}?theme=drugs&year=2025",
            "empty": f"{news}?year=2024&theme=drugs",
            "second-page": f"{news}?page=2",
            "article": path_of(article, language),
            "newsletter": path_of(newsletter, language),
        }
        for name, path in paths.items():
            response = client.get(path)
            assert response.status_code == 200, path
            files.append(tmp_path / f"{name}-{language}.html")
            files[-1].write_bytes(response.content)
    errors = [message for message in run_vnu(files) if is_error(message)]
    assert not errors, "vnu found HTML errors:\n" + "\n".join(map(describe, errors))
