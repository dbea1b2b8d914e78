"""The public forms (join, event registration, newsletter) and the password reset, as an
attacker uses them: the site relays no visitor's text to an address nobody confirmed and
puts none in a subject; it answers the same whoever an address belongs to, and sends its
emails only once the answer has left, so that the answer's time tells nothing either."""

from contextlib import contextmanager
from dataclasses import dataclass

import pytest
from django.core import mail
from django.core.handlers.wsgi import WSGIHandler
from django.core.signals import request_finished, request_started
from django.db import close_old_connections
from django.test import RequestFactory

from events.factories import EventIndexPageFactory, EventPageFactory, RegistrationFactory
from events.models import EventPage
from members.factories import MemberAccountFactory
from news.factories import NewsletterPageFactory, SubscriberFactory

ORIGIN = "http://testserver"
VISITOR = "victim@example.org"
# What a phisher types in every free-text field.
TYPED = "Your account is locked: https://phish.example.com"
CSRF_SECRET = "a" * 32


@dataclass
class PublicForm:
    path: str
    data: dict


def host_free(url: str) -> str:
    return url.removeprefix("http://localhost")


@pytest.fixture
def forms(site_tree):
    """Each form's address and what a visitor sends it, their address being ``VISITOR``."""
    events = EventIndexPageFactory(parent=site_tree.home)
    event = EventPageFactory(parent=events, registration_open=True)
    newsletter = NewsletterPageFactory(parent=site_tree.home)
    return {
        "join": PublicForm(
            "/en/join/apply/",
            {
                "organisation": TYPED,
                "kind": "local",
                "country": "IT",
                "city": TYPED[:40],
                "contact_name": TYPED,
                "email": VISITOR,
                "phone": "+39 011 123 4567",
                "message": TYPED,
                "consent": "on",
            },
        ),
        "registration": PublicForm(
            host_free(event.url_in("en")) + event.reverse_subpage("register"),
            {
                "name": TYPED,
                "organisation": TYPED,
                "email": VISITOR,
                "language": "en",
                "consent": "on",
            },
        ),
        "newsletter": PublicForm(
            host_free(newsletter.url_in("en")),
            {"email": VISITOR, "language": "en", "consent": "on"},
        ),
        "password-reset": PublicForm("/en/account/password-reset/", {"email": VISITOR}),
    }


FORM_NAMES = ["join", "registration", "newsletter", "password-reset"]


@pytest.mark.parametrize("name", FORM_NAMES)
def test_no_visitor_text_reaches_an_unconfirmed_address_or_any_subject(
    client, forms, name, mailoutbox
):
    MemberAccountFactory(user__email=VISITOR)  # so that the reset sends one too
    form = forms[name]
    response = client.post(form.path, form.data, HTTP_ORIGIN=ORIGIN)
    assert response.status_code in (200, 302)
    assert mailoutbox, "the form sent no email at all"
    for message in mailoutbox:
        assert "phish" not in message.subject
        if VISITOR in message.to:
            assert "phish" not in message.body


@pytest.mark.parametrize("name", FORM_NAMES)
def test_emails_leave_only_once_the_answer_has_been_handed_over(forms, name, mailoutbox):
    """The answer is written whole before any mail server is reached: a slow or failing
    one, or an address that gets no email, changes nothing in it."""
    MemberAccountFactory(user__email=VISITOR)
    form = forms[name]
    data = {**form.data, "csrfmiddlewaretoken": CSRF_SECRET}  # the sign-in pages' token
    request = RequestFactory().post(
        form.path, data, HTTP_ORIGIN=ORIGIN, HTTP_COOKIE=f"csrftoken={CSRF_SECRET}"
    )
    with database_kept_open():
        response = WSGIHandler()(request.environ, lambda status, headers: None)
        assert response.status_code in (200, 302)
        b"".join(response)
        assert mail.outbox == []
        response.close()  # the server has sent the answer
    assert len(mail.outbox) >= 1


@contextmanager
def database_kept_open():
    """A WSGI server closes database connections around each request; the test's must
    stay open (the test client does the same)."""
    signals = (request_started, request_finished)
    for signal in signals:
        signal.disconnect(close_old_connections)
    try:
        yield
    finally:
        for signal in signals:
            signal.connect(close_old_connections)


def answers_for(client, form: PublicForm, addresses: list[str]) -> set:
    """What each address gets, without what differs by nature (nothing should)."""
    answers = set()
    for address in addresses:
        response = client.post(form.path, {**form.data, "email": address}, HTTP_ORIGIN=ORIGIN)
        answers.add((response.status_code, response.get("Location"), response.content))
    return answers


def test_the_password_reset_says_the_same_for_an_account_and_a_stranger(client, forms):
    MemberAccountFactory(user__email="member@example.org")
    MemberAccountFactory(user__email="former@example.org", user__is_active=False)
    addresses = ["member@example.org", "former@example.org", "nobody@example.org"]
    assert len(answers_for(client, forms["password-reset"], addresses)) == 1


def test_the_newsletter_says_the_same_for_new_waiting_and_confirmed_addresses(client, forms):
    SubscriberFactory(email="waiting@example.org")
    SubscriberFactory(email="confirmed@example.org", confirmed=True)
    addresses = ["new@example.org", "waiting@example.org", "confirmed@example.org"]
    assert len(answers_for(client, forms["newsletter"], addresses)) == 1


def test_an_event_registration_says_the_same_whatever_the_address(client, forms):
    form = forms["registration"]
    event_id = EventPage.objects.get().pk
    for status, address in [("confirmed", "placed@x.org"), ("waiting", "waiting@x.org")]:
        RegistrationFactory(event_id=event_id, email=address, status=status)
    addresses = ["new@x.org", "placed@x.org", "waiting@x.org"]
    assert len(answers_for(client, form, addresses)) == 1
