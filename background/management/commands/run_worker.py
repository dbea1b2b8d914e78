"""``manage.py run_worker``: a background worker (django-tasks-db's ``db_worker``, with the
same options) that also runs the schedule (``background.schedule``). Run one or more."""

import logging
import os

from django.utils import autoreload
from django.utils.autoreload import DJANGO_AUTORELOAD_ENV
from django_tasks_db.management.commands import db_worker

from background.schedule import Scheduler


class Command(db_worker.Command):
    help = "Run the background tasks (emails, Wagtail's tasks) and the scheduled jobs."

    def handle(self, *args, reload: bool, **options):
        # With --reload, the tasks run in a child process: the schedule runs there too.
        if not reload or os.environ.get(DJANGO_AUTORELOAD_ENV) == "true":
            Scheduler().start()
        super().handle(*args, reload=reload, **options)

    def configure_logging(self, verbosity: int) -> None:
        """As db_worker, except that --verbosity 0 (``make run``) still shows what fails:
        it hides each task's start and end, and its reloader's notices (the development
        server beside it prints its own), not its errors."""
        super().configure_logging(verbosity)
        if verbosity == 0:
            for name in (db_worker.TASKS_LOGGER, db_worker.logger.name, autoreload.logger.name):
                logging.getLogger(name).setLevel(logging.WARNING)
