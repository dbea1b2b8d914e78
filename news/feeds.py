"""The Atom feed of the news, in the visitor's language."""

import datetime

from django.conf import settings
from django.contrib.syndication.views import Feed
from django.utils import timezone, translation
from django.utils.html import linebreaks

from news.models import BODY_COLUMNS
from pages.feeds import LanguageTaggedAtomFeed
from pages.i18n import shows_english_for

FEED_LENGTH = 50


class NewsFeed(Feed):
    """The newest articles visitors may read, newest first, each linked to its page in the
    feed's language. Titles and introductions fall back to English, and say so."""

    feed_type = LanguageTaggedAtomFeed
    author_name = settings.WAGTAIL_SITE_NAME

    def __init__(self, index):
        super().__init__()
        self.index = index

    def get_object(self, request, *args, **kwargs):
        self.request = request
        self.index_url = self.index.get_full_url(request)
        return self.index

    def title(self, index):
        return f"{index.title} – {settings.WAGTAIL_SITE_NAME}"

    def subtitle(self, index):
        return index.intro or None

    def link(self, index):
        return self.index_url

    def feed_url(self, index):
        return self.index_url + index.reverse_subpage("feed")

    def items(self, index):
        articles = index.articles().defer(*BODY_COLUMNS).newest_first()
        return articles.prefetch_related("themes")[:FEED_LENGTH]

    def item_title(self, article):
        return article.title

    def item_description(self, article):
        return linebreaks(article.intro, autoescape=True) if article.intro else None

    def item_link(self, article):
        return article.get_full_url(self.request)

    def item_pubdate(self, article):
        return datetime.datetime.combine(
            article.date, datetime.time(), tzinfo=timezone.get_current_timezone()
        )

    def item_updateddate(self, article):
        """When it was last published, or its date when that comes later."""
        published = self.item_pubdate(article)
        return max(published, article.last_published_at or published)

    def item_categories(self, article):
        return [theme.name for theme in article.themes.all()]

    def item_extra_kwargs(self, article):
        """The entry's language, when its title is the English text standing in for a
        missing translation."""
        if shows_english_for(article, "title", translation.get_language()):
            return {"language": settings.LANGUAGE_CODE}
        return {}
