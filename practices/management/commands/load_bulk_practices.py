from django.core.management.base import BaseCommand, CommandError

from practices.bulk import create_bulk_practices


class Command(BaseCommand):
    help = (
        "Add synthetic live practices (slugs bulk-<n>, the demo's stories told again for the "
        "member authorities in one to three languages) for scale tests and benchmarks; each "
        "run adds new ones."
    )

    def add_arguments(self, parser):
        parser.add_argument("count", type=int, help="How many to add.")
        parser.add_argument(
            "--seed", type=int, default=0, help="Seed of the random choices (default 0)."
        )

    def handle(self, *args, count, seed, **options):
        if count < 0 or count > 1_000_000:
            raise CommandError("The count must be between 0 and 1000000.")
        created = create_bulk_practices(count, seed=seed)
        self.stdout.write(self.style.SUCCESS(f"{created} practices added."))
