"""Events as iCalendar (RFC 5545): one event's file (``event.ics``, also attached to the
confirmation of a place) and the feed of the upcoming events (``feed.ics``), in the language
of the page that serves them.

Times keep the event's own time zone (``TZID``), described by a ``VTIMEZONE`` that covers the
events' dates; texts say their language (``LANGUAGE``), English where a translation is
missing. An event's ``UID`` is its primary key: a calendar that imported it once updates it.
"""

import datetime
from functools import lru_cache

from django.conf import settings
from django.http import HttpResponse
from django.utils import timezone, translation
from django.utils.http import content_disposition_header
from icalendar import Calendar, Event, Timezone

from events.models import BODY_COLUMNS, EventIndexPage, EventPage
from pages.i18n import shows_english_for

CONTENT_TYPE = "text/calendar; charset=utf-8"
UID_DOMAIN = "events.efus.eu"
PRODUCT = "-//Efus//Events//EN"
# The feed lists the next events only: a calendar reads it again, and later ones join it.
FEED_SIZE = 200


def text_language(obj, field: str) -> str:
    """The language ``obj.<field>`` is shown in: the visitor's, or English standing in."""
    language = translation.get_language()
    return settings.LANGUAGE_CODE if shows_english_for(obj, field, language) else language


def calendar_event(event: EventPage, request) -> Event:
    entry = Event()
    entry.add("uid", f"event-{event.pk}@{UID_DOMAIN}")
    entry.add("dtstamp", timezone.now())
    entry.add("dtstart", event.local_start)
    entry.add("dtend", event.local_end)
    if event.last_published_at:
        entry.add("last-modified", event.last_published_at)
    entry.add("summary", event.title, parameters={"LANGUAGE": text_language(event, "title")})
    if event.intro:
        language = text_language(event, "intro")
        entry.add("description", event.intro, parameters={"LANGUAGE": language})
    if not event.is_online:
        language = text_language(event, "venue") if event.venue else translation.get_language()
        entry.add("location", event.place_text(), parameters={"LANGUAGE": language})
    entry.add("categories", [event.get_kind_display()])
    entry.add("url", event.get_full_url(request))
    entry.add("status", "CONFIRMED")
    return entry


@lru_cache(maxsize=128)
def time_zone(tzid: str, first_year: int, last_year: int) -> Timezone:
    """The ``VTIMEZONE`` of ``tzid`` over those years: its changes of offset take a while to
    work out, and stay the same."""
    return Timezone.from_tzid(
        tzid,
        first_date=datetime.date(first_year, 1, 1),
        last_date=datetime.date(last_year + 1, 1, 1),
    )


def new_calendar(name: str, events: list[EventPage], request) -> Calendar:
    """A calendar named ``name`` holding ``events``, after the time zones they use."""
    calendar = Calendar()
    calendar.add("prodid", PRODUCT)
    calendar.add("version", "2.0")
    calendar.add("calscale", "GREGORIAN")
    calendar.add("method", "PUBLISH")
    calendar.add("name", name, parameters={"LANGUAGE": translation.get_language()})
    calendar.add("x-wr-calname", name, parameters={"LANGUAGE": translation.get_language()})
    if events:
        first_year = min(event.local_start.year for event in events)
        last_year = max(event.local_end.year for event in events)
        for tzid in sorted({event.time_zone for event in events}):
            calendar.add_component(time_zone(tzid, first_year, last_year))
    for event in events:
        calendar.add_component(calendar_event(event, request))
    return calendar


def event_calendar_text(event: EventPage, request=None) -> str:
    """One event's calendar file, in the active language."""
    return new_calendar(event.title, [event], request).to_ical().decode()


def calendar_file_name(event: EventPage) -> str:
    return f"{event.slug}.ics"


def calendar_response(calendar: Calendar, file_name: str | None = None) -> HttpResponse:
    response = HttpResponse(calendar.to_ical(), content_type=CONTENT_TYPE)
    if file_name:
        response["Content-Disposition"] = content_disposition_header(True, file_name)
    return response


def event_calendar(request, event: EventPage) -> HttpResponse:
    """``event.ics``: the event, to add to a calendar."""
    calendar = new_calendar(event.title, [event], request)
    return calendar_response(calendar, calendar_file_name(event))


def upcoming_events_calendar(request, index: EventIndexPage) -> HttpResponse:
    """``feed.ics``: the next events, to subscribe to."""
    events = list(index.events().upcoming().defer(*BODY_COLUMNS)[:FEED_SIZE])
    return calendar_response(new_calendar(f"{index.title} – Efus", events, request))
