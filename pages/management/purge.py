"""The base of the commands that delete personal data after a number of days
(``--older-than DAYS``, by default the command's retention setting, which the privacy notice
states): join applications, event registrations, newsletter signups."""

import argparse
from datetime import timedelta

from django.conf import settings
from django.core.management.base import BaseCommand
from django.utils import timezone

MAX_DAYS = 100 * 366


def days(value: str) -> int:
    try:
        number = int(value)
    except ValueError:
        number = -1
    if not 0 <= number <= MAX_DAYS:
        raise argparse.ArgumentTypeError(f"expected a number of days from 0 to {MAX_DAYS}")
    return number


class PurgeCommand(BaseCommand):
    """A subclass says what it deletes in ``help``, names the setting of its number of days
    in ``retention_setting`` and deletes in ``purge(before, days)`` what is older than
    ``before`` (``days`` ago); it returns the sentence that says so."""

    retention_setting = ""

    def add_arguments(self, parser):
        parser.add_argument("--older-than", type=days, metavar="DAYS")

    def handle(self, *args, older_than: int | None, **options):
        if older_than is None:
            older_than = getattr(settings, self.retention_setting)
        self.stdout.write(self.purge(timezone.now() - timedelta(days=older_than), older_than))
