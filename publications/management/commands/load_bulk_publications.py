from django.core.management.base import BaseCommand, CommandError

from publications.demo.bulk import create_bulk_publications


class Command(BaseCommand):
    help = (
        "Add synthetic publications (slugs bulk-<n>, six languages, files sharing one stored "
        "PDF) for scale tests and benchmarks; each run adds new ones."
    )

    def add_arguments(self, parser):
        parser.add_argument(
            "--count", type=int, default=50_000, help="How many to add (default 50000)."
        )
        parser.add_argument(
            "--seed", type=int, default=0, help="Seed of the random choices (default 0)."
        )

    def handle(self, *args, count, seed, **options):
        if count < 0 or count > 1_000_000:
            raise CommandError("--count must be between 0 and 1000000.")
        created = create_bulk_publications(count, seed=seed)
        self.stdout.write(self.style.SUCCESS(f"{created} publications added."))
