"""What the site's Atom feeds (the library's, the news') share."""

from django.utils.feedgenerator import Atom1Feed


class LanguageTaggedAtomFeed(Atom1Feed):
    """Atom, with ``xml:lang`` on the entries shown in another language than the feed's."""

    def item_attributes(self, item):
        attributes = super().item_attributes(item)
        if item.get("language"):
            attributes["xml:lang"] = item["language"]
        return attributes
