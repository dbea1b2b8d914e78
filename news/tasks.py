"""The news app's background tasks."""

from django_tasks import task

from news.models import Subscriber
from pages.management.purge import retention_start


@task()
def purge_newsletter_signups() -> int:
    return Subscriber.objects.purge_pending(retention_start("newsletter_signups"))
