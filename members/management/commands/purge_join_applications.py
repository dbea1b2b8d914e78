"""Delete the personal data of applications to join once they have long been decided."""

import argparse
from datetime import timedelta

from django.core.management.base import BaseCommand
from django.utils import timezone

from members.models import JoinApplication

MAX_DAYS = 100 * 366


def days(value: str) -> int:
    try:
        number = int(value)
    except ValueError:
        number = -1
    if not 0 <= number <= MAX_DAYS:
        raise argparse.ArgumentTypeError(f"expected a number of days from 0 to {MAX_DAYS}")
    return number


class Command(BaseCommand):
    help = (
        "Delete the name, email address, telephone number and message of the applications to "
        "join that were accepted or declined more than DAYS days ago. Open ones are kept."
    )

    def add_arguments(self, parser):
        parser.add_argument("--older-than", type=days, required=True, metavar="DAYS")

    def handle(self, *args, older_than: int, **options):
        count = JoinApplication.purge_decided(timezone.now() - timedelta(days=older_than))
        self.stdout.write(f"Personal data deleted from {count} application(s).")
