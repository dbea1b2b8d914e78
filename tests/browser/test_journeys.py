"""What visitors and editors do, in a real browser."""

import re

import pytest
from playwright.sync_api import expect


@pytest.mark.browser_locale("fr-FR")
def test_french_visitor_browses_and_switches_language_on_the_same_page(page, demo_site):
    page.goto(demo_site + "/")
    expect(page).to_have_url(re.compile(r"/fr/$"))
    expect(page.locator("html")).to_have_attribute("lang", "fr")

    page.get_by_role("navigation", name="Menu principal").get_by_role(
        "link", name="Qui sommes-nous ?"
    ).click()
    expect(page.get_by_role("heading", level=1)).to_have_text("Qui sommes-nous ?")

    page.get_by_role("navigation", name="Langues").get_by_role("link", name="Deutsch").click()
    expect(page).to_have_url(re.compile(r"/de/ueber-uns/$"))
    expect(page.locator("html")).to_have_attribute("lang", "de")
