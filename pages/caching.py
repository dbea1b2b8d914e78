"""Whole-page cache for anonymous visitors, emptied whenever published content changes.

Everything the page cache holds belongs to a generation: emptying it starts a new one, at
once and again once the transaction that changed the content has committed, and a request
reads and writes only the generation that was current when it began. A request that read
the old rows while a publish was committing keeps what it drew in a generation nobody reads
any more, so a publish is visible as soon as it has committed. Keys carry the release too
(``efus_site.release``): a deploy never serves what the previous code drew.

Django's cache middleware does the caching; ``AnonymousFetchFromCacheMiddleware`` keeps
signed-in people (staff, members) out of it, so a cached page never holds anything but
public content. A page is kept once per address and query string made of the parameters the
site's pages read (``QUERY_PARAMETERS``), whatever other cookies the visitor sends: nobody can
fill the cache with made-up addresses or cookies. The shared cache lives in Redis;
``ResilientRedisCache`` lets the site keep answering, uncached, while Redis is unreachable.
"""

import contextlib
import functools
import hashlib
import logging
import threading

from django.conf import settings
from django.contrib.messages.storage.cookie import CookieStorage
from django.core.cache import caches
from django.core.cache.backends.locmem import LocMemCache
from django.core.cache.backends.redis import RedisCache
from django.core.signals import request_finished, request_started
from django.db import transaction
from django.middleware.cache import FetchFromCacheMiddleware, UpdateCacheMiddleware
from django.utils import translation
from django.utils.cache import patch_cache_control
from django.utils.safestring import SafeString, mark_safe
from redis.exceptions import RedisError

logger = logging.getLogger(__name__)


# The query parameters the site's pages read: their filters, the search and the page number
# (tests/security/test_page_cache_bounds.py fails when a view reads one that is missing).
# A request with any other parameter (fbclid, utm_source…) or with a longer value is
# answered without the page cache: neither read from it nor stored in it.
QUERY_PARAMETERS = frozenset(
    {
        "access",
        "city",
        "committee",
        "country",
        "evidence",
        "forum",
        "kind",
        "language",
        "letter",
        "page",
        "population",
        "programme",
        "q",
        "sent",
        "sort",
        "status",
        "theme",
        "year",
    }
)
MAX_CACHED_VALUE_LENGTH = 200
# How long a fragment of published content is kept: a new generation empties it sooner.
FRAGMENT_SECONDS = 24 * 3600
# Kept by a visitor's query while whole pages are not cached (PAGE_CACHE_SECONDS = 0).
QUERY_KEYED_SECONDS_UNCACHED = 300


def is_anonymous(request) -> bool:
    user = getattr(request, "user", None)
    return user is None or not user.is_authenticated


def page_changing_cookies() -> tuple[str, ...]:
    """The cookies with which a page may differ from the cached one: a session's, whose
    flash messages the page may show, and the flash messages' own."""
    return (settings.SESSION_COOKIE_NAME, CookieStorage.cookie_name)


def may_use_page_cache(request) -> bool:
    """Whether the page cache may answer ``request`` and keep its page: not with a cookie
    that may change the page, nor with a query parameter no page reads or an over-long
    value."""
    if any(name in request.COOKIES for name in page_changing_cookies()):
        return False
    return all(
        name in QUERY_PARAMETERS and all(len(value) <= MAX_CACHED_VALUE_LENGTH for value in values)
        for name, values in request.GET.lists()
    )


@contextlib.contextmanager
def cookies_left_out_of_the_key(request):
    """Inside the block, Django's cache middleware keys the page as if the request carried
    no cookie: ``Vary: Cookie`` (the session middleware's) would otherwise keep a page once
    per cookie a visitor makes up. Only requests without a page-changing cookie get here."""
    cookie = request.META.pop("HTTP_COOKIE", None)
    try:
        yield
    finally:
        if cookie is not None:
            request.META["HTTP_COOKIE"] = cookie


class PageCacheUpdateMiddleware(UpdateCacheMiddleware):
    """Django's, keeping what ``AnonymousFetchFromCacheMiddleware`` let through under a key
    that leaves cookies out, and never a response that sets a cookie. Browsers are told to
    ask again for every page (``revalidated_by_browsers``): the page cache answers at once,
    and a publish is visible to a returning visitor too."""

    def process_response(self, request, response):
        if not response.cookies:
            with cookies_left_out_of_the_key(request):
                response = super().process_response(request, response)
        return revalidated_by_browsers(response)


def revalidated_by_browsers(response):
    """A public page (HTML) that the page cache keeps for a while: browsers and other caches
    may store it but must ask again before showing it (``max-age=0, must-revalidate``), as
    the server's copy is emptied the moment staff publish. Kept as it was in the page cache,
    and changed only on its way out."""
    cache_control = response.get("Cache-Control", "")
    is_page = response.get("Content-Type", "").startswith("text/html")
    if is_page and "max-age" in cache_control and "private" not in cache_control:
        del response["Expires"]
        patch_cache_control(response, max_age=0, must_revalidate=True)
    return response


class AnonymousFetchFromCacheMiddleware(FetchFromCacheMiddleware):
    """Serves anonymous visitors from the page cache; a signed-in person's pages, and those
    of requests ``may_use_page_cache`` refuses, are neither read from it nor stored in it.
    A signed-in person's pages are marked private for every other cache."""

    def process_request(self, request):
        if may_use_page_cache(request) and is_anonymous(request):
            with cookies_left_out_of_the_key(request):
                return super().process_request(request)
        request._cache_update_cache = False
        return None

    def process_response(self, request, response):
        if not is_anonymous(request):
            patch_cache_control(response, private=True)
        return response


def query_keyed_seconds() -> int:
    """How long the page cache keeps what is keyed on a visitor's query (a search's counts,
    a filtered list's form and counts): no longer than a cached page, so that made-up queries
    leave the cache as soon as the pages showing them."""
    return settings.CACHE_MIDDLEWARE_SECONDS or QUERY_KEYED_SECONDS_UNCACHED


def failing_open(method, fallback=None):
    @functools.wraps(method)
    def call(self, *args, **kwargs):
        try:
            return method(self, *args, **kwargs)
        except RedisError as error:
            logger.warning("Cache unreachable (%s): %s", method.__name__, error)
            if method.__name__ == "get":  # get(key, default=None, version=None)
                return args[1] if len(args) > 1 else kwargs.get("default", fallback)
            return fallback

    return call


# What a request read from the page cache: the generation current when it began, and the
# values ``kept()`` gave it (a request reads the site's pages once, not once per menu link).
_request = threading.local()


class GenerationalCache:
    """A cache (mixed into Django's Redis or memory backend) whose keys carry the release
    and the generation; ``start_new_generation`` empties it for every process at once."""

    GENERATION_KEY = "generation"

    def make_key(self, key, version=None):
        if key == self.GENERATION_KEY:
            return super().make_key(key, version="counter")
        return super().make_key(key, version=f"{settings.RELEASE}.{self.generation()}")

    def generation(self) -> int:
        """The current generation, read once per request (the one current when it began),
        and every time outside a request."""
        if getattr(_request, "active", False):
            if _request.generation is None:
                _request.generation = self.get(self.GENERATION_KEY, 0)
            return _request.generation
        return self.get(self.GENERATION_KEY, 0)

    def start_new_generation(self) -> None:
        self.add(self.GENERATION_KEY, 0, timeout=None)
        try:
            self.incr(self.GENERATION_KEY)
        except ValueError:  # evicted in between
            self.set(self.GENERATION_KEY, 1, timeout=None)


def begin_request(**kwargs) -> None:
    _request.active, _request.generation, _request.kept = True, None, {}


def end_request(**kwargs) -> None:
    _request.active, _request.generation, _request.kept = False, None, {}


def kept_in_this_request() -> dict:
    """The values ``kept()`` gave the current request by key (an empty dict outside one)."""
    return _request.kept if getattr(_request, "active", False) else {}


def connect_request_signals() -> None:
    request_started.connect(begin_request, dispatch_uid="page_cache_begin_request")
    request_finished.connect(end_request, dispatch_uid="page_cache_end_request")


class PageCache(GenerationalCache, LocMemCache):
    """The page cache of one process (development, tests)."""


class PrefixClearingRedisCache(RedisCache):
    """Django's Redis cache, whose ``clear()`` deletes only the keys under its own
    ``KEY_PREFIX`` instead of the whole Redis database, so that caches sharing the database
    (the join form's rate limits) keep their keys when the page cache is emptied."""

    CLEAR_BATCH = 500

    def clear(self):
        if not self.key_prefix:
            return super().clear()
        client = self._cache.get_client(write=True)
        batch = []
        for key in client.scan_iter(match=f"{self.key_prefix}:*", count=self.CLEAR_BATCH):
            batch.append(key)
            if len(batch) == self.CLEAR_BATCH:
                client.delete(*batch)
                batch = []
        if batch:
            client.delete(*batch)
        return True


class ResilientRedisCache(PrefixClearingRedisCache):
    """The Redis cache, where an unreachable server reads as a miss and writes are lost."""

    get = failing_open(RedisCache.get)
    get_many = failing_open(RedisCache.get_many, fallback={})
    set = failing_open(RedisCache.set)
    add = failing_open(RedisCache.add, fallback=False)
    incr = failing_open(RedisCache.incr, fallback=0)
    set_many = failing_open(RedisCache.set_many, fallback=[])
    delete = failing_open(RedisCache.delete, fallback=False)
    delete_many = failing_open(RedisCache.delete_many)
    has_key = failing_open(RedisCache.has_key, fallback=False)
    touch = failing_open(RedisCache.touch, fallback=False)
    clear = failing_open(PrefixClearingRedisCache.clear)


class SharedPageCache(GenerationalCache, ResilientRedisCache):
    """The page cache shared by every instance, in Redis."""


_batch = threading.local()


def empty_page_cache(**kwargs) -> None:
    """Published content changed: every cached page may show it (menus, footers, lists).
    A new generation starts at once, and again once the transaction commits (at once
    outside one): what a request drew from the old rows meanwhile is never read."""
    if not getattr(_batch, "active", False):
        start_new_generation()
        transaction.on_commit(start_new_generation)


def start_new_generation() -> None:
    caches["pages"].start_new_generation()


@contextlib.contextmanager
def page_cache_emptied_once():
    """Changes made inside the block (an import saving hundreds of rows, a bulk loader
    writing thousands without signals) empty the page cache once, at the end and when the
    transaction commits, instead of once per saved row."""
    outer = getattr(_batch, "active", False)
    _batch.active = True
    try:
        yield
    finally:
        _batch.active = outer
    if not outer:
        empty_page_cache()


def fragment_key(name: str, *parts, per_query: bool = False, by_language: bool = True) -> str:
    """The page cache's key of the fragment ``name`` in the active language (unless it is the
    same in every language: a page object, a site), for ``parts`` (what it shows: an
    object's primary key, a tree path). A visitor's query is hashed."""
    shown = ":".join(str(part) for part in parts)
    if per_query:
        shown = hashlib.sha256(shown.encode()).hexdigest()
    language = translation.get_language() if by_language else "*"
    return f"{name}:{language}:{shown}"


def fragment_seconds(per_query: bool = False) -> int:
    """How long a fragment is kept. Published content changes only with a new generation,
    so a day merely bounds the memory; what is keyed on a visitor's query lives no longer
    than a cached page, so that made-up queries leave with the pages showing them."""
    return query_keyed_seconds() if per_query else FRAGMENT_SECONDS


def kept(name: str, *parts, draw, per_query=False, by_language=True, right_for=None):
    """What ``draw()`` gives, kept in the page cache as the fragment ``name`` of ``parts``
    (``fragment_key``) for ``fragment_seconds``, or for less when ``right_for(value)`` says
    for how many seconds the value stays right (a list of events still coming).

    The one way to keep anything in the page cache: HTML (the ``{% fragment %}`` tag), a
    list's counts, a page object. Whatever it shows must be of a model the page cache
    registry lists (``pages.cache_registry``), so that a change to it starts a new
    generation."""
    cache = caches["pages"]
    key = fragment_key(name, *parts, per_query=per_query, by_language=by_language)
    this_request = kept_in_this_request()
    value = this_request.get(key)
    if value is None:
        value = cache.get(key)
    if value is None:
        value = draw()
        seconds = fragment_seconds(per_query)
        if right_for is not None:
            seconds = max(1, min(seconds, right_for(value)))
        cache.set(key, value, seconds)
    this_request[key] = value
    return value


def kept_each(name: str, items, draw_missing, *parts) -> list[SafeString]:
    """The HTML of each of ``items`` (objects with a primary key, in the order shown) as the
    fragment ``name`` of ``parts`` and the item's key, read from the page cache at once; the
    items not found there are drawn together by ``draw_missing(items)``, which gives their
    HTML by primary key. Lists use it for their cards: a page of a list draws only what
    changed."""
    cache = caches["pages"]
    keys = {item.pk: fragment_key(name, *parts, item.pk) for item in items}
    found = cache.get_many(list(keys.values()))
    missing = [item for item in items if keys[item.pk] not in found]
    drawn = {keys[pk]: html for pk, html in draw_missing(missing).items()} if missing else {}
    cache.set_many(drawn, fragment_seconds())
    found |= drawn
    return [mark_safe(found[key]) for key in keys.values()]  # noqa: S308 - drawn by templates
