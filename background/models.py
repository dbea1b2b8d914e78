"""What the background work keeps: each email until it has left (``OutgoingEmail``, the
outbox staff see in the admin) and each run of a scheduled job (``ScheduledRun``, so that a
job runs once per time it is due, however many workers run the schedule)."""

import base64
from datetime import timedelta

from django.core.mail import EmailMessage, EmailMultiAlternatives
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

# How long after each failed attempt the next one is made: ten attempts over 28 hours.
RETRY_DELAYS = [timedelta(minutes=minutes) for minutes in (1, 5, 15, 30, 60, 120, 240, 480, 720)]
# When nothing has prompted a waiting email by then (a worker stopped in the middle of it),
# the schedule's sweep prompts it again.
SWEEP_AFTER = timedelta(minutes=5)


class OutgoingEmailQuerySet(models.QuerySet):
    def due(self, now=None):
        """Waiting emails whose next attempt is due."""
        return self.filter(
            status=OutgoingEmail.Status.WAITING, next_attempt_at__lte=now or timezone.now()
        )


class OutgoingEmail(models.Model):
    """One email, stored in the transaction of what it belongs to, sent by a worker."""

    class Status(models.TextChoices):
        WAITING = "waiting", _("Waiting")
        SENT = "sent", _("Sent")
        FAILED = "failed", _("Failed")

    about = models.CharField(_("about"), max_length=200)
    subject = models.CharField(_("subject"), max_length=998)
    body = models.TextField()
    from_email = models.CharField(max_length=320)
    # The person it is written to (the first "to", in lower case): how an export or an erasure
    # finds their emails (``background/personal_data.py``).
    recipient = models.CharField(max_length=320, db_index=True)
    recipients = models.JSONField(_("to"), default=list)
    cc = models.JSONField(default=list)
    bcc = models.JSONField(default=list)
    reply_to = models.JSONField(default=list)
    headers = models.JSONField(default=dict)
    alternatives = models.JSONField(default=list)
    attachments = models.JSONField(default=list)
    status = models.CharField(
        _("status"), max_length=10, choices=Status.choices, default=Status.WAITING
    )
    attempts = models.PositiveSmallIntegerField(_("attempts"), default=0)
    last_error = models.TextField(_("last error"), blank=True)
    created_at = models.DateTimeField(_("written"), auto_now_add=True)
    next_attempt_at = models.DateTimeField(_("next attempt"), null=True, blank=True)
    sent_at = models.DateTimeField(_("sent"), null=True, blank=True)

    objects = OutgoingEmailQuerySet.as_manager()

    class Meta:
        verbose_name = _("email")
        verbose_name_plural = _("emails")
        ordering = ["-created_at"]
        permissions = [("send_outgoingemail", "Can send a failed email again")]
        indexes = [
            models.Index(
                fields=["next_attempt_at"],
                condition=models.Q(status="waiting"),
                name="outgoing_email_waiting",
            ),
            models.Index(fields=["status", "-created_at"], name="outgoing_email_listing"),
        ]

    def __str__(self):
        return self.subject

    @classmethod
    def from_message(cls, message: EmailMessage, about: str) -> "OutgoingEmail":
        return cls(
            about=about[:200],
            subject=message.subject,
            body=message.body,
            from_email=message.from_email,
            recipient=next(iter(message.to), "").strip().lower(),
            recipients=list(message.to),
            cc=list(message.cc),
            bcc=list(message.bcc),
            reply_to=list(message.reply_to),
            headers=dict(message.extra_headers),
            alternatives=[list(item) for item in getattr(message, "alternatives", [])],
            attachments=[encoded_attachment(item) for item in message.attachments],
            next_attempt_at=timezone.now() + SWEEP_AFTER,
        )

    def message(self) -> EmailMessage:
        message = EmailMultiAlternatives(
            self.subject,
            self.body,
            self.from_email,
            to=self.recipients,
            cc=self.cc,
            bcc=self.bcc,
            reply_to=self.reply_to,
            headers=self.headers,
            alternatives=[tuple(item) for item in self.alternatives],
        )
        for name, content, mimetype in map(decoded_attachment, self.attachments):
            message.attach(name, content, mimetype)
        return message

    def record_failure(self, error: str) -> None:
        """Count a failed attempt: the next one after a growing delay, none after the last."""
        self.attempts += 1
        self.last_error = error
        if self.attempts > len(RETRY_DELAYS):
            self.status = self.Status.FAILED
            self.next_attempt_at = None
        else:
            self.next_attempt_at = timezone.now() + RETRY_DELAYS[self.attempts - 1]
        self.save(update_fields=["attempts", "last_error", "status", "next_attempt_at"])

    def record_sent(self) -> None:
        self.status = self.Status.SENT
        self.attempts += 1
        self.sent_at = timezone.now()
        self.next_attempt_at = None
        self.save(update_fields=["status", "attempts", "sent_at", "next_attempt_at"])

    def start_again(self) -> None:
        """A new round of attempts for a failed email (``background.mail.send_again``)."""
        self.status = self.Status.WAITING
        self.attempts = 0
        self.next_attempt_at = timezone.now() + SWEEP_AFTER
        self.save(update_fields=["status", "attempts", "next_attempt_at"])


def encoded_attachment(attachment) -> list:
    name, content, mimetype = attachment
    if isinstance(content, str):
        content = content.encode()
    return [name, base64.b64encode(content).decode("ascii"), mimetype]


def decoded_attachment(stored: list) -> tuple:
    name, content, mimetype = stored
    data = base64.b64decode(content)
    if mimetype and mimetype.startswith("text/"):
        return name, data.decode(), mimetype
    return name, data, mimetype


class ScheduledRun(models.Model):
    """A scheduled job's run for one time it was due: the unique pair is the claim that
    keeps a second scheduler from running it again."""

    job = models.CharField(max_length=200)
    due_at = models.DateTimeField()
    enqueued_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        constraints = [models.UniqueConstraint(fields=["job", "due_at"], name="scheduled_run_once")]

    def __str__(self):
        return f"{self.job} @ {self.due_at:%Y-%m-%d %H:%M}"
