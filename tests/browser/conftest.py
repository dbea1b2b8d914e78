"""Browser tests: Playwright driving Debian's Chromium against a live server of the project.

They are skipped, with a message saying so, where /usr/bin/chromium is not installed.
A failing test leaves a screenshot of its page in test-results/.
"""

import os
import re
from pathlib import Path

import pytest
from django.core.management import call_command

CHROMIUM = Path("/usr/bin/chromium")
CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--disable-gpu",
]
RESULTS_DIR = Path(__file__).resolve().parents[2] / "test-results"

# Playwright's sync API runs an event loop in this thread; the ORM calls made by the tests
# themselves (creating data) are still plain synchronous code.
os.environ.setdefault("DJANGO_ALLOW_ASYNC_UNSAFE", "true")


def pytest_collection_modifyitems(config, items):
    if CHROMIUM.exists():
        return
    skip = pytest.mark.skip(
        reason=f"browser tests skipped: Chromium is not installed at {CHROMIUM}"
    )
    for item in items:
        if "tests/browser" in str(item.fspath):
            item.add_marker(skip)


@pytest.fixture(scope="session")
def browser():
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        chromium = playwright.chromium.launch(
            executable_path=str(CHROMIUM), headless=True, args=CHROMIUM_ARGS
        )
        yield chromium
        chromium.close()


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
def demo_site(transactional_db, live_server):
    """The demo content, served by a live server: returns the server's base URL."""
    call_command("load_demo")
    return live_server.url
