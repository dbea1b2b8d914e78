"""A member shares a practice from the members' area on a phone: writes a draft, is told
what is missing before review, completes it and sends it; axe-core finds no WCAG violation
on the way."""

import pytest
from playwright.sync_api import expect

from members.factories import MemberAccountFactory, UserFactory
from members.models import MemberAuthority
from practices.models import Practice, Stage
from tests.browser.steps import sign_in_as_member
from tests.browser.test_accessibility import AXE, axe_violations, describe

PHONE = {"width": 390, "height": 844}


@pytest.fixture
def member(demo_site):
    authority = MemberAuthority.objects.active().order_by("name").first()
    return MemberAccountFactory(authority=authority, user__email="ana@city.example.org")


def no_violations(page) -> None:
    if AXE.exists():
        violations = axe_violations(page)
        assert not violations, describe(page.url, violations)


def test_a_member_shares_a_practice_from_a_phone(browser, demo_site, member):
    context = browser.new_context(viewport=PHONE, locale="en-GB")
    page = context.new_page()
    try:
        page.goto(demo_site + "/en/account/login/")
        sign_in_as_member(page, member.user.email, UserFactory.PASSWORD)
        page.get_by_role("link", name="Share a practice").first.click()
        expect(page.get_by_role("heading", level=1)).to_have_text("Share a practice")
        no_violations(page)

        page.get_by_label("Title").fill("Night mediation in the old town")
        page.get_by_label("Summary").fill("Mediators walk the streets at night.")
        page.get_by_role("radio", name="Members only").check()
        page.get_by_role("button", name="Save draft").click()
        expect(page.get_by_role("status")).to_contain_text("Your draft is saved.")

        page.get_by_role("button", name="Save and submit for review").click()
        expect(page.get_by_role("alert")).to_contain_text(
            "Add these sections before submitting: Problem and context, Objectives, "
            "What was done, Results and evaluation"
        )
        no_violations(page)

        page.get_by_label("Problem and context").fill("Noise and fights near the bars.")
        page.get_by_label("Objectives").fill("Calmer nights.")
        page.get_by_label("What was done").fill("Twelve mediators.")
        page.get_by_label("Results and evaluation").fill("A third fewer complaints.")
        page.get_by_role("checkbox", name="Described").check()
        page.get_by_role("button", name="Save and submit for review").click()

        expect(page.get_by_role("heading", level=1)).to_have_text("Your authority's practices")
        sent = page.get_by_role("status").filter(has_text="Its stage: In review.")
        expect(sent).to_be_visible()
        no_violations(page)
        practice = Practice.objects.get(texts__title="Night mediation in the old town")
        assert practice.stage == Stage.IN_REVIEW
        assert practice.is_members_only
    finally:
        context.close()
