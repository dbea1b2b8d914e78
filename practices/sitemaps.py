from pages.sitemaps import RoutedItemsSitemap
from practices.models import Practice, PracticeLibraryPage


class PracticePagesSitemap(RoutedItemsSitemap):
    """Every public live practice's page, in every language (a practice without a
    translation shows its original text there); members-only practices are left out."""

    page_model = PracticeLibraryPage
    route_name = "detail"

    def item_slugs(self):
        return Practice.objects.shown_to(False).order_by("pk").values_list("slug", flat=True)
