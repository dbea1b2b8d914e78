"""Filling memory: the page cache keys only on what a page uses. Random query parameters or
cookies make no new entry, a request that may show a flash message is neither served from
the cache nor stored in it, and what is kept by a visitor's words lives no longer than a
cached page."""

import re
import secrets
import time
from urllib.parse import urlencode

import pytest
from django.conf import settings
from django.core.cache import caches
from django.http import HttpResponse
from django.test import Client

from events.views import EventFilters
from members.directory import DirectoryFilters
from news.listing import NewsFilters
from pages.caching import QUERY_PARAMETERS
from practices.library import PracticeFilters
from projects.filters import ProjectFilters
from publications.library import LibraryFilters
from themes.factories import ThemeFactory

REQUESTS = 50
LONG_VALUE = "y" * 1000
CACHED = "The page as the page cache keeps it"


def entries() -> set[str]:
    """The keys in the page cache (the tests' in-memory cache)."""
    return set(caches["pages"]._cache)


def mark_cached_pages() -> None:
    """Replaces each page the page cache keeps by ``CACHED``, to tell its answers."""
    cache = caches["pages"]
    for key in entries():
        if ".cache_page." in key:
            cache.set(key.split(":", 2)[2], HttpResponse(CACHED), 300)  # ":<version>:<key>"


def path_of(page, language="en") -> str:
    return page.url_in(language).removeprefix("http://localhost")


def random_word() -> str:
    return "x" + secrets.token_hex(6)


def test_random_parameter_names_make_no_new_entry(client, site_tree, page_cache):
    home = path_of(site_tree.home)
    assert client.get(home).status_code == 200
    first = entries()

    for _ in range(REQUESTS):
        query = urlencode({random_word(): random_word(), "utm_source": random_word()})
        assert client.get(f"{home}?{query}").status_code == 200

    assert entries() == first


def test_over_long_values_make_no_new_entry(client, site_tree, page_cache):
    home = path_of(site_tree.home)
    client.get(home)
    first = entries()

    for name in ("q", "page", "theme"):
        assert client.get(home, {name: LONG_VALUE}).status_code == 200

    assert entries() == first


def test_random_cookies_neither_split_the_cache_nor_miss_it(client, site_tree, page_cache):
    home = path_of(site_tree.home)
    client.get(home)
    first = entries()
    mark_cached_pages()

    for _ in range(REQUESTS):
        visitor = Client()
        visitor.cookies[random_word()] = random_word()
        assert visitor.get(home).content.decode() == CACHED

    assert entries() == first


def test_a_filter_a_page_reads_is_cached_and_served_from_the_cache(
    client, site_tree, page_cache, django_assert_max_num_queries
):
    theme = ThemeFactory(slug="nightlife")
    filtered = path_of(site_tree.library) + f"?theme={theme.slug}"
    before = entries()
    assert client.get(filtered).status_code == 200
    assert entries() > before

    with django_assert_max_num_queries(0):
        cached = client.get(filtered)
    assert cached.status_code == 200


@pytest.mark.parametrize("cookie", ["messages", "sessionid"])
def test_a_request_that_may_show_a_flash_message_bypasses_the_cache(
    client, site_tree, page_cache, cookie
):
    home = path_of(site_tree.home)
    client.get(home)
    first = entries()
    mark_cached_pages()

    visitor = Client()
    visitor.cookies[cookie] = random_word()
    answer = visitor.get(home)
    assert answer.status_code == 200
    assert CACHED not in answer.content.decode()
    assert entries() == first
    assert client.get(home).content.decode() == CACHED


def test_what_a_search_keeps_in_the_cache_lives_no_longer_than_a_page(
    client, site_tree, page_cache
):
    """Fragments keyed on a visitor's words (search counts and promoted results, the library's
    and the directory's filters and counts) expire with the pages that show them."""
    searches = [
        "/en/search/",
        path_of(site_tree.library),
        path_of(site_tree.members),
    ]
    for path in searches:
        client.get(path, {"q": "warm"})  # the fragments every search shares
    before = entries()

    for path in searches:
        assert client.get(path, {"q": random_word(), "city": random_word()}).status_code == 200

    added = entries() - before
    assert added
    latest_expiry = time.time() + page_cache
    expiries = caches["pages"]._expire_info
    assert {key for key in added if expiries[key] > latest_expiry} == set()


# Every query parameter a view reads is one the page cache keys on.

APPS = ["events", "members", "news", "pages", "practices", "projects", "publications", "search"]
READ = re.compile(r"""request\.GET(?:\.get|\.getlist|)[\[(]\s*["'](\w+)["']""")
# The calls that hand the whole query string to a filter form, and the form.
FILTER_FORMS = {
    "directory_filters(request.GET)": DirectoryFilters,
    "EventFilters(request.GET,": EventFilters,
    "library_filters(request.GET)": LibraryFilters,
    "news_filters(page, request.GET)": NewsFilters,
    "practice_filters(request.GET, reads)": PracticeFilters,
    "project_filters(request.GET)": ProjectFilters,
}
# Not a page's reading: an admin view (staff are signed in: the page cache never answers
# them), the page cache's own check and the language switcher, which carries only the
# parameters listed in QUERY_PARAMETERS.
NOT_READ_BY_PAGES = {"publications/report.py", "pages/caching.py", "pages/i18n.py"}


def uses_of_the_query_string():
    """``(file, line)`` for each line of the apps' code that reads ``request.GET``."""
    for app in APPS:
        for path in sorted((settings.BASE_DIR / app).rglob("*.py")):
            name = str(path.relative_to(settings.BASE_DIR))
            if name in NOT_READ_BY_PAGES or "/migrations/" in name:
                continue
            for line in path.read_text().splitlines():
                if "request.GET" in line:
                    yield name, line.strip()


def test_every_query_parameter_a_view_reads_is_one_the_page_cache_keys_on():
    read, unknown_uses = set(), []
    for name, line in uses_of_the_query_string():
        names = READ.findall(line)
        forms = [form for call, form in FILTER_FORMS.items() if call in line]
        if not names and not forms:
            unknown_uses.append(f"{name}: {line}")
        read.update(names)
        read.update(field for form in forms for field in form.base_fields)

    assert not unknown_uses, "read request.GET as a name or a form listed here"
    assert read - QUERY_PARAMETERS == set()
