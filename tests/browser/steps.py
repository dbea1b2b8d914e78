"""Steps that several journeys take."""

import re
import time

from playwright.sync_api import expect

# The site sends its emails once the answer has left: they reach the outbox a moment later.
EMAIL_WAIT_SECONDS = 5


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


def emails_received(mailoutbox, count: int) -> list:
    """The outbox once it holds ``count`` emails (or the time is up)."""
    deadline = time.monotonic() + EMAIL_WAIT_SECONDS
    while len(mailoutbox) < count and time.monotonic() < deadline:
        time.sleep(0.05)
    return list(mailoutbox)
