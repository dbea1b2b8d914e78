"""Delete the personal data of applications to join once they have long been decided."""

import argparse
from datetime import timedelta

from django.core.management.base import BaseCommand
from django.utils import timezone

from members.models import JoinApplication

DECIDED = [JoinApplication.Status.ACCEPTED, JoinApplication.Status.DECLINED]
MAX_DAYS = 100 * 366


def days(value: str) -> int:
    try:
        number = int(value)
    except ValueError:
        number = -1
    if not 0 <= number <= MAX_DAYS:
        raise argparse.ArgumentTypeError(f"expected a number of days from 0 to {MAX_DAYS}")
    return number


def purge_decided_applications(older_than_days: int) -> int:
    """Blank the contact details and message of the accepted or declined applications last
    updated more than ``older_than_days`` ago; returns how many were purged."""
    now = timezone.now()
    return JoinApplication.objects.filter(
        status__in=DECIDED,
        updated_at__lt=now - timedelta(days=older_than_days),
        purged_at=None,
    ).update(contact_name="", email="", phone="", message="", purged_at=now)


class Command(BaseCommand):
    help = (
        "Delete the name, email address, telephone number and message of the applications to "
        "join that were accepted or declined more than DAYS days ago. Open ones are kept."
    )

    def add_arguments(self, parser):
        parser.add_argument("--older-than", type=days, required=True, metavar="DAYS")

    def handle(self, *args, older_than: int, **options):
        count = purge_decided_applications(older_than)
        self.stdout.write(f"Personal data deleted from {count} application(s).")
