from django.core.management.base import BaseCommand, CommandError

from people.bulk import create_bulk_people


class Command(BaseCommand):
    help = (
        "Add made-up people (users, member accounts of active authorities, listed profiles) "
        "for scale tests and benchmarks; each run adds new ones."
    )

    def add_arguments(self, parser):
        parser.add_argument(
            "--count", type=int, default=5_000, help="How many to add (default 5000)."
        )
        parser.add_argument(
            "--seed", type=int, default=0, help="Seed of the random choices (default 0)."
        )

    def handle(self, *args, count, seed, **options):
        if count < 0 or count > 1_000_000:
            raise CommandError("--count must be between 0 and 1000000.")
        created = create_bulk_people(count, seed=seed)
        if count and not created:
            raise CommandError("No active member authority: run `manage.py load_demo` first.")
        self.stdout.write(self.style.SUCCESS(f"{created} people added."))
