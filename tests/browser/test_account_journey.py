"""Staff invite a person from the admin; the person opens the emailed link, chooses a
password and finds the members' area, in a real browser."""

import datetime
import re
from urllib.parse import urlsplit

import pytest
from django.contrib.auth import get_user_model
from playwright.sync_api import expect

from members.models import MemberAuthority
from pages.models import HomePage
from publications.factories import LibraryPageFactory, PublicationFactory
from publications.models import LibraryPage, Publication
from tests.browser.steps import sign_in_to_admin

STAFF_PASSWORD = "a-long-staff-password"  # noqa: S105 - a test account
MEMBER_PASSWORD = "Une phrase de passe bien longue"  # noqa: S105 - a test account
REPORT_TITLE = "Nightlife and safety: notes for members"
LINK = re.compile(r"https?://\S+/account/set-password/\S+/")


@pytest.fixture
def members_only_report(demo_site):
    """A members-only publication just published in the demo's library (a library is added
    if the demo has none)."""
    if not LibraryPage.objects.live().exists():
        LibraryPageFactory(parent=HomePage.objects.get())
    return PublicationFactory(
        title_en=REPORT_TITLE,
        access=Publication.Access.MEMBERS,
        languages=[],
        published_on=datetime.date.today(),  # the newest, on the list's first page
    )


def admin_field(page, role: str, label: str):
    """A field of a Wagtail admin form, whose label ends with a mark when it is required."""
    return page.get_by_role(role, name=re.compile(f"^{re.escape(label)}\\*?$"))


def test_an_invited_person_chooses_a_password_and_finds_the_members_area(
    page, browser, demo_site, members_only_report, mailoutbox
):
    get_user_model().objects.create_superuser("staff", "staff@efus.example.org", STAFF_PASSWORD)
    authority = MemberAuthority.objects.active().order_by("name").first()

    sign_in_to_admin(page, demo_site, "staff", STAFF_PASSWORD)
    page.goto(demo_site + "/admin/members/accounts/")
    page.get_by_role("link", name="Invite a person").click()
    admin_field(page, "textbox", "Email address").fill("Giulia@Torino.example.org")
    admin_field(page, "textbox", "First name").fill("Giulia")
    admin_field(page, "textbox", "Last name").fill("Esempio")
    admin_field(page, "combobox", "Member authority").select_option(label=authority.name)
    admin_field(page, "combobox", "Language").select_option("en")
    page.get_by_role("button", name="Send the invitation").click()
    expect(page.locator(".messages")).to_contain_text(
        "Invitation sent to giulia@torino.example.org"
    )
    expect(page.get_by_role("table")).to_contain_text("Invited")

    [invitation] = mailoutbox
    assert invitation.to == ["giulia@torino.example.org"]
    link = urlsplit(LINK.search(invitation.body)[0]).path

    person = browser.new_context(locale="en-GB").new_page()
    try:
        person.goto(demo_site + link)
        expect(person.get_by_role("heading", level=1)).to_have_text("Choose your password")
        person.get_by_label("New password", exact=True).fill(MEMBER_PASSWORD)
        person.get_by_label("New password confirmation").fill(MEMBER_PASSWORD)
        person.get_by_role("button", name="Save my password").click()

        expect(person).to_have_url(demo_site + "/en/account/")
        expect(person.get_by_role("heading", level=1)).to_have_text("Members' area")
        expect(person.get_by_role("status")).to_contain_text("Your password is saved")
        main = person.locator("main")
        expect(main).to_contain_text("Giulia Esempio")
        expect(main.get_by_role("link", name=authority.name)).to_be_visible()
        expect(main.get_by_role("link", name=REPORT_TITLE)).to_be_visible()
        expect(person.get_by_role("link", name="My account")).to_be_visible()

        person.get_by_role("button", name="Sign out").click()
        expect(person.get_by_role("heading", level=1)).to_have_text("You are signed out")
        person.goto(demo_site + link)
        expect(person.get_by_role("heading", level=1)).to_have_text("This link no longer works")
    finally:
        person.context.close()
