"""Delete the registrations of events that ended long enough ago: they hold personal data."""

import argparse
from datetime import timedelta

from django.core.management.base import BaseCommand
from django.utils import timezone

from events.models import Registration

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
        "Delete the registrations (names, organisations, email addresses) of the events that "
        "ended more than DAYS days ago."
    )

    def add_arguments(self, parser):
        parser.add_argument("--older-than", type=days, required=True, metavar="DAYS")

    def handle(self, *args, older_than: int, **options):
        deleted, events = Registration.purge(timezone.now() - timedelta(days=older_than))
        self.stdout.write(
            f"Deleted {deleted} registration(s) of {events} event(s) that ended more than "
            f"{older_than} day(s) ago."
        )
