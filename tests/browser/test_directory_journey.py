"""A visitor finds a member in the directory, in a real browser."""

import re

import pytest
from playwright.sync_api import expect


@pytest.mark.browser_locale("fr-FR")
def test_french_visitor_filters_by_country_opens_a_profile_and_switches_to_german(
    page, shared_demo_site
):
    page.goto(shared_demo_site + "/fr/membres/")
    expect(page.locator("html")).to_have_attribute("lang", "fr")
    page.get_by_role("combobox", name="Pays").select_option(label="Italie")
    page.get_by_role("button", name="Afficher les membres").click()
    expect(page).to_have_url(re.compile(r"country=IT"))

    first = page.locator(".member-list a").first
    name = first.inner_text()
    expect(page.locator(".member-list")).to_contain_text("Italie")
    first.click()
    expect(page.get_by_role("heading", level=1)).to_have_text(name)
    expect(page).to_have_url(re.compile(r"/fr/membres/[a-z0-9-]+/$"))

    page.get_by_role("navigation", name="Langues").get_by_role("link", name="Deutsch").click()
    expect(page).to_have_url(re.compile(r"/de/mitglieder/[a-z0-9-]+/$"))
    expect(page.locator("html")).to_have_attribute("lang", "de")
    expect(page.get_by_role("heading", level=1)).to_have_text(name)
    expect(page.locator(".facts")).to_contain_text("Italien")
