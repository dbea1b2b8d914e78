"""The members app's background tasks."""

from axes.models import AccessAttempt, AccessFailureLog, AccessLog
from django_tasks import task

from members.models import JoinApplication
from pages.management.purge import retention_start


@task()
def purge_join_applications() -> int:
    return JoinApplication.purge_decided(retention_start("join_applications"))


@task()
def purge_sign_in_records() -> int:
    """Forget the sign-ins and failed sign-ins (django-axes's records) past their retention:
    a lockout lasts minutes, these only serve to look into an attack afterwards."""
    before = retention_start("sign_in_records")
    return sum(
        model.objects.filter(attempt_time__lt=before).delete()[0]
        for model in (AccessAttempt, AccessFailureLog, AccessLog)
    )
