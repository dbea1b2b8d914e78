import time

from django.core.management.base import BaseCommand

from pages.translation_status import refresh_all_statuses


class Command(BaseCommand):
    help = (
        "Measure again how complete every translated object's translations are, for Reports → "
        "Translations and the dashboard. Saves, deletes, the bulk loaders and migrations keep "
        "the statuses current by themselves: this is for after text written by SQL."
    )

    def handle(self, *args, **options):
        started = time.monotonic()
        count = refresh_all_statuses()
        seconds = time.monotonic() - started
        message = f"Translation statuses measured: {count} objects in {seconds:.1f} s."
        self.stdout.write(self.style.SUCCESS(message))
