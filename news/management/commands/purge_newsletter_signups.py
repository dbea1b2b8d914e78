"""Delete the newsletter subscriptions that were never confirmed."""

from datetime import timedelta

from django.core.management.base import BaseCommand
from django.utils import timezone

from members.management.commands.purge_join_applications import days
from news.models import Subscriber


class Command(BaseCommand):
    help = (
        "Delete the newsletter subscriptions made more than DAYS days ago whose address was "
        "never confirmed. Confirmed subscriptions are kept."
    )

    def add_arguments(self, parser):
        parser.add_argument("--older-than", type=days, required=True, metavar="DAYS")

    def handle(self, *args, older_than: int, **options):
        count = Subscriber.objects.purge_pending(timezone.now() - timedelta(days=older_than))
        self.stdout.write(f"{count} unconfirmed subscription(s) deleted.")
