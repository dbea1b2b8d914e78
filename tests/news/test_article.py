"""An article's page: its date, themes linked to the filtered list, image, body, and the
member authorities, projects and publications it is about, linked to their pages."""

import datetime
import re

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from members.factories import MemberAuthorityFactory
from members.models import MemberAuthority
from news.factories import NewsArticlePageFactory
from pages.factories import ImageFactory
from projects.factories import ProjectIndexPageFactory, ProjectPageFactory
from publications.factories import PublicationFactory
from tests.news.conftest import path_of
from themes.factories import ThemeFactory, ThemeIndexPageFactory
from themes.models import ThemeIndexPage


@pytest.fixture
def related(site_tree, news_index):
    """What an article can be linked to: two of each kind."""
    projects = ProjectIndexPageFactory(parent=site_tree.home)
    ThemeIndexPageFactory(parent=site_tree.home)
    return {
        "themes": [
            ThemeFactory(slug="drugs", name_en="Drugs", name_fr="Drogues"),
            ThemeFactory(slug="youth", name_en="Youth", name_fr="Jeunesse"),
        ],
        "authorities": [
            MemberAuthorityFactory(name="Ville de Nantes", slug="nantes"),
            MemberAuthorityFactory(
                name="Former Town", slug="former", status=MemberAuthority.Status.FORMER
            ),
        ],
        "projects": [
            ProjectPageFactory(parent=projects, name="Safer Cities", acronym="SAFE"),
            ProjectPageFactory(parent=projects, name="Night Watch", acronym="NIGHT"),
        ],
        "publications": [
            PublicationFactory(slug="drug-report", languages=[]),
            PublicationFactory(slug="youth-guide", languages=[]),
        ],
    }


def article_with(news_index, related, count=2, name="Summit", **kwargs):
    links = {kind: items[:count] for kind, items in related.items()}
    return NewsArticlePageFactory(parent=news_index, name=name, **links, **kwargs)


def test_the_article_links_to_what_it_is_about(client, site_tree, news_index, related):
    article = article_with(news_index, related, date=datetime.date(2025, 3, 14))
    html = client.get(path_of(article, "fr")).content.decode()

    assert '<time datetime="2025-03-14">14 mars 2025</time>' in html
    themes = path_of(ThemeIndexPage.objects.get(), "fr")
    assert f'<a class="tag" href="{themes}drugs/">Drogues</a>' in html
    assert f'<a class="tag" href="{themes}youth/">Jeunesse</a>' in html
    members = path_of(site_tree.members, "fr")
    assert f'<a href="{members}nantes/">Ville de Nantes</a>' in html
    assert "<li>Former Town</li>" in html  # a former member has no profile to link to
    for project in related["projects"]:
        name = f"{project.acronym}\u00a0: {project.title_fr}"  # French's no-break space
        assert f'<a href="{path_of(project, "fr")}">{name}</a>' in html
    library = path_of(site_tree.library, "fr")
    assert f'<a href="{library}drug-report/">drug-report [fr]</a>' in html
    assert f'<a href="{library}youth-guide/">youth-guide [fr]</a>' in html


def test_unpublished_projects_are_left_out(client, news_index, related):
    related["projects"][1].unpublish()
    html = client.get(path_of(article_with(news_index, related))).content.decode()
    assert "SAFE: Safer Cities EN" in html
    assert "NIGHT" not in html


def test_names_shown_in_english_are_marked(client, news_index, related):
    theme = related["themes"][0]
    theme.name_de = ""
    theme.save()
    html = client.get(path_of(article_with(news_index, related), "de")).content.decode()
    assert 'drugs/" lang="en">Drugs</a>' in html
    assert 'drug-report/" lang="en">drug-report [en]</a>' in html


def test_the_image_is_a_picture_in_modern_formats(client, news_index):
    article = NewsArticlePageFactory(parent=news_index, image=ImageFactory())
    html = client.get(path_of(article)).content.decode()
    picture = re.search(r"<picture>.*?</picture>", html, re.S).group()
    assert 'type="image/avif"' in picture and 'type="image/webp"' in picture
    assert 'class="news-article__image"' in picture


def test_an_article_without_links_shows_no_empty_list(client, news_index):
    html = client.get(path_of(NewsArticlePageFactory(parent=news_index))).content.decode()
    assert "news-article__related" not in html


def queries_of(client, path) -> int:
    client.get(path)  # renditions and caches of the first view
    with CaptureQueriesContext(connection) as queries:
        assert client.get(path).status_code == 200
    return len(queries)


def test_related_items_cost_the_same_queries_however_many(client, news_index, related):
    few = article_with(news_index, related, count=1)
    for kind, factory in (
        ("themes", lambda n: ThemeFactory(slug=f"extra-{n}")),
        ("authorities", lambda n: MemberAuthorityFactory(slug=f"extra-{n}")),
        ("publications", lambda n: PublicationFactory(slug=f"extra-{n}", languages=[])),
    ):
        related[kind] += [factory(number) for number in range(8)]
    projects = related["projects"][0].get_parent()
    related["projects"] += [ProjectPageFactory(parent=projects) for _number in range(8)]
    many = article_with(news_index, related, count=10, name="Many links")
    assert queries_of(client, path_of(few)) == queries_of(client, path_of(many))
