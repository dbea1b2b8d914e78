"""Steps that several journeys take."""

import re

from playwright.sync_api import expect


def sign_in_to_admin(page, base_url: str, username: str, password: str) -> None:
    """Sign in on the admin's sign-in page and land on the dashboard."""
    page.goto(base_url + "/admin/login/")
    page.get_by_label("Username").fill(username)
    page.get_by_label("Password").fill(password)
    page.get_by_role("button", name="Sign in").click()
    expect(page).to_have_url(re.compile(r"/admin/$"))


def sign_in_as_member(page, email: str, password: str) -> None:
    """Fill in and send the members' sign-in form the page shows."""
    page.get_by_label("Email address").fill(email)
    page.get_by_label("Password").fill(password)
    page.get_by_role("button", name="Sign in").click()
