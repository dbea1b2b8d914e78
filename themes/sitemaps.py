from pages.sitemaps import RoutedItemsSitemap
from themes.models import Theme, ThemeIndexPage


class ThemePagesSitemap(RoutedItemsSitemap):
    """Every theme's page, in every language."""

    page_model = ThemeIndexPage
    route_name = "theme"

    def item_slugs(self):
        return Theme.objects.order_by("pk").values_list("slug", flat=True)
