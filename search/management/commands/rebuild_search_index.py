import time

from django.core.management.base import BaseCommand

from search.indexing import rebuild


class Command(BaseCommand):
    help = (
        "Index every live public page, publication and active member again, in every language. "
        "The index follows every change by itself: this is for after a bulk import or a restore."
    )

    def handle(self, *args, **options):
        started = time.monotonic()
        count = rebuild()
        seconds = time.monotonic() - started
        message = f"Search index rebuilt: {count} entries in {seconds:.1f} s."
        self.stdout.write(self.style.SUCCESS(message))
