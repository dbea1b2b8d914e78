"""The clock in the stack: each job of the schedule runs once per time it is due, however
many workers look at the schedule, and without anyone typing a command."""

import re
import subprocess
import sys
import threading
import time
from datetime import datetime, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest
from croniter import croniter
from django.db import connection
from django.utils import timezone
from django.utils.module_loading import import_string
from django_tasks.base import Task
from django_tasks_db.models import DBTaskResult

from background.models import ScheduledRun
from background.schedule import SCHEDULE, run_due_jobs
from benchmarks.server import BenchSite, free_port
from events.factories import EventIndexPageFactory, EventPageFactory, RegistrationFactory
from events.models import EventPage, Registration
from tests.background.conftest import DATABASE_TASKS
from tests.live_database import database_url

ROOT = Path(__file__).resolve().parents[2]
PARIS = ZoneInfo("Europe/Paris")
JOB_NAMES = [job.name for job in SCHEDULE]
# The purges, every night before 04:00; the digests come in the morning, daily and weekly.
NIGHTLY = [job.name for job in SCHEDULE if job.cron.split()[1] in ("0", "1", "2", "3")]
WEEKLY = [job.name for job in SCHEDULE if job.cron.split()[4] != "*"]
EVERY_MINUTE = [job.name for job in SCHEDULE if job.cron == "* * * * *"]


@pytest.fixture
def database_tasks(settings):
    settings.TASKS = DATABASE_TASKS


def enqueued() -> list[str]:
    return sorted(
        path.rpartition(".")[2] for path in DBTaskResult.objects.values_list("task_path", flat=True)
    )


def test_every_job_is_a_task_on_a_valid_schedule_that_the_readme_lists():
    readme = (ROOT / "README.md").read_text()
    for job in SCHEDULE:
        assert isinstance(import_string(job.task_path), Task)
        assert croniter.is_valid(job.cron)
        assert re.search(rf"`{job.name}`.*`{re.escape(job.cron)}`", readme), job.name


@pytest.mark.django_db
def test_a_job_due_once_runs_once(database_tasks):
    now = datetime(2026, 3, 10, 3, 45, tzinfo=PARIS)
    assert sorted(run_due_jobs(now)) == sorted(JOB_NAMES)
    assert run_due_jobs(now) == []
    assert run_due_jobs(now + timedelta(seconds=50)) == []
    assert sorted(run_due_jobs(now + timedelta(minutes=1))) == sorted(EVERY_MINUTE)
    daily = sorted(set(JOB_NAMES) - set(WEEKLY))
    assert sorted(run_due_jobs(now + timedelta(days=1))) == daily
    assert enqueued() == sorted(JOB_NAMES + daily + EVERY_MINUTE)


@pytest.mark.django_db
def test_the_night_jobs_run_at_night_and_a_missed_night_is_caught_up_once(database_tasks):
    evening = datetime(2026, 3, 10, 22, 0, tzinfo=PARIS)
    run_due_jobs(evening)  # last night's run
    assert not set(NIGHTLY) & set(run_due_jobs(evening + timedelta(hours=4)))  # 02:00
    assert set(NIGHTLY) <= set(run_due_jobs(evening + timedelta(hours=6)))  # 04:00
    # No worker ran for three days: one catch-up run, not three.
    assert set(run_due_jobs(evening + timedelta(days=3, hours=6))) >= set(NIGHTLY)
    due = ScheduledRun.objects.filter(job=NIGHTLY[0]).order_by("due_at")
    assert [run.due_at.astimezone(PARIS).day for run in due] == [10, 11, 14]


@pytest.mark.django_db(transaction=True, serialized_rollback=True)
def test_workers_looking_at_the_schedule_together_enqueue_each_job_once(database_tasks):
    now = timezone.now()
    barrier = threading.Barrier(4)

    def worker():
        barrier.wait()
        try:
            run_due_jobs(now)
        finally:
            connection.close()

    threads = [threading.Thread(target=worker) for _ in range(4)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert enqueued() == sorted(JOB_NAMES)


@pytest.mark.slow
@pytest.mark.django_db(transaction=True, serialized_rollback=True)
def test_a_running_worker_publishes_what_was_scheduled_and_purges_without_a_command(
    site_tree, tmp_path
):
    events = EventIndexPageFactory(parent=site_tree.home)
    long_ago = timezone.now() - timedelta(days=90)
    ended = EventPageFactory(parent=events, starts_at=long_ago, ends_at=long_ago)
    RegistrationFactory(event=ended)
    scheduled = EventPageFactory(parent=events, live=False, title="Scheduled event")
    scheduled.go_live_at = timezone.now() + timedelta(days=1)
    revision = scheduled.save_revision()
    revision.publish()  # scheduled: it goes live tomorrow
    a_minute_ago = timezone.now() - timedelta(minutes=1)  # … and tomorrow has come
    revision.approved_go_live_at = a_minute_ago
    revision.content["go_live_at"] = a_minute_ago.isoformat()
    revision.save(update_fields=["approved_go_live_at", "content"])
    assert not EventPage.objects.get(pk=scheduled.pk).live

    log = tmp_path / "worker.log"
    site = BenchSite(database_url(), free_port())
    with log.open("w") as output:
        worker = subprocess.Popen(
            [sys.executable, "manage.py", "run_worker", "--no-startup-delay"],
            cwd=ROOT,
            env=site.env(),
            stdout=output,
            stderr=subprocess.STDOUT,
        )
    try:
        deadline = time.monotonic() + 60
        while time.monotonic() < deadline:
            if EventPage.objects.get(pk=scheduled.pk).live and not Registration.objects.exists():
                break
            time.sleep(0.5)
        else:
            live = EventPage.objects.get(pk=scheduled.pk).live
            left = Registration.objects.count()
            pytest.fail(f"live={live}, registrations={left}:\n{log.read_text()[-1500:]}")
    finally:
        worker.terminate()
        worker.wait(timeout=30)


def test_compose_runs_a_worker_from_the_apps_image():
    compose = (ROOT / "deploy" / "compose.yaml").read_text()
    worker = re.search(r"^  worker:\n(?:    .*\n|\s*\n)*", compose, re.MULTILINE)
    assert worker, "no worker service in deploy/compose.yaml"
    assert "<<: *app" in worker.group(0)  # the app's image and environment
    assert '["python", "manage.py", "run_worker"]' in worker.group(0)
