"""``manage.py run_job NAME``: run one job of the schedule now, here, and print its result."""

from django.core.management.base import BaseCommand, CommandError

from background.schedule import SCHEDULE


class Command(BaseCommand):
    help = "Run a scheduled job at once (its name as the README's schedule lists it)."

    def add_arguments(self, parser):
        parser.add_argument("name", choices=[job.name for job in SCHEDULE])

    def handle(self, *args, name: str, **options):
        [job] = [job for job in SCHEDULE if job.name == name]
        try:
            result = job.task.call()
        except Exception as error:
            raise CommandError(f"{name} failed: {error}") from error
        self.stdout.write(f"{name}: {result if result is not None else 'done'}")
