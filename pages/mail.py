"""How the site's emails leave.

``deliver`` sends messages at once and says whether the mail server took them (staff actions
in the admin, which report it). The public forms and the password reset use
``deliver_after_response`` (or ``after_response``, to write the emails then too): inside a
request, the work waits until the answer has been handed over (Django's
``request_finished``, sent when the response is closed), so that the answer takes the same
time whether an email goes out or not, and whatever the mail server does; outside a request
(a management command) it is done at once.
"""

import logging
import smtplib
import threading
from collections.abc import Callable
from functools import partial

from django.core.mail import EmailMessage, get_connection
from django.core.signals import request_finished, request_started

logger = logging.getLogger(__name__)

_outbox = threading.local()


def deliver(messages: list[EmailMessage], about: str) -> bool:
    """Send ``messages`` over one connection; a mail server that fails is logged (``about``
    says what the messages were), and the answer is False."""
    try:
        get_connection().send_messages(messages)
    except (smtplib.SMTPException, OSError):
        logger.exception("Emails not sent: %s", about)
        return False
    return True


def deliver_after_response(messages: list[EmailMessage], about: str) -> None:
    """Send ``messages`` once the current request's answer has been handed over."""
    after_response(partial(deliver, messages, about))


def after_response(task: Callable[[], object]) -> None:
    """Call ``task`` once the current request's answer has been handed over; at once outside
    a request."""
    pending = getattr(_outbox, "pending", None)
    if pending is None:
        task()
    else:
        pending.append(task)


def open_outbox(**kwargs) -> None:
    _outbox.pending = []


def send_outbox(**kwargs) -> None:
    pending, _outbox.pending = getattr(_outbox, "pending", None) or [], None
    for task in pending:
        task()


def connect_signals() -> None:
    request_started.connect(open_outbox, dispatch_uid="open_outbox")
    request_finished.connect(send_outbox, dispatch_uid="send_outbox")
