"""The header on a phone: the logo, the search box and a menu button that opens without
JavaScript; a German visitor searches from it and opens a result."""

import re

import pytest
from django.conf import settings
from django.test import RequestFactory
from django.utils import translation
from django.utils.translation import get_language_info
from playwright.sync_api import expect

from pages.navigation import MenuGroup, menu_entries
from tests.browser.demo import demo_pages, path_in
from tests.browser.layout import MIN_TARGET, OPEN_MENU_PROBLEMS

LANGUAGE_CODES = [code for code, _name in settings.LANGUAGES]
PHONE = {"width": 375, "height": 800}
# A German word of the demo's German pages (the home page's title among them).
GERMAN_WORD = "Sicherheit"


def phone_context(browser, **options):
    return browser.new_context(viewport=PHONE, is_mobile=True, has_touch=True, **options)


def menu_entries_in(language: str) -> list[tuple[str, list[str]]]:
    """The main menu's entries in ``language``: each a name and the titles of its pages (a
    group's pages, or a section alone)."""
    with translation.override(language):
        entries = menu_entries(RequestFactory().get("/"), None)
        return [
            (str(entry.label), [item.page.title for item in entry.items])
            if isinstance(entry, MenuGroup)
            else (entry.page.title, [entry.page.title])
            for entry in entries
        ]


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

        tab.locator("summary.site-nav__toggle").tap()

        expect(main_menu).to_be_visible()
        for name, titles in menu_entries_in(language):
            if titles == [name]:
                link = main_menu.get_by_role("link", name=name, exact=True)
                expect(link).to_be_visible()
                continue
            group = main_menu.locator("details", has=tab.locator("summary", has_text=name))
            expect(group.get_by_role("link").first).to_be_hidden()
            group.locator("summary").tap()
            for title in titles:
                expect(group.get_by_role("link", name=title, exact=True)).to_be_visible()
        expect(main_menu.locator("details[open]")).to_have_count(1)
        expect(languages.get_by_role("link")).to_have_count(len(LANGUAGE_CODES))
        for code in LANGUAGE_CODES:
            expect(languages.locator(f'a[hreflang="{code}"]')).to_be_visible()
        expect(languages.locator(f'a[hreflang="{language}"]')).to_have_attribute(
            "aria-current", "true"
        )
        assert tab.evaluate(OPEN_MENU_PROBLEMS, MIN_TARGET) == []

        toggle = tab.locator("summary.site-nav__toggle")
        toggle.press("Enter")
        expect(main_menu).to_be_hidden()
        toggle.press("Enter")
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
            header.locator("summary.site-nav__toggle"),
        ]:
            tab.keyboard.press("Tab")
            expect(control).to_be_focused()
        summary = header.locator("summary.site-nav__toggle")
        assert summary.evaluate("element => getComputedStyle(element).outlineStyle") != "none"
        assert disclosure_state(tab) == {
            "role": "DisclosureTriangle",
            "name": "Menu",
            "expanded": False,
        }

        tab.keyboard.press("Enter")

        assert disclosure_state(tab)["expanded"] is True
        # The groups of the main menu are closed: the keyboard goes from one to the next.
        expected = [
            *[get_language_info(code)["name_local"] for code in LANGUAGE_CODES],
            "Members' sign-in",
            "Home",
            *[name for name, _titles in menu_entries_in("en")],
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
