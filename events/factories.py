"""Factories for the events app: the events page, events and registrations."""

import datetime
import zoneinfo

import factory
from django.utils import timezone

from events import models
from pages.factories import BasePageFactory, in_written_languages


def next_month_at(hour: int, minute: int = 0) -> datetime.datetime:
    """A day about a month from now, at ``hour``:``minute`` in Paris."""
    day = timezone.localdate() + datetime.timedelta(days=30)
    return datetime.datetime.combine(
        day, datetime.time(hour, minute), tzinfo=zoneinfo.ZoneInfo("Europe/Paris")
    )


def add_related(page, name: str, extracted) -> None:
    if extracted:
        getattr(page, name).set(extracted)
        getattr(page, name).commit()


class EventIndexPageFactory(BasePageFactory):
    class Meta:
        model = models.EventIndexPage

    class Params:
        name = "Events"


class EventPageFactory(BasePageFactory):
    """A conference in Lyon a month from now, 09:30–17:00 Paris time, described in English
    and French (the other languages fall back), held in both."""

    class Meta:
        model = models.EventPage
        skip_postgeneration_save = True

    class Params:
        name = factory.Sequence(lambda n: f"Event {n}")

    kind = models.EventPage.Kind.CONFERENCE
    starts_at = factory.LazyFunction(lambda: next_month_at(9, 30))
    ends_at = factory.LazyAttribute(lambda obj: obj.starts_at + datetime.timedelta(hours=7.5))
    time_zone = "Europe/Paris"
    city = "Lyon"
    country = "FR"
    languages = factory.LazyFunction(lambda: ["en", "fr"])
    locals().update(in_written_languages("venue", lambda obj, code: f"Town hall [{code}]"))
    locals().update(
        in_written_languages(
            "body",
            lambda obj, code: [{"type": "paragraph", "value": f"<p>Programme [{code}]</p>"}],
        )
    )
    show_in_menus = False

    @factory.post_generation
    def themes(self, create, extracted, **kwargs):
        add_related(self, "themes", extracted)

    @factory.post_generation
    def organisers(self, create, extracted, **kwargs):
        add_related(self, "organisers", extracted)

    @factory.post_generation
    def partners(self, create, extracted, **kwargs):
        add_related(self, "partners", extracted)


class RegistrationFactory(factory.django.DjangoModelFactory):
    """A confirmed place; give it its ``event``."""

    class Meta:
        model = models.Registration

    name = factory.Sequence(lambda n: f"Person {n}")
    organisation = "City of Lyon"
    email = factory.Sequence(lambda n: f"person{n}@lyon.example.org")
    language = "en"
    status = models.Registration.Status.CONFIRMED
