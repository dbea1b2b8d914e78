"""The base of the commands that delete personal data after a number of days
(``--older-than DAYS``, by default the setting ``RETENTION_DAYS`` gives them): join
applications, event registrations, newsletter signups. The schedule runs the same deletions
every night (``background.schedule``)."""

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


def retention_start(name: str):
    """Since when the data ``name`` (a key of ``RETENTION_DAYS``) is kept."""
    return timezone.now() - timedelta(days=settings.RETENTION_DAYS[name])


class PurgeCommand(BaseCommand):
    """A subclass says what it deletes in ``help``, whose retention setting in ``retention``,
    and deletes it in ``purge(before, days)``: what is older than ``before`` (``days`` ago);
    it returns the sentence that says so."""

    retention = ""

    def add_arguments(self, parser):
        default = settings.RETENTION_DAYS[self.retention]
        parser.add_argument(
            "--older-than",
            type=days,
            default=default,
            metavar="DAYS",
            help=f"default: {default} (RETENTION_DAYS)",
        )

    def handle(self, *args, older_than: int, **options):
        self.stdout.write(self.purge(timezone.now() - timedelta(days=older_than), older_than))
