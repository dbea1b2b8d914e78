"""Whole-page cache for anonymous visitors, emptied whenever published content changes.

Django's cache middleware does the caching; these subclasses keep signed-in people (staff,
members) out of it, so that a cached page never holds anything but public content.
"""

from django.core.cache import cache
from django.middleware.cache import FetchFromCacheMiddleware


def is_anonymous(request) -> bool:
    user = getattr(request, "user", None)
    return user is None or not user.is_authenticated


class AnonymousFetchFromCacheMiddleware(FetchFromCacheMiddleware):
    def process_request(self, request):
        if is_anonymous(request):
            return super().process_request(request)
        request._cache_update_cache = False
        return None


def empty_page_cache(**kwargs) -> None:
    """Published content changed: every cached page may show it (menus, footers, lists)."""
    cache.clear()
