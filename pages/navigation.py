"""The main menu: the site's main sections, those whose type names a ``menu_group`` gathered
under that group's name with their sub-pages of such a type, in the tree's order."""

from dataclasses import dataclass, field

from django.utils.translation import gettext_lazy as _
from wagtail.models import Page

from pages.routing import menu_pages_below, menu_sections, site_for_request

# A page type's ``menu_group``: the entry of the main menu it is listed under.
MENU_GROUPS = {
    "about": _("About Efus"),
    "work": _("Our work"),
    "network": _("Network"),
}


@dataclass
class MenuItem:
    page: Page
    is_current: bool
    is_current_section: bool


@dataclass
class MenuGroup:
    name: str
    label: str
    items: list[MenuItem] = field(default_factory=list)

    @property
    def is_current_section(self) -> bool:
        return any(item.is_current or item.is_current_section for item in self.items)


def menu_pages(request) -> list:
    """The site's main sections (the home page's children shown in menus), once per request."""
    if not hasattr(request, "_menu_pages"):
        root = site_root(request)
        request._menu_pages = menu_sections(root) if root else []
    return request._menu_pages


def menu_entries(request, current: Page | None) -> list[MenuItem | MenuGroup]:
    """The main menu's entries: a section alone, or a group of pages, where the group's first
    page stands; ``current`` (the page shown) marked."""
    root = site_root(request)
    current_path = current.path if current else ""
    entries, groups = [], {}
    for page in menu_pages_below(root) if root else []:
        item = MenuItem(page, current_path == page.path, current_path.startswith(page.path))
        name = getattr(page, "menu_group", None)
        if name is None:
            entries.append(item)
            continue
        if name not in groups:
            groups[name] = MenuGroup(name, MENU_GROUPS[name])
            entries.append(groups[name])
        groups[name].items.append(item)
    return entries


def menu_position(request, page: Page | None) -> str:
    """The tree path of the menu's page that ``page`` is, or is under (what marks the menu
    as current), with ``=`` when it is that page: the key of the menu's kept HTML."""
    root = site_root(request)
    path = page.path if page else ""
    if root is not None and path == root.path:
        return "="
    found = ""
    for menu_page in menu_pages_below(root) if root else []:
        if path.startswith(menu_page.path) and len(menu_page.path) > len(found):
            found = menu_page.path
    return f"{found}=" if found and found == path else found


def site_root(request) -> Page | None:
    site = site_for_request(request)  # kept in the page cache, also for pages outside the tree
    return site.root_page if site else None
