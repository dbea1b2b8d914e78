"""The weekly digest at scale, run in the bench site's environment (production settings,
bench database); the argument (JSON) says what to do:

- ``"subscribe"``, part of loading a dataset: every made-up person (``load_bulk_people``)
  takes part in a bulk working group (``load_bulk_discussions``), the n-th person in the
  n-th group round the groups, and every one of their memberships chooses the weekly digest;
- ``"send"``: times ``groups.tasks.send_weekly_digests`` run as the worker runs it, then
  prints, as JSON, the seconds it took, the people it was for, the emails it wrote to the
  outbox, the deliveries it enqueued for the worker and the emails already sent (none is:
  sending is the queue's work).
"""

import json
import sys
import time

import django


def subscribe() -> None:
    from django.contrib.auth import get_user_model
    from django.utils import timezone

    from groups.bulk import SLUG_PREFIX
    from groups.models import GroupMembership, WorkingGroup
    from pages.bulk import refresh_statistics
    from people.bulk import EMAIL_DOMAIN

    groups = list(WorkingGroup.objects.filter(slug__startswith=SLUG_PREFIX).order_by("pk"))
    people = get_user_model().objects.filter(email__endswith=f"@{EMAIL_DOMAIN}").order_by("pk")
    GroupMembership.objects.bulk_create(
        [
            GroupMembership(
                group=groups[number % len(groups)],
                user_id=user_id,
                status=GroupMembership.Status.MEMBER,
                asked_at=timezone.now(),
            )
            for number, user_id in enumerate(people.values_list("pk", flat=True))
        ],
        batch_size=5000,
        ignore_conflicts=True,
    )
    GroupMembership.objects.filter(user__in=people).update(emails=GroupMembership.Emails.WEEKLY)
    refresh_statistics(GroupMembership)


def send() -> dict[str, float | int]:
    from django_tasks.base import TaskResultStatus
    from django_tasks_db.models import DBTaskResult

    from background.mail import deliver_email
    from background.models import OutgoingEmail
    from groups.digests import subscribed
    from groups.models import GroupMembership
    from groups.tasks import send_weekly_digests

    people = subscribed(GroupMembership.Emails.WEEKLY).values("user").distinct().count()
    deliveries = DBTaskResult.objects.filter(
        task_path=deliver_email.module_path, status=TaskResultStatus.READY
    )
    first_new = (OutgoingEmail.objects.order_by("-pk").values_list("pk", flat=True).first()) or 0
    queued_before = deliveries.count()
    started = time.perf_counter()
    sent = send_weekly_digests.call()
    seconds = time.perf_counter() - started
    written = OutgoingEmail.objects.filter(pk__gt=first_new)
    return {
        "seconds": seconds,
        "people": people,
        "emails": sent,
        "outbox": written.count(),
        "enqueued": deliveries.count() - queued_before,
        "sent_inline": written.exclude(status=OutgoingEmail.Status.WAITING).count(),
    }


def main(action: str) -> None:
    django.setup()
    if action == "subscribe":
        subscribe()
        print(json.dumps(None))
    elif action == "send":
        print(json.dumps(send()))
    else:
        raise SystemExit(f"Unknown action {action!r}: 'subscribe' or 'send'.")


if __name__ == "__main__":
    main(json.loads(sys.argv[1]))
