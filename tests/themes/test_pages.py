"""The themes' pages: the list of every theme, and a theme's page gathering its latest news,
upcoming events, projects and publications, in all six languages, within the query budget
with few or many projects and publications, and in the sitemap."""

import pytest
from django.conf import settings
from django.utils import timezone

from efus_site.urls import SITEMAPS
from events.factories import EventIndexPageFactory, EventPageFactory
from news.factories import NewsArticlePageFactory, NewsIndexPageFactory
from publications.demo.bulk import create_bulk_publications
from publications.factories import PublicationFactory
from publications.models import Publication
from tests.budgets import assert_same_counts, page_queries
from tests.projects.conftest import add_bulk_projects, build_projects, path_of
from themes.factories import ThemeFactory
from themes.sitemaps import ThemePagesSitemap

LANGUAGE_CODES = [code for code, _name in settings.LANGUAGES]


@pytest.fixture
def projects(site_tree):
    """The site with a themes page, two themes, projects about them and a publication."""
    return build_projects(site_tree)


def theme_path(projects, theme, language: str = "en") -> str:
    return path_of(projects.themes_page, language) + f"{theme.slug}/"


@pytest.mark.parametrize("language", LANGUAGE_CODES)
def test_the_theme_list_names_and_links_every_theme_in_every_language(client, projects, language):
    ThemeFactory(slug="unused")

    response = client.get(path_of(projects.themes_page, language))
    html = response.content.decode()

    assert response.status_code == 200
    assert f'<html lang="{language}">' in html
    assert f"Themes {language.upper()}</h1>" in html
    for slug in ("drugs", "nightlife", "unused"):
        written = language if language in ("en", "fr") else "en"
        assert f"{slug} [{language}]</a></h3>" in html
        assert f"About {slug} [{written}]" in html
        assert f'href="{theme_path(projects, projects.drugs, language)}"' in html


@pytest.mark.parametrize("language", LANGUAGE_CODES)
def test_a_theme_page_renders_in_every_language_and_switches_language_on_the_theme(
    client, projects, language
):
    path = theme_path(projects, projects.nightlife, language)
    response = client.get(path)
    html = response.content.decode()

    assert response.status_code == 200
    assert f'<html lang="{language}">' in html
    assert f">nightlife [{language}]</h1>" in html
    for other in LANGUAGE_CODES:
        url = "http://localhost" + theme_path(projects, projects.nightlife, other)
        assert f'hreflang="{other}" href="{url}"' in html
    assert f'<a href="{path}" aria-current="page">nightlife [{language}]</a>' in html


def test_a_theme_page_in_a_language_without_its_description_says_it_shows_english(client, projects):
    html = client.get(theme_path(projects, projects.nightlife, "de")).content.decode()

    assert 'class="notice" role="note"' in html
    assert '<p class="page-header__intro" lang="en">About nightlife [en]</p>' in html


def test_an_unknown_theme_is_not_found(client, projects):
    assert client.get(path_of(projects.themes_page) + "no-such-theme/").status_code == 404
    assert client.get(path_of(projects.themes_page) + "%3Cscript%3E/").status_code == 404


def test_a_theme_page_gathers_its_news_events_projects_and_publications(
    client, projects, site_tree
):
    add_news_and_events(site_tree, projects.nightlife)
    members_only = PublicationFactory(
        slug="night-audits", access=Publication.Access.MEMBERS, themes=[projects.nightlife]
    )
    PublicationFactory(slug="drug-checking", themes=[projects.drugs])

    html = client.get(theme_path(projects, projects.nightlife)).content.decode()

    assert "Night article EN" in html
    assert "Night event EN" in html
    assert "NIGHTS – <span>Safer nights EN</span>" in html and "PREVDRUG" not in html
    library = path_of(site_tree.library)
    assert f'<a href="{library}{members_only.slug}/">night-audits [en]</a>' in html
    assert f'<a href="{library}safer-nights-guide/">' in html
    assert "drug-checking" not in html
    assert f'href="{path_of(projects.index)}?theme=nightlife"' in html
    assert f'href="{library}?theme=nightlife"' in html


def test_a_theme_with_nothing_yet_shows_its_name_and_description_only(client, projects):
    empty = ThemeFactory(slug="empty")

    html = client.get(theme_path(projects, empty)).content.decode()

    assert ">empty [en]</h1>" in html
    assert "<section" not in html.split('<main id="main"')[1].split("</main>")[0]


def add_news_and_events(site_tree, theme) -> None:
    news = NewsIndexPageFactory(parent=site_tree.home)
    events = EventIndexPageFactory(parent=site_tree.home)
    article = NewsArticlePageFactory(
        parent=news, name="Night article", date=timezone.localdate(), themes=[theme]
    )
    article.save_revision().publish()
    EventPageFactory(parent=events, name="Night event", themes=[theme])


def theme_paths(projects) -> list[str]:
    return [
        path_of(projects.themes_page),
        theme_path(projects, projects.nightlife),
        theme_path(projects, projects.drugs, "fr"),
    ]


def test_theme_pages_cost_the_same_queries_with_few_or_many_projects_and_publications(
    client, projects, site_tree
):
    add_news_and_events(site_tree, projects.nightlife)
    create_bulk_publications(20)
    themes = [projects.nightlife, projects.drugs]
    add_bulk_projects(projects.index, 20, themes, projects.lyon)

    few = page_queries(client, theme_paths(projects))
    create_bulk_publications(5_000, seed=1)
    add_bulk_projects(projects.index, 5_000, themes, projects.lyon)
    many = page_queries(client, theme_paths(projects))
    assert_same_counts(few, many, ("20 projects and publications", "5,020"))


def test_every_theme_page_is_in_the_sitemap_in_every_language(client, projects, monkeypatch):
    monkeypatch.setitem(SITEMAPS, "themes", ThemePagesSitemap)

    index = client.get("/sitemap.xml").content.decode()
    xml = client.get("/sitemap-themes.xml").content.decode()

    assert "http://testserver/sitemap-themes.xml" in index
    for language in LANGUAGE_CODES:
        for theme in (projects.nightlife, projects.drugs):
            url = "http://localhost" + theme_path(projects, theme, language)
            assert f"<loc>{url}</loc>" in xml
            assert f'hreflang="{language}" href="{url}"' in xml
