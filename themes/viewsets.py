"""The themes in the admin; listed in the Library menu (``publications.viewsets``), where the
staff have always found them."""

from wagtail.snippets.views.snippets import SnippetViewSet

from pages.admin_access import PermissionCheckedChooserViewSet
from pages.models.base import LANGUAGE_CODES
from themes.models import Theme


class ThemeViewSet(SnippetViewSet):
    model = Theme
    icon = "tag"
    list_display = ["name", "slug"]
    search_fields = [*(f"name_{code}" for code in LANGUAGE_CODES), "slug"]
    search_backend_name = None
    copy_view_enabled = False
    chooser_viewset_class = PermissionCheckedChooserViewSet
