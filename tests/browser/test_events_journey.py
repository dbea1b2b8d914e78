"""A visitor on a phone opens an event from the events list, registers, confirms the address
with the emailed link, gets the place's email and cancels with its link, in a real browser."""

import re

import pytest
from django.utils import translation
from django.utils.translation import gettext
from playwright.sync_api import expect

from events.models import EventIndexPage, EventPage, Registration
from tests.browser.demo import path_in
from tests.browser.steps import emails_received
from tests.browser.test_accessibility import AXE, axe_violations, describe

PHONE = {"width": 375, "height": 740}
HORIZONTAL_OVERFLOW = "document.documentElement.scrollWidth - window.innerWidth"
EMAIL = "giulia@torino.example.org"


@pytest.fixture
def open_event(demo_site):
    """The demo's events list, and an upcoming demo event that takes registrations without a
    limit of places."""
    event = (
        EventPage.objects.live()
        .upcoming()
        .filter(registration_open=True, capacity__isnull=True)
        .first()
    )
    return demo_site + path_in(EventIndexPage.objects.get(), "en"), event


def accessibility_report(page) -> list[str]:
    """What axe-core finds wrong with the page as it is now (nothing without axe-core)."""
    violations = axe_violations(page) if AXE.exists() else []
    return [describe(page.url, violations)] if violations else []


def test_a_visitor_registers_for_an_event_on_a_phone_and_cancels_from_the_email(
    page, open_event, mailoutbox
):
    list_url, event = open_event
    page.set_viewport_size(PHONE)
    page.goto(list_url)
    assert page.evaluate(HORIZONTAL_OVERFLOW) <= 0
    report = accessibility_report(page)

    page.get_by_role("link", name=event.title_en, exact=True).click()
    expect(page.get_by_role("heading", level=1)).to_have_text(event.title_en)
    assert page.evaluate(HORIZONTAL_OVERFLOW) <= 0
    report += accessibility_report(page)
    page.get_by_label("Your name").fill("Giulia Esempio")
    page.get_by_label("Organisation", exact=True).fill("Città di Torino")
    page.get_by_label("Email", exact=True).fill(EMAIL)
    page.get_by_label("Language of our emails").select_option("fr")
    page.get_by_role("checkbox").check()
    page.get_by_role("button", name="Register").click()

    asked = page.get_by_role("status")
    expect(asked).to_contain_text("Please check your inbox")
    expect(asked).to_be_in_viewport()
    assert page.evaluate(HORIZONTAL_OVERFLOW) <= 0
    assert page.context.cookies() == []
    report += accessibility_report(page)
    registration = Registration.objects.get(event=event, email=EMAIL)
    assert registration.language == "fr"
    assert registration.status == Registration.Status.PENDING

    [link_email] = emails_received(mailoutbox, 1)
    page.goto(re.search(r"http\S+/confirm/\S+/", link_email.body).group())
    assert page.evaluate(HORIZONTAL_OVERFLOW) <= 0
    report += accessibility_report(page)
    page.locator("main").get_by_role("button").click()  # "Confirm my registration"
    with translation.override("fr"):
        place_confirmed = gettext("Your place is confirmed.")
    expect(page.get_by_role("status")).to_contain_text(place_confirmed)
    registration.refresh_from_db()
    assert registration.status == Registration.Status.CONFIRMED

    message = emails_received(mailoutbox, 2)[1]
    assert message.to == [EMAIL]
    assert message.extra_headers["Content-Language"] == "fr"
    assert event.title_fr in message.subject
    assert message.attachments[0][0].endswith(".ics")
    cancel_url = re.search(r"http\S+/cancel/\S+/", message.body).group()
    assert "/fr/" in cancel_url

    page.goto(cancel_url)
    report += accessibility_report(page)
    page.locator("main").get_by_role("button").click()  # "Cancel my registration"
    expect(page.get_by_role("status")).to_be_visible()
    registration.refresh_from_db()
    assert registration.status == Registration.Status.CANCELLED
    assert page.context.cookies() == []
    assert not report, "\n".join(report)
