"""Thousands of news articles, for scale tests and benchmarks: synthetic titles in six
languages, dates over ten years, one or two of the existing themes each."""

import datetime
import random

from django.db import transaction
from django.utils import timezone

from news.models import NewsArticlePage, NewsIndexPage
from pages.bulk import add_live_children
from pages.caching import empty_page_cache
from themes.models import Theme

LANGUAGES = ("en", "fr", "de", "it", "es", "pt")
DAYS = 3650


def bulk_article(number: int, date: datetime.date, image) -> NewsArticlePage:
    titles = {code: f"Bulk article {number} [{code}]" for code in LANGUAGES}
    fields = {f"title_{code}": title for code, title in titles.items()}
    fields |= {f"slug_{code}": f"bulk-{number}-{code}" for code in LANGUAGES}
    fields |= {f"intro_{code}": f"About bulk article {number} [{code}]" for code in LANGUAGES}
    return NewsArticlePage(
        title=titles["en"],
        slug=f"bulk-{number}-en",
        date=date,
        image=image,
        show_in_menus=False,
        **fields,
    )


@transaction.atomic
def add_bulk_articles(
    index: NewsIndexPage, count: int, seed: int = 0, image=None
) -> list[NewsArticlePage]:
    """Add ``count`` live articles under ``index``, numbered after those it has, each on one
    or two themes, all with ``image``."""
    rng = random.Random(seed)  # noqa: S311 - synthetic data, not security
    today = timezone.localdate()
    start = index.get_children().count()
    articles = add_live_children(
        index,
        [
            bulk_article(start + n, today - datetime.timedelta(days=rng.randrange(DAYS)), image)
            for n in range(count)
        ],
    )
    themes = list(Theme.objects.values_list("pk", flat=True))
    links = NewsArticlePage.themes.through
    if themes:
        links.objects.bulk_create(
            links(newsarticlepage_id=article.pk, theme_id=theme)
            for article in articles
            for theme in rng.sample(themes, min(len(themes), rng.choice((1, 1, 2))))
        )
    empty_page_cache()
    return articles
