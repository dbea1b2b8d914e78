"""A visitor on a phone applies to join, with the keyboard only, in a real browser."""

import re

import pytest
from playwright.sync_api import expect
from wagtail.models import Site

from members.factories import JoinPageFactory
from members.models import JoinApplication, JoinPage
from pages.models import HomePage, SiteSettings
from tests.browser.demo import path_in
from tests.browser.test_accessibility import AXE, axe_violations, describe

PHONE = {"width": 375, "height": 740}
STAFF_ADDRESS = "applications@efus.example.org"
HORIZONTAL_OVERFLOW = "document.documentElement.scrollWidth - window.innerWidth"


@pytest.fixture
def join_url(demo_site):
    """The demo's join page (one is added under the home page if the demo has none), and the
    site settings' contact address, to which staff are told of applications."""
    join = JoinPage.objects.live().first() or JoinPageFactory(parent=HomePage.objects.get())
    site_settings = SiteSettings.for_site(Site.objects.get(is_default_site=True))
    site_settings.email = STAFF_ADDRESS
    site_settings.save()
    return demo_site + path_in(join, "en"), join


def type_and_tab(page, text: str) -> None:
    page.keyboard.type(text)
    page.keyboard.press("Tab")


def test_a_visitor_applies_from_a_phone_with_the_keyboard(page, join_url, mailoutbox):
    url, join = join_url
    page.set_viewport_size(PHONE)
    page.goto(url)
    assert page.evaluate(HORIZONTAL_OVERFLOW) <= 0
    assert page.context.cookies() == []

    page.get_by_label("Organisation", exact=True).focus()
    type_and_tab(page, "City of Turin")
    page.keyboard.press("ArrowDown")  # the first type: local authority
    page.keyboard.press("Tab")
    type_and_tab(page, "Italy")
    type_and_tab(page, "Torino")
    type_and_tab(page, "Giulia Esempio")
    type_and_tab(page, "giulia@torino.example.org")
    type_and_tab(page, "+39 011 123 4567")
    type_and_tab(page, "Turin would like to join the network.")
    # The data notice comes before the box, with its link to the privacy notice.
    expect(page.get_by_role("link", name="Read our privacy notice.")).to_be_focused()
    page.keyboard.press("Tab")
    expect(page.get_by_role("checkbox")).to_be_focused()
    page.keyboard.press("Space")
    page.keyboard.press("Tab")  # past the field people must leave empty, to the button
    expect(page.get_by_role("button", name="Send the application")).to_be_focused()
    expect(page.get_by_label("Type of organisation")).to_have_value("local")
    expect(page.get_by_label("Country")).to_have_value("IT")
    page.keyboard.press("Enter")

    expect(page).to_have_url(re.compile(r"\?sent=1(#apply)?$"))
    thanks = page.get_by_role("status")
    expect(thanks).to_contain_text(join.thank_you_en or "your application has been sent")
    expect(thanks).to_be_in_viewport()
    expect(page.locator("form.join-form")).to_have_count(0)
    assert page.context.cookies() == []

    application = JoinApplication.objects.get()
    assert (application.organisation, application.country.code) == ("City of Turin", "IT")
    assert [message.to for message in mailoutbox] == [
        [STAFF_ADDRESS],
        ["giulia@torino.example.org"],
    ]


def test_errors_are_shown_beside_their_fields_and_the_form_stays_accessible(page, join_url):
    url, _join = join_url
    page.set_viewport_size(PHONE)
    page.goto(url)
    report = axe_violations(page) if AXE.exists() else []
    page.get_by_label("Organisation", exact=True).fill("City of Turin")
    page.get_by_label("Type of organisation").select_option("local")
    page.get_by_label("Country").select_option("IT")
    page.get_by_label("City").fill("Torino")
    page.get_by_label("Your name").fill("Giulia Esempio")
    page.get_by_label("Email").fill("giulia@torino.example.org")
    page.get_by_label("Telephone").fill("call me")
    page.get_by_role("checkbox").check()
    page.get_by_role("button", name="Send the application").click()

    phone = page.get_by_label("Telephone")
    expect(phone).to_have_attribute("aria-invalid", "true")
    expect(phone).to_have_accessible_description(re.compile("Enter a telephone number"))
    expect(page.get_by_role("alert")).to_be_in_viewport()
    expect(page.get_by_label("Organisation", exact=True)).to_have_value("City of Turin")
    assert page.evaluate(HORIZONTAL_OVERFLOW) <= 0
    assert page.context.cookies() == []
    if AXE.exists():
        report += axe_violations(page)
    assert not report, describe(url, report)
