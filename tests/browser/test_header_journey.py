"""The header on a phone: the logo, the search box and a menu button that opens without
JavaScript; a German visitor searches from it and opens a result."""

import re

import pytest
from django.conf import settings
from django.utils.translation import get_language_info
from playwright.sync_api import expect

from tests.browser.demo import FOUND_EVERYWHERE, demo_pages, demo_paths, not_found_path, path_in
from tests.browser.test_journeys import MIN_TARGET, PHONE_PROBLEMS

LANGUAGE_CODES = [code for code, _name in settings.LANGUAGES]
PHONE = {"width": 375, "height": 800}
MAX_HEADER_HEIGHT = 100
# A German word of the demo's German pages (the home page's title among them).
GERMAN_WORD = "Sicherheit"

# The header's height, the page's horizontal overflow and the header's controls that are
# hidden or smaller than a fingertip target, with the menu closed.
CLOSED_HEADER = """(minTarget) => {
    const header = document.querySelector("header.site-header");
    const problems = [];
    const overflow = document.documentElement.scrollWidth - window.innerWidth;
    if (overflow > 0) problems.push(`${overflow}px of horizontal scroll`);
    if (header.querySelector("details").open) problems.push("the menu is open");
    const controls = [".site-header__logo", ".site-search input", ".site-search button", "summary"];
    for (const selector of controls) {
        const box = header.querySelector(selector).getBoundingClientRect();
        if (box.width < minTarget || box.height < minTarget || box.right > window.innerWidth) {
            problems.push(`${selector}: ${box.width}×${box.height} at ${box.x},${box.y}`);
        }
    }
    return {height: header.getBoundingClientRect().height, problems};
}"""


def phone_context(browser, **options):
    return browser.new_context(viewport=PHONE, is_mobile=True, has_touch=True, **options)


def section_titles(language: str) -> list[str]:
    home = demo_pages()["home"]
    return [getattr(page.specific, f"title_{language}") or page.title_en for page in menu_of(home)]


def menu_of(home) -> list:
    return list(home.get_children().live().in_menu())


def disclosure_state(page) -> dict:
    """The menu button as the browser exposes it to assistive technology: Chromium maps a
    <summary> to its DisclosureTriangle role, announced as a button that is expanded or not."""
    cdp = page.context.new_cdp_session(page)
    document = cdp.send("DOM.getDocument")
    summary = cdp.send(
        "DOM.querySelector", {"nodeId": document["root"]["nodeId"], "selector": "summary"}
    )
    tree = cdp.send(
        "Accessibility.getPartialAXTree", {"nodeId": summary["nodeId"], "fetchRelatives": False}
    )
    node = tree["nodes"][0]
    properties = {item["name"]: item["value"]["value"] for item in node.get("properties", [])}
    return {
        "role": node["role"]["value"],
        "name": node["name"]["value"],
        "expanded": properties.get("expanded"),
    }


def test_every_header_fits_a_phone_in_six_languages(browser, shared_demo_site):
    phone = phone_context(browser)
    problems = []
    try:
        tab = phone.new_page()
        for language in LANGUAGE_CODES:
            paths = {**demo_paths(language), "404": not_found_path(language)}
            for path in paths.values():
                tab.goto(shared_demo_site + path)
                measured = tab.evaluate(CLOSED_HEADER, MIN_TARGET)
                problems += [f"{path}: {problem}" for problem in measured["problems"]]
                if measured["height"] > MAX_HEADER_HEIGHT:
                    problems.append(f"{path}: the header is {measured['height']}px tall")
            # The search gates' page with results does show results.
            tab.goto(shared_demo_site + paths["search"])
            expect(tab.locator("main mark").first, paths["search"]).to_contain_text(
                re.compile(FOUND_EVERYWHERE, re.IGNORECASE)
            )
    finally:
        phone.close()
    assert not problems, "\n".join(problems)


@pytest.mark.parametrize("language", ["en", "fr"])
def test_the_menu_opens_without_javascript_and_holds_every_section_and_language(
    browser, shared_demo_site, language
):
    phone = phone_context(browser, java_script_enabled=False)
    try:
        tab = phone.new_page()
        tab.goto(shared_demo_site + path_in(demo_pages()["about"], language))
        main_menu = tab.locator("nav.main-menu")
        languages = tab.locator("nav.language-switcher")
        expect(main_menu).to_be_hidden()
        expect(languages).to_be_hidden()

        tab.locator("summary").tap()

        expect(main_menu).to_be_visible()
        for title in section_titles(language):
            expect(main_menu.get_by_role("link", name=title, exact=True)).to_be_visible()
        expect(main_menu.locator("a[aria-current='page']")).to_have_count(1)
        expect(languages.get_by_role("link")).to_have_count(len(LANGUAGE_CODES))
        for code in LANGUAGE_CODES:
            expect(languages.locator(f'a[hreflang="{code}"]')).to_be_visible()
        expect(languages.locator(f'a[hreflang="{language}"]')).to_have_attribute(
            "aria-current", "true"
        )
        assert tab.evaluate(PHONE_PROBLEMS, MIN_TARGET) == []

        tab.locator("summary").press("Enter")
        expect(main_menu).to_be_hidden()
        tab.locator("summary").press("Enter")
        expect(main_menu).to_be_visible()
    finally:
        phone.close()


def test_keyboard_reaches_the_menu_button_after_the_search_and_the_links_follow(
    browser, shared_demo_site
):
    phone = phone_context(browser)
    try:
        tab = phone.new_page()
        tab.goto(shared_demo_site + path_in(demo_pages()["home"], "en"))
        tab.keyboard.press("Tab")
        expect(tab.get_by_role("link", name="Skip to main content")).to_be_focused()
        header = tab.get_by_role("banner")
        for control in [
            header.get_by_role("link", name=re.compile("home page$")),
            header.get_by_role("searchbox", name="Search the site"),
            header.get_by_role("button", name="Search"),
            header.locator("summary"),
        ]:
            tab.keyboard.press("Tab")
            expect(control).to_be_focused()
        summary = header.locator("summary")
        assert summary.evaluate("element => getComputedStyle(element).outlineStyle") != "none"
        assert disclosure_state(tab) == {
            "role": "DisclosureTriangle",
            "name": "Menu",
            "expanded": False,
        }

        tab.keyboard.press("Enter")

        assert disclosure_state(tab)["expanded"] is True
        expected = [
            *[get_language_info(code)["name_local"] for code in LANGUAGE_CODES],
            "Members' sign-in",
            "Home",
            *section_titles("en"),
        ]
        reached = []
        for _link in expected:
            tab.keyboard.press("Tab")
            reached.append(tab.evaluate("document.activeElement.textContent.trim()"))
        assert [name.casefold() for name in reached] == [name.casefold() for name in expected]
        tab.keyboard.press("Tab")
        in_main = tab.evaluate("document.querySelector('main').contains(document.activeElement)")
        assert in_main, "after the menu, the focus goes on to the page's content"
    finally:
        phone.close()


def test_german_visitor_on_a_phone_searches_from_the_header_and_opens_a_result(
    browser, shared_demo_site
):
    phone = phone_context(browser, locale="de-DE")
    try:
        tab = phone.new_page()
        tab.goto(shared_demo_site + "/")
        expect(tab).to_have_url(re.compile(r"/de/$"))

        search_box = tab.get_by_role("banner").get_by_role("searchbox")
        search_box.tap()
        search_box.fill(GERMAN_WORD)
        search_box.press("Enter")

        expect(tab).to_have_url(re.compile(rf"/de/search/\?q={GERMAN_WORD}$"))
        expect(tab.locator("html")).to_have_attribute("lang", "de")
        results = tab.get_by_role("main").get_by_role("article")
        expect(results.first).to_be_visible()
        expect(results.first.locator("mark").first).to_contain_text(
            re.compile(GERMAN_WORD, re.IGNORECASE)
        )
        title = results.first.get_by_role("link").first.inner_text()

        results.first.get_by_role("link").first.tap()

        expect(tab).to_have_url(re.compile(r"/de/[^?]+/$|/de/$"))
        expect(tab).not_to_have_url(re.compile("/search/"))
        expect(tab.get_by_role("heading", level=1)).to_contain_text(title)
    finally:
        phone.close()
