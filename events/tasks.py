"""The events app's background tasks."""

from django_tasks import task

from events.models import Registration
from pages.management.purge import retention_start


@task()
def purge_event_registrations() -> int:
    deleted, _events = Registration.purge(retention_start("event_registrations"))
    return deleted
