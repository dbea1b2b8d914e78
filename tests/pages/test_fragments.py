"""``{% fragment %}`` and ``pages.caching.kept``: the one way to keep a piece of a page, by
name, language and what it shows, until published content changes."""

import time

import pytest
from django.core.cache import caches
from django.core.signals import request_finished, request_started
from django.template import engines
from django.test import RequestFactory
from django.utils import translation

from pages.caching import FRAGMENT_SECONDS, empty_page_cache, fragment_key, kept

pytestmark = pytest.mark.django_db

TEMPLATE = '{% load site_tags %}{% fragment "greeting" pk %}{{ word }}{% endfragment %}'


def render(word: str, pk: int = 1, request=None) -> str:
    context = {"word": word, "pk": pk, "request": request or RequestFactory().get("/")}
    return engines["django"].from_string(TEMPLATE).render(context)


def test_a_fragment_is_drawn_once_per_language_and_object():
    assert render("Hello") == "Hello"
    assert render("Hi") == "Hello"
    assert render("Hi", pk=2) == "Hi"
    with translation.override("fr"):
        assert render("Bonjour") == "Bonjour"
        assert render("Salut") == "Bonjour"


def test_a_new_generation_draws_it_again():
    render("Hello")
    empty_page_cache()
    assert render("Hi") == "Hi"


def test_a_preview_is_drawn_every_time_and_never_kept():
    preview = RequestFactory().get("/")
    preview.is_preview = True
    assert render("Draft title", request=preview) == "Draft title"
    assert render("Published title") == "Published title"


def expiry_of(key: str) -> float:
    cache = caches["pages"]
    return cache._expire_info[cache.make_key(key)] - time.time()


def test_published_content_is_kept_a_day_and_a_visitor_s_query_no_longer_than_a_page(settings):
    settings.CACHE_MIDDLEWARE_SECONDS = 300
    kept("counts", "published", draw=lambda: 1)
    kept("counts", "<script>", draw=lambda: 2, per_query=True)
    assert FRAGMENT_SECONDS - 5 < expiry_of(fragment_key("counts", "published")) <= FRAGMENT_SECONDS
    query_key = fragment_key("counts", "<script>", per_query=True)
    assert "<script>" not in query_key
    assert 295 < expiry_of(query_key) <= 300


def test_what_stays_right_for_less_is_kept_for_less():
    kept("events", draw=lambda: "Tomorrow's", right_for=lambda value: 60)
    assert 55 < expiry_of(fragment_key("events")) <= 60


def test_a_request_reads_a_kept_value_from_the_cache_once(monkeypatch):
    cache = caches["pages"]
    kept("site-pages", draw=lambda: {"menu": "kept"})
    reads = []
    read = cache.get
    monkeypatch.setattr(
        cache, "get", lambda key, *args, **kwargs: reads.append(key) or read(key, *args, **kwargs)
    )

    request_started.send(sender=None)
    try:
        values = [kept("site-pages", draw=lambda: {"menu": "drawn"}) for _tag in range(20)]
    finally:
        request_finished.send(sender=None)
    after_the_request = kept("site-pages", draw=lambda: {"menu": "drawn"})

    assert values == [{"menu": "kept"}] * 20 and after_the_request == {"menu": "kept"}
    assert len([key for key in reads if "site-pages" in key]) == 2
