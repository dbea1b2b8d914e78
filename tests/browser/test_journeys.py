"""What visitors and editors do, in a real browser."""

import re

import pytest
from django.conf import settings
from django.contrib.auth import get_user_model
from playwright.sync_api import expect

from tests.browser.demo import demo_pages, not_found_path, path_in
from tests.browser.steps import sign_in_to_admin

LANGUAGE_CODES = [code for code, _name in settings.LANGUAGES]
PHONE = {"width": 375, "height": 812}


@pytest.mark.browser_locale("fr-FR")
def test_french_visitor_browses_and_switches_language_on_the_same_page(page, shared_demo_site):
    page.goto(shared_demo_site + "/")
    expect(page).to_have_url(re.compile(r"/fr/$"))
    expect(page.locator("html")).to_have_attribute("lang", "fr")

    main_menu = page.get_by_role("navigation", name="Menu principal")
    main_menu.locator("summary", has_text="L’Efus").click()
    main_menu.get_by_role("link", name="Qui sommes-nous ?").click()
    expect(page.get_by_role("heading", level=1)).to_have_text("Qui sommes-nous ?")

    page.get_by_role("navigation", name="Langues").get_by_role("link", name="Deutsch").click()
    expect(page).to_have_url(re.compile(r"/de/ueber-uns/$"))
    expect(page.locator("html")).to_have_attribute("lang", "de")


def test_editor_translates_a_title_and_visitors_see_it_in_that_language_only(
    page, browser, demo_site
):
    password = "a-long-editor-password"  # noqa: S105 - a test account
    get_user_model().objects.create_superuser("editor", "editor@example.com", password)
    governance = demo_pages()["governance"]
    french_url = demo_site + path_in(governance, "fr")
    english_url = demo_site + path_in(governance, "en")

    # A visitor has the French page open in another browser. (The page cache is off in the
    # tests; tests/pages/test_page_cache.py checks that publishing empties it.)
    visitor_context = browser.new_context(locale="fr-FR")
    try:
        visitor = visitor_context.new_page()
        visitor.goto(french_url)
        expect(visitor.get_by_role("heading", level=1)).to_have_text("Gouvernance")

        sign_in_to_admin(page, demo_site, "editor", password)

        page.goto(demo_site + f"/admin/pages/{governance.pk}/edit/")
        page.locator(".locale-picker").get_by_role("button", name="fr", exact=True).click()
        page.get_by_role("textbox", name="Title [fr]").fill("Gouvernance de l’Efus")
        page.get_by_role("button", name="More actions").click()
        page.get_by_role("button", name="Publish", exact=True).click()
        expect(page.locator(".messages")).to_contain_text("has been published")

        visitor.reload()
        expect(visitor).to_have_url(french_url)
        expect(visitor.get_by_role("heading", level=1)).to_have_text("Gouvernance de l’Efus")
        expect(visitor).to_have_title("Gouvernance de l’Efus – Efus")
        breadcrumb = visitor.get_by_role("navigation", name="Fil d’Ariane")
        expect(breadcrumb).to_contain_text("Gouvernance de l’Efus")

        visitor.goto(english_url)
        expect(visitor.get_by_role("heading", level=1)).to_have_text("Governance")
        expect(visitor).to_have_title("Governance – Efus")
    finally:
        visitor_context.close()


def test_language_switcher_keeps_the_visitor_on_the_same_page(page, shared_demo_site):
    pages = demo_pages()
    governance = pages["governance"]
    for language in LANGUAGE_CODES[1:]:
        page.goto(shared_demo_site + path_in(governance, "en"))
        switcher = page.get_by_role("navigation", name="Languages")
        switcher.locator(f'a[hreflang="{language}"]').click()
        expect(page).to_have_url(shared_demo_site + path_in(governance, language))
        expect(page.locator("html")).to_have_attribute("lang", language)
        expect(page.locator(f'.language-switcher a[hreflang="{language}"]')).to_have_attribute(
            "aria-current", "true"
        )

    for name, demo_page in pages.items():
        page.goto(shared_demo_site + path_in(demo_page, "en"))
        page.get_by_role("navigation", name="Languages").get_by_role(
            "link", name="Français"
        ).click()
        expect(page, f"{name}: French version").to_have_url(
            shared_demo_site + path_in(demo_page, "fr")
        )
        expect(page.locator("html")).to_have_attribute("lang", "fr")
        page.get_by_role("navigation", name="Langues").get_by_role("link", name="English").click()
        expect(page, f"{name}: back to English").to_have_url(
            shared_demo_site + path_in(demo_page, "en")
        )
        expect(page.locator("html")).to_have_attribute("lang", "en")


def test_a_visitor_taps_through_the_menus_on_a_touch_screen(browser, shared_demo_site):
    # Every page's open menu is measured by test_layout.py.
    pages = demo_pages()
    phone = browser.new_context(
        viewport=PHONE, is_mobile=True, has_touch=True, device_scale_factor=2, locale="en-GB"
    )
    try:
        tab = phone.new_page()
        tab.goto(shared_demo_site + path_in(pages["home"], "en"))
        manifesto = pages["manifesto"]
        tab.locator("summary", has_text="Menu").tap()
        main_menu = tab.get_by_role("navigation", name="Main menu")
        main_menu.locator("summary", has_text="About Efus").tap()
        main_menu.get_by_role("link", name=manifesto.title_en).tap()
        expect(tab).to_have_url(shared_demo_site + path_in(manifesto, "en"))
        tab.locator("summary", has_text="Menu").tap()
        tab.get_by_role("navigation", name="Languages").get_by_role("link", name="Italiano").tap()
        expect(tab).to_have_url(shared_demo_site + path_in(manifesto, "it"))
        expect(tab.get_by_role("heading", level=1)).to_have_text(manifesto.title_it)
    finally:
        phone.close()


def test_the_first_tab_reaches_the_skip_link_which_moves_focus_to_the_content(
    page, shared_demo_site
):
    paths = [path_in(demo_page, "en") for demo_page in demo_pages().values()]
    for path in [*paths, not_found_path("en")]:
        page.goto(shared_demo_site + path)
        page.keyboard.press("Tab")
        skip_link = page.get_by_role("link", name="Skip to main content")
        expect(skip_link, path).to_be_focused()
        expect(skip_link, path).to_be_in_viewport()
        page.keyboard.press("Enter")
        expect(page.locator("main"), path).to_be_focused()
        # The next Tab goes on from the content, not from the top of the page.
        page.keyboard.press("Tab")
        in_main = page.evaluate("document.querySelector('main').contains(document.activeElement)")
        in_footer = page.evaluate("document.activeElement.closest('footer') !== null")
        assert in_main or in_footer, path
