"""Before anyone fills the form, an event's page says where its registration stands: how many
places are left, full with a waiting list (and the button says so), or closed; and a
registration that changes the places left never leaves a cached page saying otherwise."""

import datetime

import pytest
from django.conf import settings
from django.utils import timezone

from events.factories import EventPageFactory, RegistrationFactory
from events.models import Registration
from tests.budgets import page_queries
from tests.events.conftest import path_of

LANGUAGE_CODES = [code for code, _name in settings.LANGUAGES]
PLACES_LEFT = {
    "en": "2 places left.",
    "fr": "Il reste 2 places.",
    "de": "Noch 2 Plätze frei.",
    "it": "Restano 2 posti.",
    "es": "Quedan 2 plazas.",
    "pt": "Restam 2 lugares.",
}
FULL = {
    "en": ("Full — you can join the waiting list.", "Join the waiting list"),
    "fr": (
        "Complet — vous pouvez vous inscrire sur la liste d’attente.",
        "S’inscrire sur la liste d’attente",
    ),
    "de": ("Ausgebucht — Sie können sich auf die Warteliste setzen lassen.", "Auf die Warteliste"),
    "it": ("Completo — può iscriversi alla lista d’attesa.", "Iscriversi alla lista d’attesa"),
    "es": ("Completo: puede apuntarse a la lista de espera.", "Apuntarme a la lista de espera"),
    "pt": ("Esgotado — pode inscrever-se na lista de espera.", "Inscrever-me na lista de espera"),
}
CLOSED = {
    "en": "Registration for this event is closed.",
    "fr": "Les inscriptions à cet événement sont closes.",
    "de": "Die Anmeldung für diese Veranstaltung ist geschlossen.",
    "it": "Le iscrizioni a questo evento sono chiuse.",
    "es": "La inscripción a este evento está cerrada.",
    "pt": "As inscrições para este evento estão encerradas.",
}


def html_of(client, page, language: str = "en") -> str:
    return client.get(path_of(page, language)).content.decode()


def registration_section(html: str) -> str:
    return html[html.index('id="register"') : html.index("</section>", html.index('id="register"'))]


@pytest.fixture
def small_event(events_index):
    """Three places, one taken, one person still to confirm their address (no place)."""
    event = EventPageFactory(parent=events_index, registration_open=True, capacity=3)
    RegistrationFactory(event=event)
    RegistrationFactory(event=event, status=Registration.Status.PENDING)
    return event


@pytest.mark.parametrize("language", LANGUAGE_CODES)
def test_an_event_with_places_says_how_many_are_left(client, small_event, language):
    section = registration_section(html_of(client, small_event, language))
    assert PLACES_LEFT[language] in section
    assert FULL[language][0] not in section
    assert 'name="email"' in section


@pytest.mark.parametrize("language", LANGUAGE_CODES)
def test_a_full_event_offers_its_waiting_list_before_the_form(client, small_event, language):
    RegistrationFactory.create_batch(2, event=small_event)
    RegistrationFactory(event=small_event, status=Registration.Status.WAITING)
    section = registration_section(html_of(client, small_event, language))
    notice, button = FULL[language]
    assert notice in section
    assert button in section[section.index('<button type="submit"') :]
    assert PLACES_LEFT[language] not in section


@pytest.mark.parametrize("language", LANGUAGE_CODES)
def test_registration_of_an_event_over_is_said_closed_without_a_form(
    client, events_index, language
):
    starts = timezone.now() - datetime.timedelta(days=2)
    over = EventPageFactory(
        parent=events_index,
        registration_open=True,
        capacity=3,
        starts_at=starts,
        ends_at=starts + datetime.timedelta(hours=3),
    )
    section = registration_section(html_of(client, over, language))
    assert CLOSED[language] in section
    assert 'name="email"' not in section


def test_an_event_without_registration_says_nothing_of_it(client, events_index):
    event = EventPageFactory(parent=events_index, registration_open=False, capacity=3)
    assert 'id="register"' not in html_of(client, event)


def test_the_cached_page_never_shows_the_places_left_before_a_registration(
    client, small_event, page_cache
):
    assert "2 places left." in html_of(client, small_event)
    assert "2 places left." in html_of(client, small_event)  # from the page cache
    RegistrationFactory(event=small_event, status=Registration.Status.PENDING)
    assert "2 places left." in html_of(client, small_event)  # no place taken yet
    registration = RegistrationFactory(event=small_event)
    assert "1 place left." in html_of(client, small_event)
    waiting_for_address = Registration.objects.filter(
        event=small_event, status=Registration.Status.PENDING
    ).first()
    assert waiting_for_address.confirm()
    html = html_of(client, small_event)
    assert "Full — you can join the waiting list." in html
    registration.cancel()
    assert "1 place left." in html_of(client, small_event)


def test_the_places_cost_one_query_within_the_event_pages_budget(client, small_event):
    page_queries(client, [path_of(small_event), path_of(small_event, "pt")])
