"""The worker `make run` starts quietly (``run_worker --verbosity 0``) still says when a task
fails."""

import io
from unittest import mock

from django.core.management import call_command
from django.utils import autoreload
from django_tasks import task
from django_tasks_db.management.commands import db_worker

from background.management.commands import run_worker
from tests.background.conftest import DATABASE_TASKS


@task()
def refused_by_the_mail_server():
    raise RuntimeError("550 the mail server refused the message")


def test_the_quiet_worker_still_shows_a_failing_task(db, settings, caplog):
    settings.TASKS = DATABASE_TASKS
    refused_by_the_mail_server.enqueue()
    printed = io.StringIO()
    caplog.set_level("DEBUG")  # what the worker's own levels let through reaches the console

    with (
        mock.patch.object(run_worker, "Scheduler"),
        mock.patch.object(db_worker, "close_old_connections"),
    ):
        call_command(
            "run_worker", batch=True, reload=False, startup_delay=False, verbosity=0, stdout=printed
        )
    autoreload.logger.info("Watching for file changes with StatReloader")

    shown = printed.getvalue() + caplog.text
    assert "550 the mail server refused the message" in shown
    assert "started" not in shown.lower()  # quiet: the tasks' comings and goings are not shown
    assert "Watching for file changes" not in shown  # the development server says it once
