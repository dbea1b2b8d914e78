"""The working groups' background tasks: the emails about their discussions."""

from django_tasks import task

from background.mail import send
from groups import digests, notifications
from groups.models import GroupMembership


@task()
def notify_post(post_id: int) -> int:
    """Email the new post ``post_id`` to the members who chose emails at once."""
    messages = notifications.post_emails(post_id)
    if messages:
        send(messages, "working group: new post")
    return len(messages)


@task()
def send_daily_digests() -> int:
    return digests.send_digests(GroupMembership.Emails.DAILY)


@task()
def send_weekly_digests() -> int:
    return digests.send_digests(GroupMembership.Emails.WEEKLY)
