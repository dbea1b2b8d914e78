"""Pictures drawn by several requests at once: when an image's file is replaced, every page
showing it asks for the same renditions together, each in its own order, and PostgreSQL may
cancel one of them to break a deadlock."""

import pytest
from django.db import OperationalError
from psycopg.errors import DeadlockDetected
from wagtail.images.models import Filter

from pages.factories import ImageFactory
from pages.models import SiteRendition

SPECS = ["fill-480x270", "fill-960x540", "width-1200"]


@pytest.fixture
def deadlocked_once(monkeypatch):
    """The first insert of renditions is cancelled as PostgreSQL cancels one of two
    deadlocked transactions."""
    manager = type(SiteRendition.objects)
    original = manager.bulk_create
    cancelled = []

    def bulk_create(self, objects, **kwargs):
        if not cancelled:
            cancelled.append(True)
            raise OperationalError("deadlock detected") from DeadlockDetected()
        return original(self, objects, **kwargs)

    monkeypatch.setattr(manager, "bulk_create", bulk_create)
    return cancelled


def test_renditions_cancelled_by_a_deadlock_are_drawn_on_a_second_try(db, deadlocked_once):
    image = ImageFactory(width=1600, height=1000)
    renditions = image.create_renditions(*[Filter(spec) for spec in SPECS])
    assert deadlocked_once == [True]
    assert sorted(rendition.filter_spec for rendition in renditions.values()) == sorted(SPECS)
    assert image.renditions.count() == len(SPECS)


def test_other_database_errors_still_fail(db, monkeypatch):
    def broken(self, objects, **kwargs):
        raise OperationalError("server closed the connection unexpectedly")

    monkeypatch.setattr(type(SiteRendition.objects), "bulk_create", broken)
    image = ImageFactory()
    with pytest.raises(OperationalError):
        image.create_renditions(*[Filter(spec) for spec in SPECS])
