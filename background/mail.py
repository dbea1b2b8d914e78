"""How every email leaves: ``send`` stores each message in the outbox (``OutgoingEmail``)
and asks a worker to deliver it, in the caller's transaction — the email exists if and only
if what it belongs to does, and nobody waits for the mail server. The site's own emails call
``send``; what sends mail through Django (Wagtail's notifications, its password reset) goes
through ``OutboxBackend``, the ``EMAIL_BACKEND``.

The worker (``deliver_email``) sends each email once: a failure is retried after a growing delay
for a day and more (``models.RETRY_DELAYS``), then shown to staff in the admin (Settings →
Emails) with its error, where they can send it again."""

import logging

from django.conf import settings
from django.core.mail import EmailMessage, get_connection
from django.core.mail.backends.base import BaseEmailBackend
from django.db import transaction
from django_tasks import task

from background.models import OutgoingEmail

logger = logging.getLogger(__name__)


def send(messages: list[EmailMessage], about: str) -> list[OutgoingEmail]:
    """Store ``messages`` (``about`` says what they are, for staff) and enqueue their
    delivery, both in the current transaction."""
    with transaction.atomic():
        emails = OutgoingEmail.objects.bulk_create(
            OutgoingEmail.from_message(message, about) for message in messages
        )
        for email in emails:
            deliver_email.enqueue(email.pk)
    return emails


class OutboxBackend(BaseEmailBackend):
    """Django's email backend: into the outbox, for a worker to deliver."""

    def send_messages(self, email_messages) -> int:
        messages = list(email_messages)
        send(messages, "sent by the admin")
        return len(messages)


def send_again(email: OutgoingEmail) -> None:
    """Staff send a failed email again: a new round of attempts, the first at once."""
    with transaction.atomic():
        email.start_again()
        deliver_email.enqueue(email.pk)


@task()
def deliver_email(email_id: int) -> None:
    """Send the waiting email ``email_id`` and record what happened. The row stays locked
    while the mail server answers, so a second worker prompted for it skips it; a sent or
    failed email is left alone."""
    with transaction.atomic():
        email = (
            OutgoingEmail.objects.select_for_update(skip_locked=True)
            .filter(pk=email_id, status=OutgoingEmail.Status.WAITING)
            .first()
        )
        if email is None:
            return
        try:
            get_connection(settings.EMAIL_DELIVERY_BACKEND).send_messages([email.message()])
        except Exception as error:  # whatever the server or the network did, try again
            logger.warning("Email %s not sent (%s): %s", email.pk, email.about, error)
            email.record_failure(f"{type(error).__name__}: {error}")
        else:
            email.record_sent()
