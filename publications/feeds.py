"""The Atom feed of the newest public publications, in the visitor's language."""

import datetime

from django.conf import settings
from django.contrib.syndication.views import Feed
from django.utils import translation
from django.utils.html import linebreaks

from pages.feeds import LanguageTaggedAtomFeed
from pages.i18n import shows_english_for
from publications.models import Publication

FEED_LENGTH = 50


class PublicationFeed(Feed):
    """Public publications only, newest first; each entry links to the publication's page
    (never to a file). Titles and summaries fall back to English, and say so."""

    feed_type = LanguageTaggedAtomFeed
    author_name = settings.WAGTAIL_SITE_NAME

    def __init__(self, library):
        super().__init__()
        self.library = library

    def get_object(self, request, *args, **kwargs):
        self.library_url = self.library.get_full_url(request)
        return self.library

    def title(self, library):
        return f"{library.title} – {settings.WAGTAIL_SITE_NAME}"

    def subtitle(self, library):
        return library.intro or None

    def link(self, library):
        return self.library_url

    def feed_url(self, library):
        return self.library_url + library.reverse_subpage("feed")

    def items(self, library):
        return Publication.objects.public().newest_first().prefetch_related("themes")[:FEED_LENGTH]

    def item_title(self, publication):
        return publication.title

    def item_description(self, publication):
        return linebreaks(publication.summary, autoescape=True) if publication.summary else None

    def item_link(self, publication):
        return self.library_url + self.library.reverse_subpage("detail", args=[publication.slug])

    def item_pubdate(self, publication):
        return datetime.datetime.combine(publication.published_on, datetime.time())

    def item_updateddate(self, publication):
        return self.item_pubdate(publication)

    def item_author_name(self, publication):
        return publication.authors or None

    def item_categories(self, publication):
        return [theme.name for theme in publication.themes.all()]

    def item_extra_kwargs(self, publication):
        """The entry's language, when its title is the English text standing in for a
        missing translation."""
        if shows_english_for(publication, "title", translation.get_language()):
            return {"language": settings.LANGUAGE_CODE}
        return {}
