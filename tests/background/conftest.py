"""A real mail server (aiosmtpd) that can be down, slow or fine, and the database task
backend of the other environments, run by django-tasks-db's own worker."""

import asyncio
import socket
import threading
import time
from unittest import mock

import pytest
from aiosmtpd.controller import Controller
from django.core.management import call_command
from django_tasks_db.management.commands import db_worker

DATABASE_TASKS = {"default": {"BACKEND": "django_tasks_db.DatabaseBackend"}}


class Recorder:
    """What the mail server saw: each client's greeting and each message's data."""

    def __init__(self, delay: float = 0):
        self.delay = delay
        self.greetings: list[float] = []
        self.messages: list[bytes] = []
        self.lock = threading.Lock()

    async def handle_EHLO(self, server, session, envelope, hostname, responses):
        with self.lock:
            self.greetings.append(time.monotonic())
        session.host_name = hostname
        return responses

    async def handle_DATA(self, server, session, envelope):
        await asyncio.sleep(self.delay)
        with self.lock:
            self.messages.append(envelope.original_content)
        return "250 OK"


class MailServer:
    """A mail server on a fixed port, started and stopped at will."""

    def __init__(self, delay: float = 0):
        with socket.socket() as probe:
            probe.bind(("127.0.0.1", 0))
            self.port = probe.getsockname()[1]
        self.recorder = Recorder(delay)
        self.controller = None

    def start(self) -> None:
        self.controller = Controller(self.recorder, hostname="127.0.0.1", port=self.port)
        self.controller.start()

    def stop(self) -> None:
        if self.controller is not None:
            self.controller.stop()
            self.controller = None


def use(server: MailServer, settings) -> MailServer:
    """Send the site's emails to ``server``, through tasks in the database."""
    settings.TASKS = DATABASE_TASKS
    settings.EMAIL_DELIVERY_BACKEND = "django.core.mail.backends.smtp.EmailBackend"
    settings.EMAIL_HOST = "127.0.0.1"
    settings.EMAIL_PORT = server.port
    settings.EMAIL_USE_TLS = False
    settings.EMAIL_TIMEOUT = 10
    return server


@pytest.fixture
def mail_server(settings):
    """The site's mail server, down until the test starts it."""
    server = use(MailServer(), settings)
    yield server
    server.stop()


@pytest.fixture
def slow_mail_server(settings):
    """The site's mail server, up, taking two seconds to accept each message."""
    server = use(MailServer(delay=2), settings)
    server.start()
    yield server
    server.stop()


def run_worker() -> None:
    """django-tasks-db's worker, until no task is ready. It closes the database connection
    between tasks, which would end the test's transaction: kept open, as the test client
    does around requests."""
    with mock.patch.object(db_worker, "close_old_connections"):
        call_command("db_worker", batch=True, reload=False, startup_delay=False, verbosity=0)
