"""The records of sign-ins (django-axes) are forgotten after their retention, every night."""

from datetime import timedelta

import pytest
from axes.models import AccessAttempt, AccessFailureLog, AccessLog
from django.utils import timezone

from members.tasks import purge_sign_in_records

pytestmark = pytest.mark.django_db
MODELS = (AccessAttempt, AccessFailureLog, AccessLog)


def records_of(address: str) -> None:
    common = {"ip_address": "192.0.2.7", "user_agent": "Firefox", "path_info": "/en/account/"}
    AccessAttempt.objects.create(username=address, failures_since_start=1, **common)
    AccessFailureLog.objects.create(username=address, locked_out=False, **common)
    AccessLog.objects.create(username=address, **common)


def test_sign_in_records_older_than_their_retention_are_deleted(settings):
    settings.RETENTION_DAYS = {**settings.RETENTION_DAYS, "sign_in_records": 90}
    records_of("old@lyon.example.org")
    for model in MODELS:
        model.objects.update(attempt_time=timezone.now() - timedelta(days=91))
    records_of("recent@lyon.example.org")
    assert purge_sign_in_records.call() == 3
    for model in MODELS:
        assert list(model.objects.values_list("username", flat=True)) == ["recent@lyon.example.org"]
