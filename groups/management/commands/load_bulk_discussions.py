from django.core.management.base import BaseCommand, CommandError

from groups.bulk import create_bulk_discussions


class Command(BaseCommand):
    help = (
        "Add synthetic discussions for scale tests and benchmarks: working groups bulk-<n> up "
        "to --groups, the people of active member authorities as their members, and --posts "
        "posts in threads of twenty. Load the demo (or the bulk members) first."
    )

    def add_arguments(self, parser):
        parser.add_argument("--groups", type=int, default=50, help="How many groups (50).")
        parser.add_argument("--posts", type=int, default=100_000, help="How many posts (100,000).")
        parser.add_argument("--seed", type=int, default=0, help="Seed of the random choices.")

    def handle(self, *args, groups, posts, seed, **options):
        if not 0 < groups <= 1000 or not 0 <= posts <= 10_000_000:
            raise CommandError("Give 1 to 1000 groups and 0 to 10000000 posts.")
        added = create_bulk_discussions(groups, posts, seed=seed)
        if posts and not added:
            raise CommandError("No member account to write the posts: load the demo first.")
        self.stdout.write(self.style.SUCCESS(f"{added} posts added in {groups} groups."))
