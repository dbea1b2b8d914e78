"""Personal data of past events is purged by a command; publishing an event empties the page
cache; an event's slug cannot hide the events page's own addresses."""

import datetime
from io import StringIO

import pytest
from django.core.cache import caches
from django.core.exceptions import ValidationError
from django.core.management import CommandError, call_command
from django.utils import timezone

from events.factories import EventPageFactory, RegistrationFactory
from events.models import Registration
from tests.events.conftest import path_of

DAY = datetime.timedelta(days=1)


def ended(index, days_ago: int, name: str):
    ends = timezone.now() - days_ago * DAY
    return EventPageFactory(parent=index, name=name, starts_at=ends - DAY, ends_at=ends)


def purge(*args) -> str:
    out = StringIO()
    call_command("purge_event_registrations", *args, stdout=out)
    return out.getvalue()


def test_purge_deletes_the_registrations_of_events_over_long_enough(events_index, event):
    long_ago = ended(events_index, 45, "Long ago")
    recently = ended(events_index, 10, "Recently")
    RegistrationFactory.create_batch(3, event=long_ago)
    kept = [RegistrationFactory(event=recently), RegistrationFactory(event=event)]

    output = purge("--older-than", "30")

    assert output.strip() == (
        "Deleted 3 registration(s) of 1 event(s) that ended more than 30 day(s) ago."
    )
    assert list(Registration.objects.order_by("pk")) == kept
    assert "Deleted 0 registration(s) of 0 event(s)" in purge("--older-than=30")
    assert "Deleted 1 registration(s)" in purge("--older-than", "0")


def test_purge_keeps_registrations_for_the_days_the_setting_says(events_index, settings):
    settings.EVENT_REGISTRATION_RETENTION_DAYS = 50
    RegistrationFactory(event=ended(events_index, 45, "Long ago"))
    assert "Deleted 0 registration(s)" in purge()
    settings.EVENT_REGISTRATION_RETENTION_DAYS = 40
    assert "Deleted 1 registration(s) of 1 event(s) that ended more than 40 day(s)" in purge()


@pytest.mark.parametrize(
    "args", [("--older-than", "-1"), ("--older-than", "soon"), ("--older-than", "9" * 30)]
)
def test_purge_refuses_an_unreasonable_age(db, args):
    with pytest.raises(CommandError):
        purge(*args)


def test_publishing_an_event_empties_the_page_cache(client, events_index, event, settings):
    settings.CACHE_MIDDLEWARE_SECONDS = 300
    caches["pages"].clear()
    assert "Night summit EN" in client.get(path_of(events_index)).content.decode()
    event.title_en = "Renamed summit"
    event.save_revision().publish()
    assert "Renamed summit" in client.get(path_of(events_index)).content.decode()
    event.unpublish()
    assert "Renamed summit" not in client.get(path_of(events_index)).content.decode()
    caches["pages"].clear()


@pytest.mark.parametrize("slug", ["past", "feed"])
def test_an_event_cannot_take_the_address_of_the_events_page_routes(events_index, slug):
    event = EventPageFactory.build(slug_fr=slug)
    with pytest.raises(ValidationError) as error:
        event.clean()
    assert "slug_fr" in error.value.message_dict


def test_an_event_cannot_end_before_it_starts(events_index):
    event = EventPageFactory.build()
    event.ends_at = event.starts_at - DAY
    with pytest.raises(ValidationError) as error:
        event.clean()
    assert "ends_at" in error.value.message_dict
