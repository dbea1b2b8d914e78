import sys

from django.conf import settings
from django.core.cache import caches
from django.db import DatabaseError, InterfaceError, OperationalError, connection
from django.http import HttpResponse, HttpResponseRedirect, JsonResponse
from django.middleware.csrf import CsrfViewMiddleware
from django.shortcuts import render
from django.template import loader
from django.urls import reverse
from django.utils import translation
from django.utils.cache import patch_vary_headers
from django.views.decorators.cache import never_cache
from django.views.decorators.csrf import csrf_exempt
from django.views.decorators.http import require_safe
from wagtail import views as wagtail_views
from wagtail.models import Page


@require_safe
def language_redirect(request):
    """Send a visitor from ``/`` to the home page in the language their browser prefers."""
    language = translation.get_language_from_request(request, check_path=False)
    with translation.override(language):
        response = HttpResponseRedirect(reverse("wagtail_serve", args=[""]))
    patch_vary_headers(response, ["Accept-Language", "Cookie"])
    return response


@require_safe
def robots_txt(request):
    sitemap_url = request.build_absolute_uri(reverse("sitemap"))
    return render(
        request,
        "robots.txt",
        {"sitemap_url": sitemap_url},
        content_type="text/plain; charset=utf-8",
    )


def page_not_found(request, exception=None):
    return render(request, "404.html", status=404)


def server_error(request):
    """A 500 page in the visitor's language that needs neither the database nor a context;
    a 503 "back soon" page when the database cannot be reached."""
    language = translation.get_language_from_path(request.path_info) or settings.LANGUAGE_CODE
    database_down = isinstance(sys.exc_info()[1], (OperationalError, InterfaceError))
    template, status = ("503.html", 503) if database_down else ("500.html", 500)
    with translation.override(language):
        html = loader.get_template(template).render({"LANGUAGE_CODE": language})
    response = HttpResponse(html, status=status)
    if database_down:
        response["Retry-After"] = "30"
    return response


@never_cache
@require_safe
def healthz(request):
    """For load balancers and container health checks: the database and the cache answer."""
    checks = {"database": _database_answers(), "cache": _cache_answers()}
    healthy = all(checks.values())
    body = {name: "ok" if passed else "failing" for name, passed in checks.items()}
    return JsonResponse(body, status=200 if healthy else 503)


def _database_answers() -> bool:
    try:
        with connection.cursor() as cursor:
            cursor.execute("SELECT 1")
        return True
    except DatabaseError:
        return False


def _cache_answers() -> bool:
    """The shared cache reads an unreachable server as a miss (pages.caching)."""
    caches["pages"].set("healthz", "ok", 10)
    return caches["pages"].get("healthz") == "ok"


@csrf_exempt
def serve_page(request, path):
    """Wagtail's page view, with Django's CSRF check, except for a routable page's route
    marked ``csrf_exempt``: a public form whose page stays in the page cache, and which checks
    the request's origin itself instead (``pages.forms.same_origin_only``)."""
    route = Page.route_for_request(request, path)
    view = route.args[0] if route is not None and route.args else None
    if not getattr(view, "csrf_exempt", False):
        refused = CsrfViewMiddleware(lambda request: None).process_view(
            request, wagtail_views.serve, (path,), {}
        )
        if refused is not None:
            return refused
    return wagtail_views.serve(request, path)
