"""Whole-page cache for anonymous visitors, emptied whenever published content changes.

Django's cache middleware does the caching; these subclasses keep signed-in people (staff,
members) out of it, so that a cached page never holds anything but public content, and keep
the site answering (uncached) when the cache server is unreachable.
"""

import logging

from django.core.cache import caches
from django.middleware.cache import FetchFromCacheMiddleware, UpdateCacheMiddleware
from redis.exceptions import RedisError

logger = logging.getLogger(__name__)


def is_anonymous(request) -> bool:
    user = getattr(request, "user", None)
    return user is None or not user.is_authenticated


class PageCacheUpdateMiddleware(UpdateCacheMiddleware):
    def process_response(self, request, response):
        try:
            return super().process_response(request, response)
        except RedisError:
            logger.warning("Page cache unreachable: %s served uncached", request.path)
            return response


class AnonymousFetchFromCacheMiddleware(FetchFromCacheMiddleware):
    def process_request(self, request):
        if not is_anonymous(request):
            request._cache_update_cache = False
            return None
        try:
            return super().process_request(request)
        except RedisError:
            request._cache_update_cache = False
            return None


def empty_page_cache(**kwargs) -> None:
    """Published content changed: every cached page may show it (menus, footers, lists)."""
    try:
        caches["pages"].clear()
    except RedisError:
        logger.error("Page cache unreachable: it could not be emptied after a change")
