"""The background app's scheduled jobs: keeping the outbox moving (``sweep_emails``; the
delivery itself is ``background.mail.deliver_email``), publishing what editors scheduled
(``publish_scheduled``) and forgetting what has served its purpose (``purge_outbox``)."""

from datetime import timedelta

from django.conf import settings
from django.core.management import call_command
from django.db.models import Q
from django.utils import timezone
from django_tasks import task

from background.mail import deliver_email
from background.models import OutgoingEmail, ScheduledRun

# What a finished task and a scheduled run leave behind (arguments, an error) is kept this
# many days for whoever looks into a problem.
TASK_RESULTS_KEPT_DAYS = 7


@task()
def sweep_emails() -> int:
    """Prompt a worker for every waiting email whose next attempt is due."""
    due = list(OutgoingEmail.objects.due().values_list("pk", flat=True))
    for email_id in due:
        deliver_email.enqueue(email_id)
    return len(due)


@task()
def publish_scheduled() -> None:
    """Wagtail's scheduled publishing: pages and snippets whose "go live" or "expiry" time
    has come."""
    call_command("publish_scheduled", verbosity=0)


@task()
def purge_outbox() -> dict[str, int]:
    """Delete the emails sent, or written and failed, longer ago than their retention,
    finished task results and old runs."""
    now = timezone.now()
    kept_since = now - timedelta(days=settings.RETENTION_DAYS["sent_emails"])
    sent = Q(status=OutgoingEmail.Status.SENT, sent_at__lt=kept_since)
    failed = Q(status=OutgoingEmail.Status.FAILED, created_at__lt=kept_since)
    emails, _ = OutgoingEmail.objects.filter(sent | failed).delete()
    call_command(
        "prune_db_task_results",
        min_age_days=TASK_RESULTS_KEPT_DAYS,
        failed_min_age_days=TASK_RESULTS_KEPT_DAYS,
        verbosity=0,
    )
    runs_before = now - timedelta(days=TASK_RESULTS_KEPT_DAYS)
    runs, _ = ScheduledRun.objects.filter(due_at__lt=runs_before).delete()
    return {"emails": emails, "scheduled_runs": runs}
