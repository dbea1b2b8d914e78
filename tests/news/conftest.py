"""The news and newsletter pages under the site tree's home page, and helpers to reach them."""

import pytest

from news.factories import NewsIndexPageFactory, NewsletterPageFactory


@pytest.fixture
def news_index(site_tree):
    return NewsIndexPageFactory(parent=site_tree.home)


@pytest.fixture
def newsletter(site_tree):
    return NewsletterPageFactory(parent=site_tree.home)


def path_of(page, language: str = "en") -> str:
    """The page's address in ``language``, without the host."""
    return page.url_in(language).removeprefix("http://localhost")
