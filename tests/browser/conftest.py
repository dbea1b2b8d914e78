"""Browser tests: Playwright driving Debian's Chromium against a live server of the project.

The tests that drive a browser (those using the ``browser`` fixture, directly or through
``page``) are skipped, with a message saying so, where /usr/bin/chromium is not installed; the
others here (HTML validity) only need Java. A failing test leaves a screenshot of its page in
test-results/.
"""

import os
import re
from pathlib import Path
from urllib.parse import urlsplit

import pytest
from django.core.cache import caches
from django.db import connections
from pytest_django.live_server_helper import LiveServer
from wagtail.models import Site

from tests.conftest import DEMO
from tests.snapshots import restore_migrated_data

CHROMIUM = Path("/usr/bin/chromium")
CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--disable-gpu",
]
RESULTS_DIR = Path(__file__).resolve().parents[2] / "test-results"
ASYNC_UNSAFE = "DJANGO_ALLOW_ASYNC_UNSAFE"


def pytest_collection_modifyitems(config, items):
    if CHROMIUM.exists():
        return
    skip = pytest.mark.skip(
        reason=f"browser tests skipped: Chromium is not installed at {CHROMIUM}"
    )
    for item in items:
        if "browser" in getattr(item, "fixturenames", ()):
            item.add_marker(skip)


@pytest.fixture(scope="module")
def browser():
    """Chromium, for one test module: while it runs, Playwright's event loop is marked as
    running in this thread, which changes how Django behaves there (see below), so it does
    not outlive the browser tests."""
    from playwright.sync_api import sync_playwright

    # The ORM calls made by the tests themselves (creating data) are plain synchronous code,
    # which Django would refuse to run beside a running event loop. Only while the browser
    # runs: subprocesses of other tests (manage.py check --deploy) must not inherit it.
    previous = os.environ.get(ASYNC_UNSAFE)
    os.environ[ASYNC_UNSAFE] = "true"
    # With the event loop marked as running, Django's connection handler (an asgiref Local)
    # keeps connections per async context instead of per thread: the tests would get new
    # connection objects, without the test database's transaction nor its serialized copy.
    # Keep the thread's connections.
    saved = {alias: connections[alias] for alias in connections}
    try:
        with sync_playwright() as playwright:
            for alias, connection in saved.items():
                connections[alias] = connection
            chromium = playwright.chromium.launch(
                executable_path=str(CHROMIUM), headless=True, args=CHROMIUM_ARGS
            )
            yield chromium
            chromium.close()
    finally:
        if previous is None:
            os.environ.pop(ASYNC_UNSAFE, None)
        else:
            os.environ[ASYNC_UNSAFE] = previous


@pytest.fixture
def page(browser, request):
    """A browser tab; ``@pytest.mark.browser_locale("fr-FR")`` sets the visitor's language."""
    marker = request.node.get_closest_marker("browser_locale")
    locale = marker.args[0] if marker else "en-GB"
    context = browser.new_context(viewport={"width": 1280, "height": 900}, locale=locale)
    browser_page = context.new_page()
    yield browser_page
    report = getattr(request.node, "report_call", None)
    if report is not None and report.failed:
        RESULTS_DIR.mkdir(exist_ok=True)
        name = re.sub(r"[^\w.-]+", "_", request.node.nodeid)
        browser_page.screenshot(path=str(RESULTS_DIR / f"{name}.png"), full_page=True)
    context.close()


@pytest.hookimpl(wrapper=True)
def pytest_runtest_makereport(item, call):
    report = yield
    if report.when == "call":
        item.report_call = report
    return report


@pytest.fixture
def demo_site(
    migrated_data_restored, transactional_db, django_db_serialized_rollback, demo_copy, live_server
):
    """The demo content, served by a live server, for a test that changes it: returns the
    server's base URL.

    A live server needs a transactional database, emptied after each test; the serialized
    rollback keeps a copy of what the migrations created (Wagtail's root page and
    collection), which is put back after the test."""
    serve_demo_at(live_server.url)
    return live_server.url


@pytest.fixture(scope="session")
def shared_demo_server(django_db_setup, django_db_blocker, demo_copy):
    """The demo content loaded once, served by a live server of its own, for the tests that
    only read it (``shared_demo_site``).

    Those tests use no database fixture, so they run after every test that does (pytest-django
    orders them so): the demo is committed then, on a database put back to what the
    migrations created, and that state is put back again at the end."""
    with django_db_blocker.unblock():
        restore_migrated_data()  # the demo's copy holds only the tables load_demo fills
        server = LiveServer("localhost")
        server._live_server_modified_settings.enable()
        serve_demo_at(server.url)
    yield server.url
    server.stop()
    server._live_server_modified_settings.disable()
    with django_db_blocker.unblock():
        restore_migrated_data()


@pytest.fixture
def shared_demo_site(shared_demo_server, django_db_blocker):
    """The base URL of the demo loaded once for the tests that do not change it; the test
    reads the same committed data as the server. A test that changes content, signs in or
    creates anything uses ``demo_site``."""
    for cache in caches.all():
        cache.clear()
    with django_db_blocker.unblock():
        yield shared_demo_server


def serve_demo_at(url: str) -> None:
    DEMO.restore()
    # The default site's address is the one that canonical, hreflang and language switcher
    # links carry (see the README): here, the live server's.
    address = urlsplit(url)
    Site.objects.filter(is_default_site=True).update(hostname=address.hostname, port=address.port)
    # The caches outlive each test's database: start every test with empty ones.
    for cache in caches.all():
        cache.clear()
