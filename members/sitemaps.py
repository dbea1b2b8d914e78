from members.models import MemberAuthority, MemberDirectoryPage
from pages.sitemaps import RoutedItemsSitemap


class MemberProfilesSitemap(RoutedItemsSitemap):
    """Every active member's profile, in every language."""

    page_model = MemberDirectoryPage
    route_name = "profile"

    def item_slugs(self):
        return MemberAuthority.objects.active().order_by("pk").values_list("slug", flat=True)
