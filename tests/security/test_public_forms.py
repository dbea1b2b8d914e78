"""The public forms (join, event registration, newsletter) and the password reset, as an
attacker uses them: the site relays no visitor's text to an address nobody confirmed and
puts none in a subject; it answers the same whoever an address belongs to, and leaves its
emails to a worker (tests/background), so that the answer's time tells nothing either."""

import pytest

from events.factories import RegistrationFactory
from events.models import EventPage
from members.factories import MemberAccountFactory
from news.factories import SubscriberFactory
from tests.public_forms import FORM_NAMES, ORIGIN, VISITOR, PublicForm


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
