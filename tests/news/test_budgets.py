"""The news list (filtered or not), an article's page and the feed stay within the query
budget, with the same count at 50 and at 5,000 articles."""

from django.db import connection

from members.factories import MemberAuthorityFactory
from news.demo.bulk import add_bulk_articles
from news.factories import NewsArticlePageFactory
from news.models import NewsArticlePage
from pages.factories import ImageFactory
from projects.factories import ProjectIndexPageFactory, ProjectPageFactory
from publications.factories import PublicationFactory
from tests.budgets import assert_same_counts, page_queries
from tests.news.conftest import path_of
from themes.factories import ThemeFactory


def test_news_pages_cost_the_same_queries_with_50_or_5000_articles(
    client, site_tree, news_index, newsletter
):
    themes = [ThemeFactory(slug="drugs"), ThemeFactory(slug="nightlife")]
    image = ImageFactory()
    projects = ProjectIndexPageFactory(parent=site_tree.home)
    linked = NewsArticlePageFactory(
        parent=news_index,
        image=image,
        themes=themes,
        authorities=[MemberAuthorityFactory(slug="member-a"), MemberAuthorityFactory()],
        projects=[ProjectPageFactory(parent=projects), ProjectPageFactory(parent=projects)],
        publications=[PublicationFactory(languages=[]), PublicationFactory(languages=[])],
    )
    add_bulk_articles(news_index, 49, image=image)
    assert NewsArticlePage.objects.count() == 50
    year = linked.date.year
    news, feed = path_of(news_index), path_of(news_index) + "feed/"
    french = path_of(news_index, "fr")
    paths = [
        news,
        f"{french}?theme=drugs",
        f"{news}?year={year}&theme=nightlife",
        f"{news}?page=2",
        path_of(linked),
        path_of(linked, "fr"),
        feed,
        path_of(newsletter),
    ]
    with_50 = page_queries(client, paths)

    add_bulk_articles(news_index, 4950, seed=1, image=image)
    assert NewsArticlePage.objects.count() == 5000
    with connection.cursor() as cursor:
        cursor.execute("ANALYZE")
    assert_same_counts(with_50, page_queries(client, paths), ("50 articles", "5,000"))
    print({path: len(queries) for path, queries in with_50.items()})
