"""The members app's background tasks."""

from django_tasks import task

from members.models import JoinApplication
from pages.management.purge import retention_start


@task()
def purge_join_applications() -> int:
    return JoinApplication.purge_decided(retention_start("join_applications"))
