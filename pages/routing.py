"""Resolve a request path to a page in one query on the translated ``url_path`` columns.

wagtail-modeltranslation gives every translated page class a ``route()`` that walks the
tree one level at a time, two queries per level. Every request starts its route at the
site's home page, so the home page instead looks up the deepest page whose translated
``url_path`` matches the start of the path, then lets that page route whatever is left
(a routable page's sub-paths, or a 404).
"""

from urllib.parse import urlsplit

from django.db import models
from django.db.models.functions import Concat
from django.http import Http404
from django.utils.translation import get_language
from modeltranslation.utils import build_localized_fieldname
from wagtail.models import Page
from wagtail.url_routing import RouteResult


def route_from_root(root, request, path_components):
    if not path_components:
        if not root.live:
            raise Http404
        return RouteResult(root)
    prefixes = [
        root.url_path + "/".join(path_components[:length]) + "/"
        for length in range(1, len(path_components) + 1)
    ]
    field = build_localized_fieldname("url_path", get_language())
    page = Page.objects.filter(**{f"{field}__in": prefixes}).order_by("-depth").first()
    if page is None:
        raise Http404
    remaining = path_components[page.depth - root.depth :]
    return page.specific.route(request, remaining)


def routed_slug_url_expression(page, route: str, language: str):
    """The address, in ``language``, that ``page``'s route ``route`` (taking one slug) gives
    each row of a queryset, by its ``slug`` column: a database expression, without the host
    (it follows the site's)."""
    marker = "-slug-"
    page_path = urlsplit(page.url_in(language)).path
    before, after = page.reverse_subpage(route, args=[marker]).split(marker)
    return Concat(
        models.Value(page_path + before),
        "slug",
        models.Value(after),
        output_field=models.TextField(),
    )
