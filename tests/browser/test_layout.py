"""Every page type, in six languages, as a phone, a tablet and a laptop show it: nothing wider
than the window, no text out of its box, every link and control big enough to tap (or far
enough from the others), and from 1024 px the header's two rows, the main menu in one."""

import re

from django.conf import settings
from playwright.sync_api import expect

from tests.browser.demo import FOUND_EVERYWHERE, demo_paths, not_found_path
from tests.browser.layout import LAYOUT_PROBLEMS, MIN_TARGET, OPEN_MENU_PROBLEMS

LANGUAGE_CODES = [code for code, _name in settings.LANGUAGES]
# The phone's width last: there the menu is opened, and measured too.
WIDTHS = [320, 768, 1024, 1280, 375]
# From this width the main menu is a bar under the header's row.
WIDE = 1024
HEIGHT = 800
# The header of a phone: the logo, the search box and the menu button, in one row.
MAX_PHONE_HEADER_HEIGHT = 100
PHONE = 375


def test_every_page_fits_every_width_in_six_languages(browser, shared_demo_site):
    # One tab: each page is loaded once and measured at every width.
    context = browser.new_context(viewport={"width": WIDTHS[0], "height": HEIGHT})
    problems = []
    try:
        tab = context.new_page()
        for language in LANGUAGE_CODES:
            paths = {**demo_paths(language), "404": not_found_path(language)}
            for name, path in paths.items():
                tab.set_viewport_size({"width": WIDTHS[0], "height": HEIGHT})
                tab.goto(shared_demo_site + path)
                for width in WIDTHS:
                    where = f"{name} ({path}) in {language} at {width}px"
                    problems += [f"{where}: {found}" for found in measure(tab, width)]
            # The page of results that was measured does show results.
            tab.goto(shared_demo_site + paths["search"])
            expect(tab.locator("main mark").first, paths["search"]).to_contain_text(
                re.compile(FOUND_EVERYWHERE, re.IGNORECASE)
            )
    finally:
        context.close()
    assert not problems, f"{len(problems)} problems:\n" + "\n".join(problems)


def measure(tab, width: int) -> list[str]:
    tab.set_viewport_size({"width": width, "height": HEIGHT})
    found = tab.evaluate(LAYOUT_PROBLEMS, {"minTarget": MIN_TARGET, "wide": width >= WIDE})
    problems = [f"{item['element']} “{item['text']}”: {item['problem']}" for item in found]
    if width == PHONE:
        header = tab.locator("header.site-header")
        height = header.bounding_box()["height"]
        if height > MAX_PHONE_HEADER_HEIGHT:
            problems.append(f"the header is {height}px tall")
        if header.locator("details.site-nav").evaluate("menu => menu.open"):
            problems.append("the menu is open")
        header.locator("summary.site-nav__toggle").click()
        found = tab.evaluate(OPEN_MENU_PROBLEMS, MIN_TARGET)
        problems += [f"with the menu open: {problem}" for problem in found]
    return problems
