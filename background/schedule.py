"""The clock in the stack: which job runs when, defined here in code, and run by every
worker (``manage.py run_worker``), each of which looks at the schedule every few seconds.

A job's run for one time it is due is claimed by inserting a ``ScheduledRun`` row (unique
per job and time) in the transaction that enqueues it: with several workers, the first to
claim it enqueues it and the others see the row. A time missed while no worker ran is
caught up once (only the last one) when a worker starts. Times are cron expressions
(minute hour day month weekday) in the site's time zone (``TIME_ZONE``).
"""

import logging
import threading
import time
from dataclasses import dataclass
from datetime import datetime, timedelta

from croniter import croniter
from django.db import close_old_connections, transaction
from django.utils import timezone
from django.utils.module_loading import import_string

from background.models import ScheduledRun

logger = logging.getLogger(__name__)

# How often a worker looks at the schedule.
TICK_SECONDS = 10


@dataclass(frozen=True)
class Job:
    task_path: str
    cron: str

    @property
    def name(self) -> str:
        return self.task_path.rpartition(".")[2]

    def last_due(self, now: datetime) -> datetime:
        """The latest time at or before ``now`` the job was due."""
        # croniter counts back from strictly before its start: start a microsecond after.
        start = timezone.localtime(now) + timedelta(microseconds=1)
        return croniter(self.cron, start).get_prev(datetime)

    def enqueue_once(self, due_at: datetime) -> bool:
        """Enqueue the job's task for ``due_at`` unless a worker already has."""
        with transaction.atomic():
            _run, claimed = ScheduledRun.objects.get_or_create(job=self.name, due_at=due_at)
            if claimed:
                self.task.enqueue()
        return claimed

    @property
    def task(self):
        return import_string(self.task_path)


SCHEDULE = (
    Job("background.tasks.publish_scheduled", "* * * * *"),
    Job("background.tasks.sweep_emails", "* * * * *"),
    Job("members.tasks.purge_join_applications", "10 3 * * *"),
    Job("events.tasks.purge_event_registrations", "20 3 * * *"),
    Job("news.tasks.purge_newsletter_signups", "30 3 * * *"),
    Job("background.tasks.purge_outbox", "40 3 * * *"),
    Job("members.tasks.purge_sign_in_records", "50 3 * * *"),
    Job("groups.tasks.send_daily_digests", "0 7 * * *"),
    Job("groups.tasks.send_weekly_digests", "0 7 * * 1"),
)


def run_due_jobs(now: datetime | None = None) -> list[str]:
    """Enqueue every job due and not yet enqueued by any worker: the names enqueued."""
    now = now or timezone.now()
    return [job.name for job in SCHEDULE if job.enqueue_once(job.last_due(now))]


class Scheduler(threading.Thread):
    """Looks at the schedule at once, then every ``TICK_SECONDS``, for as long as the worker
    it runs in (a daemon thread: it ends with the worker)."""

    def __init__(self):
        super().__init__(name="scheduler", daemon=True)

    def run(self):
        while True:
            self.tick()
            time.sleep(TICK_SECONDS)

    def tick(self) -> None:
        try:
            for name in run_due_jobs():
                logger.debug("Scheduled job enqueued: %s", name)
        except Exception:  # the database is away: the next tick tries again
            logger.exception("The schedule could not be read")
        finally:
            close_old_connections()
