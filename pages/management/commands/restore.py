from pathlib import Path

from django.core.management.base import BaseCommand, CommandError

from pages.backup import restore


class Command(BaseCommand):
    help = "Replace the database's content and the media files with a backup's."

    def add_arguments(self, parser):
        parser.add_argument("folder", type=Path)

    def handle(self, *args, folder, **options):
        try:
            restore(folder)
        except FileNotFoundError as error:
            raise CommandError(str(error)) from error
        self.stdout.write(self.style.SUCCESS(f"Restored from {folder}"))
