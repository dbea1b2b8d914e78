"""The sitemap: an index (`/sitemap.xml`) of sections, each a file or, when large, several
(`/sitemap-<section>.xml?p=2`), so that no file holds more than the 50,000 addresses a
sitemap may list."""

from abc import ABC, abstractmethod
from functools import cached_property

from wagtail.contrib.sitemaps import Sitemap

from pages.i18n import sitemap_entries
from pages.models.base import LANGUAGE_CODES


class RoutedItemsSitemap(ABC, Sitemap):
    """The items a routable page serves on sub-paths of its own (member profiles,
    publications): each in every language, naming the others as alternates.

    A section sets the page model, the name of the route that serves one item by its slug,
    and ``item_slugs()``."""

    limit = 2000  # items per file: 12,000 addresses in six languages
    lastmod = None  # items have no date of their own to give
    page_model = None
    route_name = ""

    @abstractmethod
    def item_slugs(self):
        """The slugs of the items listed, in a stable order. Each section says which."""

    @cached_property
    def routable_page(self):
        return self.page_model.objects.live().public().first()

    def items(self):
        return self.item_slugs() if self.routable_page else []

    def _urls(self, page, protocol, domain):
        routable = self.routable_page
        bases = {code: routable.url_in(code, self.request) for code in LANGUAGE_CODES}
        urls = []
        for slug in self.paginator.page(page).object_list:
            path = routable.reverse_subpage(self.route_name, args=[slug])
            urls += sitemap_entries({code: base + path for code, base in bases.items()})
        return urls
