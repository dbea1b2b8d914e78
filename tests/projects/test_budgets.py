"""The projects list, filtered or not, and a project's page stay within the query budget,
with the same count at 50 and at 5,000 projects."""

import datetime

from django.utils import timezone

from events.factories import EventIndexPageFactory, EventPageFactory
from news.factories import NewsArticlePageFactory, NewsIndexPageFactory
from projects.models import ProjectPage
from tests.budgets import assert_same_counts, page_queries
from tests.projects.conftest import add_bulk_projects, path_of


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

    assert_same_counts(with_50, page_queries(client, paths), ("50 projects", "5,000"))
    for path, queries in with_50.items():
        print(f"{len(queries):>2} queries  {path}")
