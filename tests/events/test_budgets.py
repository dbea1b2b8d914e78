"""The events lists, an event's page with registration open and the calendars stay within
the query budget, with the same count at 50 and at 5,000 events."""

import datetime

from django.utils import timezone

from events.models import EventPage
from members.factories import MemberAuthorityFactory
from pages.bulk import add_live_children
from tests.budgets import assert_same_counts, page_queries
from tests.events.conftest import path_of, route_path
from themes.factories import ThemeFactory

KINDS = list(EventPage.Kind.values)
ZONES = ["Europe/Paris", "Europe/Lisbon", "Europe/Athens"]


def bulk_events(index, start: int, count: int, themes, members) -> None:
    """``count`` live events, half of them over, each with two themes, an organiser and a
    partner: two statements for the pages, three for their links."""
    now = timezone.now()
    events = []
    for number in range(start, start + count):
        starts = now + datetime.timedelta(days=(number * 37) % 400 - 199, hours=number % 7)
        events.append(
            EventPage(
                title=f"Event {number}",
                slug=f"event-{number}",
                title_en=f"Event {number}",
                slug_en=f"event-{number}",
                title_fr=f"Événement {number}",
                slug_fr=f"evenement-{number}",
                kind=KINDS[number % len(KINDS)],
                starts_at=starts,
                ends_at=starts + datetime.timedelta(hours=3),
                time_zone=ZONES[number % len(ZONES)],
                is_online=number % 5 == 0,
                city="Lyon",
                country="FR",
                languages=["en", "fr"],
                registration_open=number % 3 == 0,
            )
        )
    add_live_children(index, events)
    links = [
        (EventPage.themes.through, "theme", lambda n: [themes[n % 3], themes[(n + 1) % 3]]),
        (EventPage.organisers.through, "memberauthority", lambda n: [members[n % 2]]),
        (EventPage.partners.through, "memberauthority", lambda n: [members[(n + 1) % 2]]),
    ]
    for through, name, related in links:
        through.objects.bulk_create(
            [
                through(eventpage_id=event.pk, **{name: row})
                for number, event in enumerate(events, start=start)
                for row in related(number)
            ]
        )


def test_events_pages_cost_the_same_queries_with_50_or_5000_events(client, events_index):
    themes = [ThemeFactory(slug=slug) for slug in ("nightlife", "drugs", "youth")]
    members = [MemberAuthorityFactory(), MemberAuthorityFactory()]
    bulk_events(events_index, 0, 50, themes, members)
    shown = EventPage.objects.upcoming().filter(registration_open=True).first()
    paths = [
        path_of(events_index),
        path_of(events_index, "fr") + "?theme=nightlife&kind=webinar",
        path_of(events_index) + "?page=2",
        route_path(events_index, "past"),
        route_path(events_index, "past", language="de") + "?kind=meeting",
        path_of(shown),
        path_of(shown, "fr"),
        route_path(shown, "calendar_file"),
        route_path(events_index, "feed"),
        route_path(events_index, "feed", language="fr"),
    ]
    with_50 = page_queries(client, paths)

    bulk_events(events_index, 50, 4950, themes, members)
    assert EventPage.objects.count() == 5000
    assert_same_counts(with_50, page_queries(client, paths), ("50 events", "5,000"))
    for path, queries in with_50.items():
        print(f"{len(queries):2} queries  {path}")
