"""A French visitor searches without typing the accents, finds the accented words, and
changes language without losing the search."""

import re

from playwright.sync_api import expect


def test_french_visitor_searches_without_accents_then_switches_to_german(browser, shared_demo_site):
    context = browser.new_context(locale="fr-FR", viewport={"width": 1280, "height": 900})
    try:
        tab = context.new_page()
        tab.goto(shared_demo_site + "/")
        expect(tab).to_have_url(re.compile(r"/fr/$"))

        search_box = tab.get_by_role("banner").get_by_role("searchbox")
        search_box.fill("securite")
        search_box.press("Enter")

        expect(tab).to_have_url(re.compile(r"/fr/search/\?q=securite$"))
        results = tab.get_by_role("main").get_by_role("article")
        expect(results.first).to_be_visible()
        expect(results.first.locator("mark").first).to_contain_text(
            re.compile("sécurité", re.IGNORECASE)
        )

        tab.locator(".language-switcher").get_by_role("link", name="Deutsch").click()

        expect(tab).to_have_url(re.compile(r"/de/search/\?q=securite$"))
        expect(tab.locator("html")).to_have_attribute("lang", "de")
        expect(tab.get_by_role("main").get_by_role("searchbox")).to_have_value("securite")
    finally:
        context.close()
