"""Resolve a request path to a page by its translated ``url_path`` columns.

wagtail-modeltranslation gives every translated page class a ``route()`` that walks the
tree one level at a time, two queries per level. Every request starts its route at the
site's home page, so routing (``route_for_request``, in place of Wagtail's) instead looks
up the deepest page whose translated ``url_path`` matches the start of the path, then lets
that page route whatever is left (a routable page's sub-paths, or a 404).
"""

from urllib.parse import urlsplit

from django.contrib.contenttypes.models import ContentType
from django.db import models
from django.db.models.functions import Concat
from django.http import Http404
from django.http.request import split_domain_port
from django.utils.translation import get_language
from modeltranslation.utils import build_localized_fieldname
from wagtail.models import Page, Site, get_page_models
from wagtail.url_routing import RouteResult

from pages.caching import kept


def route_for_request(request, path: str) -> RouteResult | None:
    """Wagtail's ``Page.route_for_request``, which loads the site's home page as its own
    class before routing from it, whatever the page asked for: here the home page's row
    comes with the site and is loaded as a home page only when it is the one asked for."""
    if not hasattr(request, "_wagtail_route_for_request"):
        site = site_for_request(request)
        components = [component for component in path.split("/") if component]
        try:
            route = route_from_root(site.root_page, request, components) if site else None
        except Http404:
            route = None
        request._wagtail_route_for_request = route
    return request._wagtail_route_for_request


def site_for_request(request) -> Site | None:
    """Wagtail's ``Site.find_for_request`` (whose answer the request keeps for every later
    caller), with the site of each host and port kept in the page cache: a query over the
    sites and the home page's wide translated row saved on every request. Saving a site or
    publishing a page empties the cache."""
    if not hasattr(request, "_wagtail_site"):
        hostname = split_domain_port(request._get_raw_host())[0]
        request._wagtail_site = kept(
            "site",
            hostname,
            request.get_port(),
            draw=lambda: Site._find_for_request(request),
            by_language=False,
        )
    return request._wagtail_site


def route_from_root(root, request, path_components):
    if not path_components:
        if not root.live:
            raise Http404
        return RouteResult(page_to_serve(root.pk, root.content_type_id))
    prefixes = [
        root.url_path + "/".join(path_components[:length]) + "/"
        for length in range(1, len(path_components) + 1)
    ]
    field = build_localized_fieldname("url_path", get_language())
    found = (
        Page.objects.filter(**{f"{field}__in": prefixes})
        .order_by("-depth")
        .values_list("pk", "content_type_id", "depth")
        .first()
    )
    if found is None:
        raise Http404
    pk, content_type_id, depth = found
    page = page_to_serve(pk, content_type_id)
    return page.route(request, path_components[depth - root.depth :])


def page_to_serve(pk: int, content_type_id: int):
    """The live page, kept in the page cache: building the query over its wide translated
    row costs more than the rest of an uncached request. Publishing, unpublishing (deleting
    a live page unpublishes it first), moving or creating any page empties the cache; a
    draft changes nothing that is served."""
    return kept("page", pk, draw=lambda: load_page(pk, content_type_id), by_language=False)


def load_page(pk: int, content_type_id: int):
    """The page in one query on its own class (``.specific`` would load the base page's wide
    translated row first), with the images every rendering of it shows
    (``BasePage.served_with``)."""
    model = ContentType.objects.get_for_id(content_type_id).model_class()
    related = getattr(model, "served_with", ())
    return model._default_manager.select_related(*related).get(pk=pk)


def live_page(label: str) -> Page | None:
    """The site's live page of type ``label`` ("app.Model", a type the site holds once: the
    news, the library, the member directory, …) as its own class with only the base page's
    fields, which give its title, address and routes; None without one."""
    return site_pages()["single"].get(label)


def menu_sections(root: Page) -> list[Page]:
    """The live children of the site root ``root`` shown in menus, in the tree's order."""
    return site_pages()["sections"].get(root.path, [])


def menu_pages_below(root: Page) -> list[Page]:
    """The main sections below the site root ``root`` and, after each, its live children
    shown in menus whose type names a group of the main menu (``menu_group``), in the
    tree's order."""
    return site_pages()["menu"].get(root.path, [])


def site_pages() -> dict:
    """In one query, kept in the page cache: the live pages of the types the site holds once
    (``"single"``, by type), the main sections, the live pages shown in menus below each
    site root (``"sections"``, by the root's tree path; roots are the tree's depth-2 pages,
    as Wagtail makes them), and those with their grouped sub-pages (``"menu"``)."""
    return kept("site-pages", draw=read_site_pages, by_language=False)


def read_site_pages() -> dict:
    single = tuple(model for model in get_page_models() if model.max_count == 1)
    grouped = tuple(model for model in get_page_models() if getattr(model, "menu_group", None))
    in_menus = models.Q(depth=3, show_in_menus=True) | (
        models.Q(depth=4, show_in_menus=True) & Page.objects.type_q(*grouped)
    )
    found = {"single": {}, "sections": {}, "menu": {}}
    section_paths = set()
    pages = Page.objects.live().filter(Page.objects.type_q(*single) | in_menus)
    for page in pages.order_by("path").specific(defer=True):
        root_path = page.path[: 2 * Page.steplen]
        if page.depth == 3 and page.show_in_menus:
            found["sections"].setdefault(root_path, []).append(page)
            section_paths.add(page.path)
        in_a_section = page.path[: -Page.steplen] in section_paths
        sub_page = page.show_in_menus and isinstance(page, grouped) and in_a_section
        if page.path in section_paths or sub_page:
            found["menu"].setdefault(root_path, []).append(page)
        if isinstance(page, single):
            found["single"].setdefault(page._meta.label, page)
    return found


def routed_slug_url_expression(page, route: str, language: str, slug: str = "slug"):
    """The address, in ``language``, that ``page``'s route ``route`` (taking one slug) gives
    each row of a queryset, by its column ``slug`` (or a lookup to another table's): a
    database expression, without the host (it follows the site's)."""
    marker = "-slug-"
    page_path = urlsplit(page.url_in(language)).path
    before, after = page.reverse_subpage(route, args=[marker]).split(marker)
    return Concat(
        models.Value(page_path + before),
        slug,
        models.Value(after),
        output_field=models.TextField(),
    )
