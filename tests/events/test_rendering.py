"""Every events page type renders in all six languages: the upcoming and past lists and an
event's page, with the event's own text or the English one marked as such, its times in its
own time zone, and what it is linked to."""

import datetime
import zoneinfo

import pytest
from django.conf import settings

from events.factories import EventPageFactory
from members.factories import MemberAuthorityFactory
from projects.factories import ProjectIndexPageFactory, ProjectPageFactory
from tests.events.conftest import path_of, route_path
from themes.factories import ThemeFactory

LANGUAGE_CODES = [code for code, _name in settings.LANGUAGES]
WRITTEN = ("en", "fr")
PARIS = zoneinfo.ZoneInfo("Europe/Paris")


@pytest.fixture
def past_event(events_index):
    starts = datetime.datetime(2024, 3, 12, 9, 30, tzinfo=PARIS)
    return EventPageFactory(
        parent=events_index,
        name="Old forum",
        starts_at=starts,
        ends_at=starts + datetime.timedelta(hours=7.5),
    )


def html_of(response) -> str:
    return response.content.decode()


@pytest.mark.parametrize("language", LANGUAGE_CODES)
def test_every_events_page_type_renders_in_every_language(
    client, events_index, event, past_event, language
):
    pages = {
        "upcoming": (path_of(events_index, language), events_index, event),
        "past": (route_path(events_index, "past", language=language), events_index, past_event),
        "event": (path_of(event, language), event, event),
    }
    for name, (path, page, listed) in pages.items():
        response = client.get(path)
        html = html_of(response)
        assert response.status_code == 200, name
        assert f'<html lang="{language}">' in html, name
        assert f"{page.title_en.removesuffix(' EN')} {language.upper()}</" in html, name
        assert f"{listed.title_en.removesuffix(' EN')} {language.upper()}</" in html, name
        assert not response.cookies, name


def test_the_french_event_page_shows_the_french_title_and_text(client, event):
    html = html_of(client.get(path_of(event, "fr")))
    assert "Night summit FR</h1>" in html
    assert "Programme [fr]" in html
    assert "Town hall [fr]" in html


@pytest.mark.parametrize("language", ["de", "it", "es", "pt"])
def test_untranslated_text_is_shown_in_english_and_marked_so(client, event, language):
    html = html_of(client.get(path_of(event, language)))
    assert '<div class="stream" lang="en">' in html
    assert "Programme [en]" in html
    assert '<span lang="en">Town hall [en]' in html


def test_times_are_shown_in_the_event_time_zone_named_in_words(client, events_index):
    starts = datetime.datetime(2031, 3, 12, 9, 30, tzinfo=PARIS)
    EventPageFactory(
        parent=events_index,
        starts_at=starts,
        ends_at=starts + datetime.timedelta(hours=7.5),
    )
    lisbon = EventPageFactory(
        parent=events_index,
        starts_at=starts,
        ends_at=starts + datetime.timedelta(days=1),
        time_zone="Europe/Lisbon",
    )
    html = html_of(client.get(path_of(events_index)))
    assert (
        '<time datetime="2031-03-12T09:30:00+01:00">12 March 2031, 09:30–17:00 '
        "(Central European Time)</time>" in html
    )
    assert (
        '<time datetime="2031-03-12T08:30:00+00:00">12 March 2031, 08:30 – 13 March 2031, '
        "08:30 (Western European Time)</time>" in html
    )
    german = html_of(client.get(path_of(lisbon, "de")))
    assert "12. März 2031, 08:30 – 13. März 2031, 08:30 (Westeuropäische Zeit)" in german


EVENT_DATES = {
    "en": "1 March 2031, 09:30–17:00 (Central European Time)",
    "fr": "1er mars 2031, 09:30–17:00 (heure d’Europe centrale)",
    "de": "1. März 2031, 09:30–17:00 (Mitteleuropäische Zeit)",
    "it": "1 marzo 2031, 09:30–17:00 (ora dell’Europa centrale)",
    "es": "1 de marzo de 2031, 9:30–17:00 (hora de Europa central)",
    "pt": "1 de março de 2031, 09:30–17:00 (hora da Europa Central)",
}


@pytest.mark.parametrize("language", LANGUAGE_CODES)
def test_an_event_page_writes_its_date_and_names_its_time_zone_in_the_visitors_language(
    client, events_index, language
):
    starts = datetime.datetime(2031, 3, 1, 9, 30, tzinfo=PARIS)
    event = EventPageFactory(
        parent=events_index, starts_at=starts, ends_at=starts + datetime.timedelta(hours=7.5)
    )
    html = html_of(client.get(path_of(event, language)))
    assert EVENT_DATES[language] in html
    assert "CET" not in html


def test_summer_time_and_zones_without_a_name(client, events_index):
    starts = datetime.datetime(2031, 7, 1, 18, 0, tzinfo=zoneinfo.ZoneInfo("Europe/London"))
    EventPageFactory(
        parent=events_index, starts_at=starts, ends_at=starts, time_zone="Europe/London"
    )
    istanbul = datetime.datetime(2031, 7, 2, 10, 0, tzinfo=zoneinfo.ZoneInfo("Europe/Istanbul"))
    EventPageFactory(
        parent=events_index, starts_at=istanbul, ends_at=istanbul, time_zone="Europe/Istanbul"
    )
    html = html_of(client.get(path_of(events_index)))
    assert "1 July 2031, 18:00–18:00 (British Summer Time)" in html
    assert "2 July 2031, 10:00–10:00 (UTC+03:00)" in html


def test_an_online_event_says_so(client, events_index):
    online = EventPageFactory(parent=events_index, is_online=True, city="", venue_en="")
    html = html_of(client.get(path_of(online)))
    assert "<dd>Online</dd>" in html
    listed = html_of(client.get(path_of(events_index)))
    assert "<p>Online</p>" in listed


def test_the_event_page_shows_everything_it_is_linked_to(client, site_tree, events_index):
    theme = ThemeFactory(slug="nightlife", name_en="Nightlife", name_fr="Vie nocturne")
    lyon = MemberAuthorityFactory(name="Ville de Lyon")
    former = MemberAuthorityFactory(name="Former town", status="former")
    torino = MemberAuthorityFactory(name="Città di Torino")
    event = EventPageFactory(
        parent=events_index,
        languages=["fr", "de"],
        themes=[theme],
        organisers=[lyon, former],
        partners=[torino],
    )
    html = html_of(client.get(path_of(event, "fr")))
    assert "<dd>Français et allemand</dd>" in html
    assert '<li><span class="tag">Vie nocturne</span></li>' in html  # no themes page here
    members = path_of(site_tree.members, "fr")
    assert f'<a href="{members}{lyon.slug}/">Ville de Lyon</a>' in html
    assert "<li>Former town</li>" in html  # no profile to link to
    assert f'<a href="{members}{torino.slug}/">Città di Torino</a>' in html
    assert f'href="{route_path(event, "calendar_file", language="fr")}"' in html
    english = html_of(client.get(path_of(event)))
    assert "<dd>French and German</dd>" in english


def test_the_lists_link_to_each_other_and_to_the_calendar_feed(client, events_index, event):
    html = html_of(client.get(path_of(events_index)))
    assert f'href="{route_path(events_index, "past")}"' in html
    assert f'href="{route_path(events_index, "feed")}"' in html
    past = html_of(client.get(route_path(events_index, "past")))
    assert f'href="{path_of(events_index)}"' in past


def test_the_event_page_links_its_live_project(client, site_tree, events_index):
    projects = ProjectIndexPageFactory(parent=site_tree.home)
    project = ProjectPageFactory(parent=projects, name="Safer nights")
    event = EventPageFactory(parent=events_index, project=project)
    html = html_of(client.get(path_of(event, "fr")))
    assert f'<a href="{path_of(project, "fr")}">Safer nights FR</a>' in html
    project.unpublish()
    assert "Safer nights" not in html_of(client.get(path_of(event, "fr")))
