"""Every public page stays within the query budget of DESIGN.md, with an empty page cache
and with its fragments kept."""

import pytest
from wagtail.models import Page

from tests.budgets import page_queries


@pytest.mark.parametrize("language", ["en", "fr"])
def test_every_page_stays_within_the_query_budget(client, site_tree, language):
    paths = [
        page.url_in(language).removeprefix("http://localhost") for page in site_tree.all_pages()
    ]
    page_queries(client, paths)


def test_demo_pages_stay_within_the_query_budget(client, demo_content):
    pages = Page.objects.live().filter(depth__gt=1).specific()
    paths = [
        "/" + page.url_in(language).split("://", 1)[1].split("/", 1)[1]
        for page in pages
        for language in ("en", "fr")
    ]
    page_queries(client, paths)
