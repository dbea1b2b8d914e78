"""The demo events: 25 in six languages, past and upcoming whenever the demo is built, of
every kind and several time zones, some online, some taking registrations (one full, with a
waiting list), linked to the demo's themes and members; building it again changes nothing."""

import time

from django.conf import settings
from django.utils import timezone, translation

from events.demo import build_demo_events
from events.models import EventIndexPage, EventPage, Registration
from members.factories import MemberAuthorityFactory
from tests.events.conftest import path_of
from themes.demo.builder import upsert_themes

LANGUAGE_CODES = [code for code, _name in settings.LANGUAGES]


def test_the_demo_builds_25_live_events_and_a_rerun_changes_nothing(client, site_tree):
    upsert_themes()
    for city in ("Lisbon", "Barcelona", "Rotterdam", "Paris"):
        MemberAuthorityFactory(city=city, name=f"City of {city}")
    started = time.monotonic()
    build_demo_events(site_tree.home)
    seconds = time.monotonic() - started
    events = EventPage.objects.live()
    first = {event.slug_en: (event.pk, event.starts_at, event.title_fr) for event in events}
    build_demo_events(site_tree.home)

    assert seconds < 20
    assert EventIndexPage.objects.get().show_in_menus
    assert events.count() == 25
    again = {event.slug_en: (event.pk, event.starts_at, event.title_fr) for event in events}
    assert again == first
    now = timezone.now()
    assert 8 <= events.filter(ends_at__lt=now).count() <= 17
    assert set(events.values_list("kind", flat=True)) == set(EventPage.Kind.values)
    assert {"Europe/Paris", "Europe/Lisbon", "Europe/Athens"} <= set(
        events.values_list("time_zone", flat=True)
    )
    assert events.filter(is_online=True).count() >= 3
    assert events.filter(registration_open=True, ends_at__gte=now).count() >= 3
    for event in events:
        for code in LANGUAGE_CODES:
            assert getattr(event, f"title_{code}"), (event.slug_en, code)
            assert getattr(event, f"intro_{code}"), (event.slug_en, code)
            assert getattr(event, f"body_{code}"), (event.slug_en, code)
    themed = events.filter(themes__isnull=False).distinct().count()
    assert themed == 23  # all but the two general assemblies

    full = events.get(capacity=3)
    assert full.registrations.confirmed().count() == 3
    assert full.registrations.waiting().count() == 2
    assert Registration.objects.count() == len(
        set(Registration.objects.values_list("event", "email"))
    )
    lisbon = events.filter(city="Lisbon").first()
    assert [member.name for member in lisbon.organisers.all()] == ["City of Lisbon"]


def test_the_demo_events_render_in_every_language(client, site_tree):
    upsert_themes()
    build_demo_events(site_tree.home)
    index = EventIndexPage.objects.get()
    full = EventPage.objects.get(capacity=3)
    for code in LANGUAGE_CODES:
        for path in (path_of(index, code), path_of(index, code) + "past/", path_of(full, code)):
            response = client.get(path)
            assert response.status_code == 200, path
        html = client.get(path_of(full, code)).content.decode()
        assert getattr(full, f"title_{code}") in html
        with translation.override(code):
            assert full.dates_text() in html
