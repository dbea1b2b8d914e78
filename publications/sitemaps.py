from pages.sitemaps import RoutedItemsSitemap
from publications.models import LibraryPage, Publication


class PublicationPagesSitemap(RoutedItemsSitemap):
    """Every publication's page, in every language: a members-only publication's page is
    public too (its title and summary, never its files)."""

    page_model = LibraryPage
    route_name = "detail"

    def item_slugs(self):
        return Publication.objects.order_by("pk").values_list("slug", flat=True)
