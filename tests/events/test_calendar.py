"""iCalendar: an event's file and the feed of upcoming events parse (RFC 5545), keep the
event's time zone, speak the page's language and list only what is published and to come."""

import datetime
import zoneinfo

import pytest
from django.conf import settings
from django.utils import timezone
from icalendar import Calendar

from events.factories import EventPageFactory
from tests.events.conftest import path_of, route_path

LANGUAGE_CODES = [code for code, _name in settings.LANGUAGES]
PARIS = zoneinfo.ZoneInfo("Europe/Paris")


def read_calendar(client, path: str) -> Calendar:
    response = client.get(path)
    assert response.status_code == 200
    assert response["Content-Type"] == "text/calendar; charset=utf-8"
    assert not response.cookies
    return Calendar.from_ical(response.content)


def test_an_event_file_holds_the_event_in_its_time_zone(client, events_index):
    starts = datetime.datetime(2031, 3, 12, 9, 30, tzinfo=PARIS)
    event = EventPageFactory(
        parent=events_index,
        name="Night summit",
        starts_at=starts,
        ends_at=starts + datetime.timedelta(hours=7.5),
    )
    response = client.get(route_path(event, "calendar_file"))
    assert 'filename="night-summit-en.ics"' in response["Content-Disposition"]
    calendar = Calendar.from_ical(response.content)
    assert calendar["VERSION"] == "2.0"
    assert calendar["PRODID"]
    [entry] = calendar.events
    assert str(entry["UID"]) == f"event-{event.pk}@events.efus.eu"
    assert entry["DTSTAMP"]
    assert entry.start == starts
    assert entry.start.tzinfo.key == "Europe/Paris"
    assert entry["DTSTART"].params["TZID"] == "Europe/Paris"
    assert entry.end == datetime.datetime(2031, 3, 12, 17, 0, tzinfo=PARIS)
    assert [zone.tz_name for zone in calendar.timezones] == ["Europe/Paris"]
    assert str(entry["SUMMARY"]) == "Night summit EN"
    assert entry["SUMMARY"].params["LANGUAGE"] == "en"
    assert str(entry["DESCRIPTION"]) == "Introduction to Night summit [en]"
    assert str(entry["LOCATION"]) == "Town hall [en], Lyon, France"
    assert str(entry["URL"]) == event.url_in("en")
    assert calendar.get_missing_tzids() == set()


def test_the_uid_stays_the_same_from_one_download_to_the_next(client, event):
    first = read_calendar(client, route_path(event, "calendar_file")).events[0]
    again = read_calendar(client, route_path(event, "calendar_file", language="fr")).events[0]
    assert first["UID"] == again["UID"]


def test_an_online_event_has_its_page_and_no_location(client, events_index):
    online = EventPageFactory(parent=events_index, is_online=True, city="", venue_en="")
    [entry] = read_calendar(client, route_path(online, "calendar_file")).events
    assert "LOCATION" not in entry
    assert str(entry["URL"]) == online.url_in("en")


@pytest.mark.parametrize("language", LANGUAGE_CODES)
def test_texts_are_in_the_page_language_or_marked_english(client, event, language):
    [entry] = read_calendar(client, route_path(event, "calendar_file", language=language)).events
    written = language if language in ("en", "fr") else "en"
    assert str(entry["SUMMARY"]) == f"Night summit {language.upper()}"
    assert entry["SUMMARY"].params["LANGUAGE"] == language
    assert str(entry["DESCRIPTION"]) == f"Introduction to Night summit [{written}]"
    assert entry["DESCRIPTION"].params["LANGUAGE"] == written
    assert str(entry["URL"]) == event.url_in(language)


def test_the_feed_lists_upcoming_live_events_next_first(client, events_index):
    now = timezone.now()

    def event(name, days, **fields):
        starts = now + datetime.timedelta(days=days)
        return EventPageFactory(
            parent=events_index,
            name=name,
            starts_at=starts,
            ends_at=starts + datetime.timedelta(hours=2),
            **fields,
        )

    event("Later", 30, time_zone="Europe/Athens")
    event("Sooner", 3, time_zone="Europe/Lisbon")
    event("Over", -3)
    event("Unpublished", 5).unpublish()
    draft = event("Draft", 6)
    draft.title_en = "Draft changed"
    draft.save_revision()
    calendar = read_calendar(client, route_path(events_index, "feed"))
    assert [str(entry["SUMMARY"]) for entry in calendar.events] == [
        "Sooner EN",
        "Draft EN",  # as published: the draft's changes stay out
        "Later EN",
    ]
    assert sorted(zone.tz_name for zone in calendar.timezones) == [
        "Europe/Athens",
        "Europe/Lisbon",
        "Europe/Paris",
    ]
    assert calendar.get_missing_tzids() == set()
    assert str(calendar["X-WR-CALNAME"]) == "Events EN – Efus"


def test_the_feed_answers_in_french_on_the_french_site(client, events_index, event):
    calendar = read_calendar(client, route_path(events_index, "feed", language="fr"))
    assert str(calendar["X-WR-CALNAME"]) == "Events FR – Efus"
    assert calendar["X-WR-CALNAME"].params["LANGUAGE"] == "fr"
    [entry] = calendar.events
    assert str(entry["SUMMARY"]) == "Night summit FR"
    assert entry["SUMMARY"].params["LANGUAGE"] == "fr"
    assert str(entry["DESCRIPTION"]) == "Introduction to Night summit [fr]"
    assert str(entry["URL"]) == event.url_in("fr")


def test_an_empty_feed_is_still_a_calendar(client, events_index):
    calendar = read_calendar(client, route_path(events_index, "feed"))
    assert calendar.events == []
    assert calendar["VERSION"] == "2.0"


def test_the_event_page_and_the_lists_link_to_their_calendars(client, events_index, event):
    page = client.get(path_of(event)).content.decode()
    assert f'href="{route_path(event, "calendar_file")}" type="text/calendar"' in page
    index = client.get(path_of(events_index)).content.decode()
    assert (
        f'<link rel="alternate" type="text/calendar" href="{route_path(events_index, "feed")}"'
        in index
    )
