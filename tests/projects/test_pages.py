"""The projects page and a project's page render in all six languages and show what a
visitor looks for: acronym and name, programme, dates, status, money in the visitor's
language, partners linked to member profiles, themes, outcomes, news and events."""

import datetime

import pytest
from django.conf import settings
from django.core.exceptions import ValidationError
from django.utils import timezone

from events.models import EventIndexPage, EventPage
from news.factories import NewsArticlePageFactory, NewsIndexPageFactory
from projects.factories import ProjectPageFactory
from projects.models import ProjectPartner
from tests.projects.conftest import path_of

LANGUAGE_CODES = [code for code, _name in settings.LANGUAGES]


@pytest.mark.parametrize("language", LANGUAGE_CODES)
def test_every_project_page_type_renders_in_every_language(client, projects, language):
    for page in (projects.index, projects.ongoing):
        response = client.get(path_of(page, language))
        html = response.content.decode()
        assert response.status_code == 200, page
        assert f'<html lang="{language}">' in html
        assert f"{page.title_en.removesuffix(' EN')} {language.upper()}" in html
        for other in LANGUAGE_CODES:
            assert f'hreflang="{other}" href="{page.url_in(other)}"' in html


def test_the_french_pages_show_the_french_titles(client, projects):
    listing = client.get(path_of(projects.index, "fr")).content.decode()
    page = client.get(path_of(projects.ongoing, "fr")).content.decode()

    assert "Projects FR</h1>" in listing
    assert "Safer nights FR" in listing and "Drug prevention FR" in listing
    assert "NIGHTS – <span>Safer nights FR</span></h1>" in page
    assert "About Safer nights [fr]" in page


def test_a_project_page_shows_its_facts(client, projects):
    html = client.get(path_of(projects.ongoing)).content.decode()

    assert "Internal Security Fund" in html
    assert "<dd>Ongoing</dd>" in html
    start = projects.ongoing.start_date
    assert f'<time datetime="{start:%Y-%m-%d}">' in html
    assert "<dd>€1,250,000</dd>" in html and "<dd>€1,000,000</dd>" in html
    assert (
        '<a href="https://nights.example.org" rel="external noopener">nights.example.org</a>'
        in html
    )


def test_money_is_written_as_the_visitor_s_language_writes_it(client, projects):
    french = client.get(path_of(projects.ongoing, "fr")).content.decode()
    german = client.get(path_of(projects.ongoing, "de")).content.decode()

    assert "<dd>1\u202f250\u202f000\xa0€</dd>" in french
    assert "<dd>1.250.000\xa0€</dd>" in german


def test_a_closed_project_says_so(client, projects):
    html = client.get(path_of(projects.closed)).content.decode()

    assert "<dd>Closed</dd>" in html
    assert "Horizon 2020" in html


def test_partners_link_to_member_profiles_and_name_the_others_with_their_country(
    client, projects, site_tree
):
    html = client.get(path_of(projects.ongoing)).content.decode()
    french = client.get(path_of(projects.ongoing, "fr")).content.decode()

    profile = path_of(site_tree.members) + "lyon/"
    assert f'<dt>Coordinator</dt><dd><a href="{profile}">Lyon</a>' in html
    assert f'<a href="{path_of(site_tree.members, "fr")}lyon/">Lyon</a>' in french
    assert "Université de Liège" in french and "Belgique" in french
    # A former member has no profile any more: named, not linked.
    assert "Oldtown" in html and "oldtown/" not in html


def test_themes_link_to_their_pages_and_outcomes_to_the_library(client, projects, site_tree):
    html = client.get(path_of(projects.ongoing)).content.decode()

    themes = path_of(projects.themes_page)
    assert f'<a class="tag" href="{themes}nightlife/">nightlife [en]</a>' in html
    library = path_of(site_tree.library)
    assert f'<a href="{library}safer-nights-guide/">safer-nights-guide [en]</a>' in html


def test_the_project_lists_its_latest_live_news_and_events(client, projects, site_tree):
    news_index = NewsIndexPageFactory(parent=site_tree.home)
    today = timezone.localdate()
    for number in range(4):
        article = NewsArticlePageFactory(
            parent=news_index, name=f"Article {number}", date=today - datetime.timedelta(number)
        )
        article.projects.set([projects.ongoing])
        article.save_revision().publish()
    draft = NewsArticlePageFactory(parent=news_index, name="Draft article", live=False)
    draft.projects.set([projects.ongoing])
    draft.save()
    add_event(site_tree, projects.ongoing)

    html = client.get(path_of(projects.ongoing)).content.decode()

    assert "Article 0 EN" in html and "Article 2 EN" in html
    assert "Article 3 EN" not in html  # only the latest three
    assert "Draft article" not in html
    # The event's day where it takes place: already 1 June in Paris, still 31 May in Lisbon.
    assert '<time datetime="2030-05-31T23:30:00+01:00">31 May 2030</time>' in html


def test_news_published_after_a_visit_appears_on_the_project_at_once(client, projects, site_tree):
    news_index = NewsIndexPageFactory(parent=site_tree.home)
    assert "Fresh article EN" not in client.get(path_of(projects.ongoing)).content.decode()

    article = NewsArticlePageFactory(parent=news_index, name="Fresh article", live=False)
    article.projects.set([projects.ongoing])
    article.save_revision().publish()

    assert "Fresh article EN" in client.get(path_of(projects.ongoing)).content.decode()


def add_event(site_tree, project) -> EventPage:
    """A conference of the project, starting at 00:30 in Paris on 1 June 2030: 23:30 on
    31 May where it takes place, in Lisbon."""
    index = EventIndexPage(title="Events", slug="events", title_en="Events", slug_en="events")
    site_tree.home.add_child(instance=index)
    starts = datetime.datetime(2030, 5, 31, 22, 30, tzinfo=datetime.UTC)
    event = EventPage(
        title="Night summit",
        slug="night-summit",
        title_en="Night summit",
        slug_en="night-summit",
        kind=EventPage.Kind.CONFERENCE,
        starts_at=starts,
        ends_at=starts + datetime.timedelta(hours=3),
        time_zone="Europe/Lisbon",
        project=project,
    )
    return index.add_child(instance=event)


def test_a_project_ends_after_it_starts_and_gets_no_more_than_its_budget(projects):
    project = projects.ongoing
    project.end_date = project.start_date - datetime.timedelta(days=1)
    project.eu_contribution = project.budget + 1

    with pytest.raises(ValidationError) as error:
        project.full_clean()

    assert set(error.value.message_dict) >= {"end_date", "eu_contribution"}


def test_a_project_without_budget_figures_is_valid_and_shows_none(client, projects):
    project = ProjectPageFactory(parent=projects.index, budget=None, eu_contribution=None)
    project.full_clean()

    html = client.get(path_of(project)).content.decode()

    assert "Total budget" not in html and "EU contribution" not in html


def test_a_partner_is_a_member_authority_or_has_a_name(projects):
    nameless = ProjectPartner(project=projects.ongoing, name="", country="BE")

    with pytest.raises(ValidationError) as error:
        nameless.full_clean()

    assert "name" in error.value.message_dict
    ProjectPartner(project=projects.ongoing, authority=projects.lyon).full_clean()
