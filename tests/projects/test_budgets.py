"""The projects list, filtered or not, and a project's page stay within the query budget,
with the same count at 50 and at 5,000 projects."""

import datetime

from django.core.cache import caches
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import timezone

from events.factories import EventIndexPageFactory, EventPageFactory
from news.factories import NewsArticlePageFactory, NewsIndexPageFactory
from projects.models import ProjectPage
from tests.projects.conftest import add_bulk_projects, path_of

QUERY_BUDGET = 12


def sql_of(queries) -> str:
    return "\n".join(f"  {query['sql']}" for query in queries)


def page_queries(client, paths) -> dict[str, list[dict]]:
    """The queries of each page, rendered with an empty page cache (the worst case)."""
    captured = {}
    for path in paths:
        client.get(path)
        caches["pages"].clear()
        with CaptureQueriesContext(connection) as queries:
            response = client.get(path)
        assert response.status_code == 200, path
        assert len(queries) <= QUERY_BUDGET, f"{path}: {len(queries)} queries\n{sql_of(queries)}"
        captured[path] = queries.captured_queries
    return captured


def assert_same_counts(small: dict, large: dict) -> None:
    for path, queries in small.items():
        assert len(large[path]) == len(queries), (
            f"{path}: {len(queries)} queries with 50 projects, {len(large[path])} with 5,000"
            f"\n-- with 50:\n{sql_of(queries)}\n-- with 5,000:\n{sql_of(large[path])}"
        )


def add_news_and_events(site_tree, project: ProjectPage) -> None:
    news = NewsIndexPageFactory(parent=site_tree.home)
    events = EventIndexPageFactory(parent=site_tree.home)
    today = timezone.localdate()
    for number in range(4):
        article = NewsArticlePageFactory(parent=news, date=today - datetime.timedelta(number))
        article.projects.set([project])
        article.save_revision().publish()
        EventPageFactory(parent=events, project=project)


def test_the_projects_cost_the_same_queries_with_50_or_5000_projects(client, site_tree, projects):
    add_news_and_events(site_tree, projects.ongoing)
    themes = [projects.nightlife, projects.drugs]
    add_bulk_projects(projects.index, 48, themes, projects.lyon)
    assert ProjectPage.objects.count() == 50
    index, french_index = path_of(projects.index), path_of(projects.index, "fr")
    paths = [
        index,
        french_index + "?status=ongoing&theme=nightlife",
        index + "?programme=isf",
        index + "?page=3",
        index + "?status=closed&programme=horizon_2020&theme=drugs",
        path_of(projects.ongoing),
        path_of(projects.ongoing, "fr"),
    ]

    with_50 = page_queries(client, paths)
    add_bulk_projects(projects.index, 4_950, themes, projects.lyon)
    assert ProjectPage.objects.count() == 5_000

    assert_same_counts(with_50, page_queries(client, paths))
    for path, queries in with_50.items():
        print(f"{len(queries):>2} queries  {path}")
