from django.core.management.base import BaseCommand, CommandError

from news.demo.bulk import add_bulk_articles
from news.models import NewsArticlePage, NewsIndexPage
from search.indexing import reindex


class Command(BaseCommand):
    help = (
        "Add synthetic news articles (slugs bulk-<n>-<language>, titles in six languages) under "
        "the news page, indexed for the site search, for scale tests and benchmarks; each run "
        "adds new ones."
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
        index = NewsIndexPage.objects.first()
        if index is None:
            raise CommandError("There is no news page: run load_demo first.")
        added = add_bulk_articles(index, count, seed=seed)
        reindex(NewsArticlePage.objects.filter(pk__in=[article.pk for article in added]))
        self.stdout.write(self.style.SUCCESS(f"{len(added)} news articles added."))
