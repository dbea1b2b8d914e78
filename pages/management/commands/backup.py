from pathlib import Path

from django.core.management.base import BaseCommand

from pages.backup import backup


class Command(BaseCommand):
    help = "Back up the database and the media files into a folder (default var/backups/<time>)."

    def add_arguments(self, parser):
        parser.add_argument("folder", nargs="?", type=Path)

    def handle(self, *args, folder=None, **options):
        written = backup(folder)
        self.stdout.write(self.style.SUCCESS(f"Backup written to {written}"))
