"""The Atom feed of the newest public practices, in the visitor's language."""

from django.conf import settings
from django.contrib.syndication.views import Feed
from django.utils import translation
from django.utils.html import linebreaks

from pages.feeds import LanguageTaggedAtomFeed
from practices.models import Practice

FEED_LENGTH = 50


class PracticeFeed(Feed):
    """Public live practices only, newest first, each linked to its page in the feed's
    language. A practice without a translation into that language shows its original text,
    and says which language that is."""

    feed_type = LanguageTaggedAtomFeed
    author_name = settings.WAGTAIL_SITE_NAME

    def __init__(self, library):
        super().__init__()
        self.library = library

    def get_object(self, request, *args, **kwargs):
        self.library_url = self.library.get_full_url(request)
        self.language = translation.get_language()
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
        practices = Practice.objects.shown_to(False).for_listing(self.language)
        return practices.prefetch_related("themes").newest_first()[:FEED_LENGTH]

    def item_title(self, practice):
        return practice.shown_text().title

    def item_description(self, practice):
        summary = practice.shown_text().summary
        return linebreaks(summary, autoescape=True) if summary else None

    def item_link(self, practice):
        return self.library_url + self.library.reverse_subpage("detail", args=[practice.slug])

    def item_pubdate(self, practice):
        return practice.first_published_at or practice.created_at

    def item_updateddate(self, practice):
        return practice.last_published_at or self.item_pubdate(practice)

    def item_author_name(self, practice):
        return practice.authority.name

    def item_categories(self, practice):
        return [theme.name for theme in practice.themes.all()]

    def item_extra_kwargs(self, practice):
        """The entry's language, when it is not the feed's: the original text, standing in
        for a missing translation."""
        language = practice.shown_text().language
        return {"language": language} if language != self.language else {}
