"""A member writes their profile on a phone, with a photo, chooses to be listed, then finds a
peer in the people directory by theme and opens their page; axe-core finds no WCAG
violation on the way."""

import pytest
from PIL import Image
from playwright.sync_api import expect

from members.factories import MemberAccountFactory, UserFactory
from members.models import MemberAuthority
from people.models import Profile
from tests.browser.steps import sign_in_as_member
from tests.browser.test_accessibility import AXE, axe_violations, describe

PHONE = {"width": 390, "height": 844}


@pytest.fixture
def member(demo_site):
    authority = MemberAuthority.objects.active().order_by("name").first()
    return MemberAccountFactory(
        authority=authority,
        user__email="ana@city.example.org",
        user__first_name="Ana",
        user__last_name="Martin",
    )


@pytest.fixture
def photo(tmp_path):
    path = tmp_path / "ana.jpg"
    Image.new("RGB", (1200, 900), "teal").save(path, "JPEG")
    return path


def no_violations(page) -> None:
    if AXE.exists():
        violations = axe_violations(page)
        assert not violations, describe(page.url, violations)


def test_a_member_writes_their_profile_and_finds_a_peer_from_a_phone(
    browser, demo_site, member, photo
):
    context = browser.new_context(viewport=PHONE, locale="en-GB")
    page = context.new_page()
    try:
        page.goto(demo_site + "/en/account/login/")
        sign_in_as_member(page, member.user.email, UserFactory.PASSWORD)
        page.get_by_role("link", name="Write your profile").click()
        expect(page.get_by_role("heading", level=1)).to_have_text("Your profile")
        no_violations(page)

        page.get_by_label("Role or job title").fill("Night-time economy officer")
        page.get_by_role("checkbox", name="Spanish").check()
        page.get_by_role("checkbox", name="Nightlife").check()
        page.get_by_label("Photo").set_input_files(str(photo))
        page.get_by_role("checkbox", name="List me in the people directory").check()
        page.get_by_role("button", name="Save your profile").click()
        expect(page.get_by_role("status").first).to_contain_text("Members find you")
        shown = page.locator("img.profile-form__photo")
        shown.evaluate("img => img.decode()")
        assert shown.evaluate("img => img.naturalWidth") > 0
        no_violations(page)
        profile = Profile.objects.get(account=member)
        assert profile.is_listed and profile.languages == ["es"]

        page.get_by_role("link", name="Members' area").click()
        page.get_by_role("link", name="Find people in the network").click()
        page.get_by_label("Theme", exact=True).select_option(label="Nightlife")
        page.get_by_role("button", name="Show people").click()
        expect(page.get_by_role("link", name="Ana Martin")).to_be_visible()
        no_violations(page)

        peer = (
            Profile.objects.listed()
            .filter(themes__slug="nightlife")
            .exclude(account=member)
            .order_by("pk")
            .first()
        )
        page.goto(demo_site + f"/en/account/people/{peer.pk}/")
        expect(page.get_by_role("heading", level=1)).to_have_text(peer.name)
        expect(page.get_by_role("link", name=peer.account.authority.name)).to_be_visible()
        no_violations(page)
    finally:
        context.close()
