"""Every email leaves through the outbox: written in the transaction of what it belongs to,
sent by a worker, retried while the mail server is away, delivered once."""

import time
from datetime import timedelta
from email import message_from_bytes

import pytest
from django.core import mail
from django.db import transaction
from django.utils import timezone
from django_tasks_db.models import DBTaskResult

from background.mail import deliver_email, send
from background.models import RETRY_DELAYS, OutgoingEmail
from background.schedule import run_due_jobs
from members.factories import MemberAccountFactory
from tests.background.conftest import run_worker
from tests.public_forms import FORM_NAMES, ORIGIN, VISITOR

pytestmark = pytest.mark.django_db


def post_every_form(client, forms) -> None:
    MemberAccountFactory(user__email=VISITOR)  # so that the password reset sends one too
    for name in FORM_NAMES:
        form = forms[name]
        response = client.post(form.path, form.data, HTTP_ORIGIN=ORIGIN)
        assert response.status_code in (200, 302), name


def a_minute_passes() -> None:
    """The retries' clock moves on: every waiting email's next attempt is now due."""
    OutgoingEmail.objects.filter(status=OutgoingEmail.Status.WAITING).update(
        next_attempt_at=timezone.now()
    )


def test_a_mail_server_down_for_a_while_then_up_gets_every_email_once(client, forms, mail_server):
    post_every_form(client, forms)
    run_worker()  # the password reset's lookup, then every first attempt: refused
    emails = OutgoingEmail.objects.all()
    assert emails.count() >= len(FORM_NAMES)
    assert {email.status for email in emails} == {OutgoingEmail.Status.WAITING}
    assert all(email.attempts == 1 and email.last_error for email in emails)

    mail_server.start()
    run_due_jobs()
    run_worker()
    assert mail_server.recorder.messages == [], "a retry came before its time"

    a_minute_passes()
    run_due_jobs(timezone.now() + RETRY_DELAYS[0])
    run_worker()
    a_minute_passes()
    run_due_jobs(timezone.now() + RETRY_DELAYS[1])
    run_worker()

    delivered = [message_from_bytes(data) for data in mail_server.recorder.messages]
    assert len(delivered) == emails.count()
    assert len({message["Message-ID"] for message in delivered}) == len(delivered)
    assert VISITOR in {message["To"] for message in delivered}
    assert set(emails.values_list("status", flat=True)) == {OutgoingEmail.Status.SENT}


@pytest.mark.parametrize("name", FORM_NAMES)
def test_a_form_answers_without_reaching_a_slow_mail_server(client, forms, name, slow_mail_server):
    slow = slow_mail_server
    MemberAccountFactory(user__email=VISITOR)
    form = forms[name]

    response = client.post(form.path, form.data, HTTP_ORIGIN=ORIGIN)
    assert response.status_code in (200, 302)
    assert slow.recorder.greetings == [], "the answer waited for the mail server"
    assert mail.outbox == []

    run_worker()
    assert len(slow.recorder.messages) == OutgoingEmail.objects.count() >= 1


def test_an_email_exists_only_if_what_it_belongs_to_does(mail_server):
    message = mail.EmailMessage("Subject", "Body", to=["someone@example.org"])
    with pytest.raises(RuntimeError), transaction.atomic():
        send([message], "a change that is rolled back")
        raise RuntimeError
    assert not OutgoingEmail.objects.exists()
    assert not DBTaskResult.objects.exists()


def test_a_second_prompt_for_a_sent_email_sends_nothing(mail_server):
    mail_server.start()
    [email] = send([mail.EmailMessage("Hello", "Body", to=["a@example.org"])], "a test")
    deliver_email.enqueue(email.pk)
    run_worker()
    assert len(mail_server.recorder.messages) == 1


def test_an_email_that_keeps_failing_is_retried_for_a_day_then_marked_failed(mail_server):
    [email] = send([mail.EmailMessage("Hello", "Body", to=["a@example.org"])], "a test")
    started = time.monotonic()
    attempts = []
    while email.status == OutgoingEmail.Status.WAITING:
        run_worker()
        email.refresh_from_db()
        if email.next_attempt_at:
            attempts.append(email.next_attempt_at)
            a_minute_passes()
            run_due_jobs(email.next_attempt_at)
        assert time.monotonic() - started < 60
    assert email.status == OutgoingEmail.Status.FAILED
    assert email.attempts == len(RETRY_DELAYS) + 1
    assert sum(RETRY_DELAYS, timedelta()) > timedelta(days=1)
    assert "Connection refused" in email.last_error or "Errno" in email.last_error


def test_what_sends_mail_through_django_goes_through_the_outbox_too(settings, mail_server):
    settings.EMAIL_BACKEND = "background.mail.OutboxBackend"
    mail_server.start()
    message = mail.EmailMultiAlternatives(
        "A page awaits your review", "Text", to=["editor@efus.eu"], bcc=["archive@efus.eu"]
    )
    message.attach_alternative("<p>HTML</p>", "text/html")
    message.send()  # as Wagtail's moderation notifications do
    assert OutgoingEmail.objects.get().about == "sent by the admin"
    assert mail_server.recorder.messages == []
    run_worker()
    [data] = mail_server.recorder.messages
    delivered = message_from_bytes(data)
    assert delivered["Subject"] == "A page awaits your review"
    assert [part.get_content_type() for part in delivered.walk()][1:] == [
        "text/plain",
        "text/html",
    ]
