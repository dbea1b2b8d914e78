from wagtail.models import Site

from pages.routing import menu_sections


def menu_pages(request) -> list:
    """The site's main sections (the home page's children shown in menus), once per request."""
    if not hasattr(request, "_menu_pages"):
        site = Site.find_for_request(request)
        root = site.root_page if site else None
        request._menu_pages = menu_sections(root) if root else []
    return request._menu_pages
