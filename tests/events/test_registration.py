"""Registering for an event: the form, confirming the address, places and the waiting list,
one registration per address, the same answer whoever the address belongs to, the emails and
their calendar file, cancelling, the same-origin check, spam and rate limits, bad input,
closed registration, cookies, and valid HTML in every state."""

import re
import threading
from urllib.parse import urlsplit

import pytest
from django.core.cache import caches
from django.db import connection
from django.test import Client
from django.test.utils import CaptureQueriesContext
from django.utils import timezone, translation
from django.utils.translation import gettext
from icalendar import Calendar

from events.factories import EventPageFactory, RegistrationFactory
from events.models import Registration
from members.factories import MemberAccountFactory
from tests.browser.test_html_validity import JAVA, VNU, describe, is_error, run_vnu
from tests.events.conftest import ORIGIN, path_of, route_path

GOOD = {
    "name": "Giulia Esempio",
    "organisation": "Città di Torino",
    "email": "giulia@torino.example.org",
    "language": "it",
    "consent": "on",
}
Status = Registration.Status


def register(client, event, data=None, language="en", **extra):
    extra.setdefault("HTTP_ORIGIN", ORIGIN)
    path = route_path(event, "register", language=language)
    return client.post(path, GOOD if data is None else data, **extra)


def html_of(response) -> str:
    return response.content.decode()


def confirm_link(message) -> str:
    """The path of the link that confirms a registration, from its email."""
    return urlsplit(re.search(r"https?://\S+/confirm/[\w-]+/", message.body).group()).path


def register_and_confirm(client, event, data=None, language="en"):
    """Register, then follow the emailed link and press its button: the answer to that."""
    from django.core import mail

    register(client, event, data, language)
    return client.post(confirm_link(mail.outbox[-1]), HTTP_ORIGIN=ORIGIN)


def person(number: int, **changes) -> dict:
    return {**GOOD, "name": f"Person {number}", "email": f"person{number}@x.org", **changes}


@pytest.fixture
def small_event(events_index):
    """Registration open, two places."""
    return EventPageFactory(
        parent=events_index, name="Study visit", registration_open=True, capacity=2
    )


# The form.


def test_the_event_page_has_the_form_in_the_page_language(client, event):
    html = html_of(client.get(path_of(event, "de")))
    assert f'action="{route_path(event, "register", language="de")}#register"' in html
    for name in ("name", "organisation", "email", "language", "consent", "website"):
        assert f'name="{name}"' in html, name
    assert '<option value="de" selected>Deutsch</option>' in html
    assert 'autocomplete="email"' in html
    assert "30 Tage nach der Veranstaltung gelöscht" in html  # the consent help, in German
    trap = re.search(r'<div class="join-form__trap">.*?</div>', html, re.S).group()
    assert 'tabindex="-1"' in trap
    assert "csrfmiddlewaretoken" not in html


def test_the_page_says_how_many_places_there_are(client, small_event):
    html = html_of(client.get(path_of(small_event)))
    assert "The event has 2 places." in html


def test_the_event_page_is_cached_and_sets_no_cookie(
    client, event, settings, django_assert_max_num_queries
):
    settings.CACHE_MIDDLEWARE_SECONDS = 300
    caches["pages"].clear()
    first = client.get(path_of(event))
    assert not first.cookies
    with django_assert_max_num_queries(1):
        cached = client.get(path_of(event))
    assert 'name="email"' in html_of(cached)
    assert not cached.cookies
    caches["pages"].clear()


def test_get_on_the_form_address_goes_to_the_event(client, event):
    response = client.get(route_path(event, "register", language="fr"))
    assert response.status_code == 302
    assert response["Location"] == path_of(event, "fr")


# Places and the waiting list.


def test_a_registration_asks_to_confirm_the_address_and_holds_no_place(
    client, small_event, mailoutbox
):
    response = register(client, small_event)
    html = html_of(response)
    assert response.status_code == 200
    assert not response.cookies
    assert "Please check your inbox" in html
    assert "No place is held until you confirm" in html
    assert 'name="email"' not in html
    registration = Registration.objects.get()
    assert registration.status == Status.PENDING
    assert (registration.name, registration.language) == ("Giulia Esempio", "it")
    [message] = mailoutbox
    assert message.to == ["giulia@torino.example.org"]
    assert message.attachments == []


def test_the_emailed_link_asks_and_the_button_gives_a_place(client, small_event, mailoutbox):
    """Mail scanners follow links: opening the link confirms nothing."""
    register(client, small_event, language="fr")
    link = confirm_link(mailoutbox[0])
    assert link.startswith("/it/")  # the registrant's language
    asked = client.get(link)
    assert asked.status_code == 200
    assert f'<form method="post" action="{link}">' in html_of(asked)
    assert "no-store" in asked["Cache-Control"]
    assert '<meta name="robots" content="noindex">' in html_of(asked)
    assert Registration.objects.get().status == Status.PENDING

    confirmed = client.post(link, HTTP_ORIGIN=ORIGIN)
    assert confirmed.status_code == 200
    assert not confirmed.cookies
    assert "Il posto è confermato." in html_of(confirmed)
    assert Registration.objects.get().status == Status.CONFIRMED
    assert len(mailoutbox) == 2
    assert client.post(link, HTTP_ORIGIN=ORIGIN).status_code == 200  # twice: nothing more
    assert len(mailoutbox) == 2


def test_a_confirmation_from_another_site_is_refused(client, small_event, mailoutbox):
    register(client, small_event)
    response = client.post(confirm_link(mailoutbox[0]), HTTP_ORIGIN="https://evil.example.com")
    assert response.status_code == 403
    assert Registration.objects.get().status == Status.PENDING


def test_places_go_in_the_order_addresses_are_confirmed(client, small_event, mailoutbox):
    for number in range(3):
        register(client, small_event, person(number))
    links = [confirm_link(message) for message in mailoutbox]
    for link in reversed(links):
        client.post(link, HTTP_ORIGIN=ORIGIN)
    statuses = dict(Registration.objects.values_list("email", "status"))
    assert statuses == {
        "person2@x.org": Status.CONFIRMED,
        "person1@x.org": Status.CONFIRMED,
        "person0@x.org": Status.WAITING,
    }


def test_a_full_event_puts_people_on_the_waiting_list_and_says_so(client, small_event, mailoutbox):
    for number in range(2):
        confirmed = register_and_confirm(client, small_event, person(number, language="en"))
        assert "Your place is confirmed." in html_of(confirmed)
    response = register_and_confirm(client, small_event, person(3))
    html = html_of(response)
    assert response.status_code == 200
    assert "L’evento è al completo: l’iscrizione è in lista d’attesa." in html
    statuses = list(Registration.objects.order_by("pk").values_list("status", flat=True))
    assert statuses == [Status.CONFIRMED, Status.CONFIRMED, Status.WAITING]
    waiting = mailoutbox[-1]
    assert waiting.attachments == []  # no calendar file without a place
    waiting_person = Registration.objects.waiting().get()
    with translation.override(waiting_person.language):
        subject = gettext("You are on the waiting list: %(title)s") % {"title": small_event.title}
    assert waiting.subject == subject
    assert subject != "You are on the waiting list: " + small_event.title  # in Italian


def test_an_event_without_capacity_takes_everyone(client, event):
    for number in range(5):
        register_and_confirm(client, event, person(number))
    assert Registration.objects.confirmed().count() == 5


def test_the_answer_is_the_same_whoever_the_address_belongs_to(client, small_event, mailoutbox):
    """New, waiting for its confirmation, with a place, on the waiting list: the page says
    the same thing, byte for byte."""
    RegistrationFactory(event=small_event, email="placed@x.org")
    RegistrationFactory(event=small_event, email="second@x.org")
    RegistrationFactory(event=small_event, email="waiting@x.org", status=Status.WAITING)
    RegistrationFactory(event=small_event, email="pending@x.org", status=Status.PENDING)
    answers = {
        address: register(client, small_event, {**GOOD, "email": address})
        for address in ("new@x.org", "pending@x.org", "placed@x.org", "waiting@x.org")
    }
    assert {response.status_code for response in answers.values()} == {200}
    assert len({response.content for response in answers.values()}) == 1


def test_an_address_registered_already_gets_its_registration_by_email_unchanged(
    client, small_event, mailoutbox
):
    register_and_confirm(client, small_event)
    caches["ratelimit"].clear()  # ten minutes later
    again = {**GOOD, "email": " GIULIA@Torino.Example.org ", "name": "Someone else"}
    response = register(client, small_event, again)
    assert "Please check your inbox" in html_of(response)
    registration = Registration.objects.get()
    assert registration.name == "Giulia Esempio"  # nothing changed
    assert registration.status == Status.CONFIRMED
    assert len(mailoutbox) == 3  # the link, the place, and the place again
    assert mailoutbox[2].to == ["giulia@torino.example.org"]
    assert small_event.cancel_url(registration) in mailoutbox[2].body


def test_a_signed_in_member_registering_their_own_address_gets_a_place_at_once(
    client, small_event, mailoutbox
):
    account = MemberAccountFactory(user__email="ana@lyon.example.org")
    client.force_login(account.user)
    response = register(client, small_event, {**GOOD, "email": "Ana@Lyon.example.org"})
    assert "Your place is confirmed." in html_of(response)
    assert Registration.objects.get().status == Status.CONFIRMED
    [message] = mailoutbox
    assert len(message.attachments) == 1
    other = register(client, small_event, {**GOOD, "email": "someone@x.org"})
    assert "Please check your inbox" in html_of(other)
    assert Registration.objects.get(email="someone@x.org").status == Status.PENDING


def test_the_database_refuses_a_second_registration_in_another_case(small_event):
    from django.db import IntegrityError, transaction

    RegistrationFactory(event=small_event, email="a@x.org")
    with pytest.raises(IntegrityError), transaction.atomic():
        RegistrationFactory(event=small_event, email="A@X.ORG")


def test_someone_who_cancelled_can_register_again(client, small_event, mailoutbox):
    register_and_confirm(client, small_event, {**GOOD, "language": "en"})
    Registration.objects.get().cancel()
    caches["ratelimit"].clear()  # ten minutes later
    response = register_and_confirm(client, small_event, {**GOOD, "language": "en"})
    assert "Your place is confirmed." in html_of(response)
    registration = Registration.objects.get()
    assert registration.status == Status.CONFIRMED


def test_places_are_counted_with_the_event_row_locked(small_event):
    with CaptureQueriesContext(connection) as queries:
        Registration.register(
            small_event, name="A", organisation="B", email="a@x.org", language="en"
        )
    assert any("FOR UPDATE" in query["sql"] for query in queries.captured_queries)


@pytest.mark.django_db(transaction=True, serialized_rollback=True)
def test_people_registering_at_once_never_take_more_places_than_there_are(
    migrated_data_restored, small_event
):
    errors = []
    start = threading.Barrier(6)

    def take_a_place(number):
        try:
            start.wait()
            Registration.register(
                small_event, name="P", organisation="O", email=f"{number}@x.org", language="en"
            )
        except Exception as error:
            errors.append(error)
        finally:
            connection.close()

    threads = [threading.Thread(target=take_a_place, args=(n,)) for n in range(6)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert errors == []
    assert Registration.objects.confirmed().count() == 2
    assert Registration.objects.waiting().count() == 4


# The emails.


def test_the_link_to_confirm_carries_nothing_the_visitor_typed(client, small_event, mailoutbox):
    typed = {
        **GOOD,
        "name": "Visit https://phish.example.com now",
        "organisation": "Your account is locked: call +1 555",
    }
    register(client, small_event, typed, language="fr")
    [message] = mailoutbox
    for text in (typed["name"], typed["organisation"], "phish", "555"):
        assert text not in message.subject + message.body
    assert "Study visit IT" in message.subject  # the site's own words, in Italian
    assert message.extra_headers["Content-Language"] == "it"


def test_the_confirmation_is_in_the_registrant_language_with_the_event_and_a_link_to_cancel(
    client, small_event, mailoutbox
):
    register_and_confirm(client, small_event, language="fr")  # from the French page, in Italian
    message = mailoutbox[-1]
    registration = Registration.objects.get()
    assert message.to == ["giulia@torino.example.org"]
    assert message.extra_headers["Content-Language"] == "it"
    assert "Study visit IT" in message.subject
    assert "\n" not in message.subject
    with translation.override("it"):
        assert small_event.dates_text() in message.body  # dates written in Italian
    cancel_url = small_event.cancel_url(registration)
    assert cancel_url.startswith("http://localhost/it/")
    assert cancel_url in message.body
    assert small_event.url_in("it") in message.body
    [(file_name, content, mimetype)] = message.attachments
    assert file_name == f"{small_event.slug}.ics"
    assert mimetype.startswith("text/calendar")
    [entry] = Calendar.from_ical(content).events
    assert str(entry["SUMMARY"]) == "Study visit IT"
    assert entry["SUMMARY"].params["LANGUAGE"] == "it"
    assert entry["DESCRIPTION"].params["LANGUAGE"] == "en"  # the intro is not in Italian
    assert entry.start == small_event.local_start


def test_a_failing_mail_server_does_not_lose_the_registration(client, event, monkeypatch):
    import smtplib

    from django.core.mail.backends.locmem import EmailBackend

    def refuse(self, messages):
        raise smtplib.SMTPServerDisconnected("gone")

    monkeypatch.setattr(EmailBackend, "send_messages", refuse)
    assert register(client, event).status_code == 200
    assert Registration.objects.count() == 1
    assert "Please check your inbox" in html_of(register(client, event))


# Cancelling.


def test_the_cancellation_link_asks_first_then_the_button_cancels(client, small_event):
    registration = RegistrationFactory(event=small_event, language="fr")
    path = route_path(small_event, "cancel", registration.token, language="fr")
    asked = client.get(path)
    html = html_of(asked)
    assert asked.status_code == 200
    assert f'<form method="post" action="{path}">' in html
    assert "no-cache" in asked["Cache-Control"] or "no-store" in asked["Cache-Control"]
    assert '<meta name="robots" content="noindex">' in html
    registration.refresh_from_db()
    assert registration.status == Status.CONFIRMED  # a mail scanner following the link
    cancelled = client.post(path, HTTP_ORIGIN=ORIGIN)
    assert cancelled.status_code == 200
    assert not cancelled.cookies
    registration.refresh_from_db()
    assert registration.status == Status.CANCELLED
    again = html_of(client.get(path))
    assert "<form" not in again.split("<main", 1)[1].split("</main>")[0]


def test_cancelling_frees_a_place_for_the_first_person_waiting(client, small_event, mailoutbox):
    first, _second = RegistrationFactory.create_batch(2, event=small_event)
    waiting = [
        RegistrationFactory(event=small_event, status=Status.WAITING, language="de")
        for _number in range(2)
    ]
    client.post(route_path(small_event, "cancel", first.token), HTTP_ORIGIN=ORIGIN)
    statuses = {r.pk: r.status for r in Registration.objects.all()}
    assert statuses[first.pk] == Status.CANCELLED
    assert statuses[waiting[0].pk] == Status.CONFIRMED
    assert statuses[waiting[1].pk] == Status.WAITING
    [message] = mailoutbox
    assert message.to == [waiting[0].email]
    assert message.extra_headers["Content-Language"] == "de"
    assert "Study visit DE" in message.subject
    assert len(message.attachments) == 1
    assert small_event.cancel_url(waiting[0]) in message.body


def test_leaving_the_waiting_list_promotes_nobody(client, small_event, mailoutbox):
    RegistrationFactory.create_batch(2, event=small_event)
    first_waiting, second_waiting = RegistrationFactory.create_batch(
        2, event=small_event, status=Status.WAITING
    )
    client.post(route_path(small_event, "cancel", first_waiting.token), HTTP_ORIGIN=ORIGIN)
    second_waiting.refresh_from_db()
    assert second_waiting.status == Status.WAITING
    assert mailoutbox == []


@pytest.mark.parametrize("token", ["unknown", "x" * 300, "%00", "' OR 1=1 --"])
def test_an_unknown_token_is_not_found(client, small_event, token):
    RegistrationFactory(event=small_event)
    path = path_of(small_event) + f"cancel/{token}/"
    assert client.get(path).status_code == 404
    assert client.post(path, HTTP_ORIGIN=ORIGIN).status_code == 404


def test_a_token_of_another_event_is_not_found(client, events_index, small_event):
    other = EventPageFactory(parent=events_index, registration_open=True)
    registration = RegistrationFactory(event=other)
    response = client.get(route_path(small_event, "cancel", registration.token))
    assert response.status_code == 404


def test_a_cancellation_from_another_site_is_refused(client, small_event):
    registration = RegistrationFactory(event=small_event)
    path = route_path(small_event, "cancel", registration.token)
    response = client.post(path, HTTP_ORIGIN="https://evil.example.com")
    assert response.status_code == 403
    registration.refresh_from_db()
    assert registration.status == Status.CONFIRMED


# Same origin, spam, limits.


@pytest.mark.parametrize(
    "headers",
    [
        {},
        {"HTTP_ORIGIN": "https://evil.example.com"},
        {"HTTP_ORIGIN": "null"},
        {"HTTP_ORIGIN": ORIGIN, "HTTP_SEC_FETCH_SITE": "cross-site"},
    ],
    ids=["no-origin", "other-site", "null", "cross-site"],
)
def test_registrations_from_elsewhere_are_refused(client, event, mailoutbox, headers):
    response = client.post(route_path(event, "register"), GOOD, **headers)
    assert response.status_code == 403
    assert not response.cookies
    assert not Registration.objects.exists()
    assert mailoutbox == []


def test_a_filled_honeypot_pretends_success_and_stores_nothing(client, event, mailoutbox):
    response = register(client, event, {**GOOD, "website": "https://spam.example.com"})
    assert response.status_code == 200
    assert "Please check your inbox" in html_of(response)
    assert not Registration.objects.exists()
    assert mailoutbox == []


def test_the_sixth_registration_with_one_address_within_the_hour_is_refused(client, events_index):
    events = [EventPageFactory(parent=events_index, registration_open=True) for _ in range(6)]
    for event in events[:5]:
        assert register(client, event, {**GOOD, "email": "A@x.org"}).status_code == 200
    response = register(client, events[5], {**GOOD, "email": " a@X.org "})
    assert response.status_code == 429
    assert response["Retry-After"] == "3600"
    assert "Too many registrations" in html_of(response)
    assert 'name="email"' not in html_of(response)
    assert not response.cookies
    assert Registration.objects.count() == 5


# Closed registration.


def test_no_form_when_registration_is_closed_and_a_post_is_refused(client, events_index):
    closed = EventPageFactory(parent=events_index, registration_open=False)
    assert 'name="email"' not in html_of(client.get(path_of(closed)))
    response = register(client, closed)
    assert response.status_code == 409
    assert "Registration for this event is closed." in html_of(response)
    assert not Registration.objects.exists()


def test_no_registration_once_the_event_is_over(client, events_index):
    starts = timezone.now() - timezone.timedelta(days=2)
    over = EventPageFactory(
        parent=events_index,
        registration_open=True,
        starts_at=starts,
        ends_at=starts + timezone.timedelta(hours=2),
    )
    html = html_of(client.get(path_of(over)))
    assert 'name="email"' not in html
    assert "This event is over" in html
    response = register(client, over)
    assert response.status_code == 409
    assert not Registration.objects.exists()


# Bad input.


def test_errors_are_translated_shown_beside_their_fields_and_typed_values_kept(client, event):
    response = register(client, event, {**GOOD, "email": "not an email", "consent": ""}, "fr")
    html = html_of(response)
    assert response.status_code == 400
    assert '<html lang="fr">' in html
    with translation.override("fr"):
        bad_email = gettext("Enter a valid email address.")
    assert bad_email != "Enter a valid email address."
    assert f'<ul class="field__errors" id="id_email_errors"><li>{bad_email}</li></ul>' in html
    assert 'id="id_consent_errors"' in html
    assert 'value="Città di Torino"' in html
    assert '<a href="#id_email">' in html
    assert not response.cookies
    assert not Registration.objects.exists()


@pytest.mark.parametrize(
    "changes",
    [
        {"email": "<script>alert(1)</script>"},
        {"email": "a@b.c\r\nBcc: victim@example.org"},
        {"name": "Giulia\r\nBcc: victim@example.org"},
        {"name": "a" * 201},
        {"organisation": "\x00"},
        {"consent": ""},
        {"language": "xx"},
        {"language": ["it", "xx", "' OR 1=1 --"]},
        {"name": ""},
        {"email": "a" * 300 + "@x.org"},
    ],
)
def test_garbage_gets_the_form_errors_never_a_server_error(client, event, changes):
    response = register(client, event, {**GOOD, **changes})
    assert response.status_code == 400
    assert "field__errors" in html_of(response)
    assert "<script>alert(1)</script>" not in html_of(response)
    assert not Registration.objects.exists()


@pytest.mark.parametrize(
    "body, content_type",
    [
        (b"name=%ff%fe&email=%c3%28&consent=on", "application/x-www-form-urlencoded"),
        (b"name=\xff\xfe\x00&email=\xc3\x28", "application/x-www-form-urlencoded"),
        (b"&&&===%%%", "application/x-www-form-urlencoded"),
        (b"\x00" * 100, "multipart/form-data; boundary=x"),
        (b'{"name": 1e30}', "application/json"),
        ("&".join(["name=a"] * 1500).encode(), "application/x-www-form-urlencoded"),
        (b"name=" + b"a" * 5_000_000, "application/x-www-form-urlencoded"),
    ],
    ids=[
        "bad-utf8-escaped",
        "bad-utf8-raw",
        "ampersands",
        "null-multipart",
        "json",
        "many",
        "5-MB",
    ],
)
def test_broken_requests_get_a_client_error(client, event, body, content_type):
    response = client.post(
        route_path(event, "register"), body, content_type=content_type, HTTP_ORIGIN=ORIGIN
    )
    assert 400 <= response.status_code < 500
    assert b"Traceback" not in response.content
    assert not response.cookies
    assert not Registration.objects.exists()


# Valid HTML in every state.


@pytest.mark.skipif(
    JAVA is None or not VNU.exists(), reason="HTML checks skipped: java or vnu.jar is missing"
)
def last_token() -> str:
    return Registration.objects.latest("pk").token


def test_every_state_of_the_event_page_is_valid_html(
    client, events_index, small_event, tmp_path, mailoutbox
):
    closed = EventPageFactory(parent=events_index, registration_open=False)
    answers = {
        "form": client.get(path_of(small_event)),
        "errors": register(client, small_event, {**GOOD, "email": "x"}, language="fr"),
        "check-inbox": register(client, small_event, person(1)),
        "confirm": client.get(route_path(small_event, "confirm", last_token())),
        "confirmed": register_and_confirm(client, small_event, person(2)),
        "waiting": (
            register_and_confirm(client, small_event, person(3)),
            register_and_confirm(client, small_event, person(4)),
        )[1],
        "closed": register(client, closed),
        "cancel": client.get(route_path(small_event, "cancel", last_token())),
        "list": client.get(path_of(events_index)),
        "past": client.get(route_path(events_index, "past", language="de")),
    }
    statuses = {name: response.status_code for name, response in answers.items()}
    assert statuses == {
        "form": 200,
        "errors": 400,
        "check-inbox": 200,
        "confirm": 200,
        "confirmed": 200,
        "waiting": 200,
        "closed": 409,
        "cancel": 200,
        "list": 200,
        "past": 200,
    }
    files = []
    for name, response in answers.items():
        files.append(tmp_path / f"{name}.html")
        files[-1].write_bytes(response.content)
    errors = [message for message in run_vnu(files) if is_error(message)]
    assert not errors, "vnu found HTML errors:\n" + "\n".join(map(describe, errors))


def test_a_browser_without_a_csrf_cookie_can_register_confirm_and_cancel(event, mailoutbox):
    browser = Client(enforce_csrf_checks=True)
    response = browser.post(route_path(event, "register"), GOOD, HTTP_ORIGIN=ORIGIN)
    assert response.status_code == 200
    assert browser.post(confirm_link(mailoutbox[0]), HTTP_ORIGIN=ORIGIN).status_code == 200
    token = Registration.objects.get().token
    response = browser.post(route_path(event, "cancel", token), HTTP_ORIGIN=ORIGIN)
    assert response.status_code == 200
