"""The public forms that send emails (join, event registration, newsletter) and the password
reset, each with its address and what a visitor sends it (the ``forms`` fixture)."""

from dataclasses import dataclass

import pytest

from events.factories import EventIndexPageFactory, EventPageFactory
from news.factories import NewsletterPageFactory

ORIGIN = "http://testserver"
VISITOR = "victim@example.org"
# What a phisher types in every free-text field.
TYPED = "Your account is locked: https://phish.example.com"


@dataclass
class PublicForm:
    path: str
    data: dict


def host_free(url: str) -> str:
    return url.removeprefix("http://localhost")


@pytest.fixture
def forms(site_tree):
    """Each form's address and what a visitor sends it, their address being ``VISITOR``."""
    events = EventIndexPageFactory(parent=site_tree.home)
    event = EventPageFactory(parent=events, registration_open=True)
    newsletter = NewsletterPageFactory(parent=site_tree.home)
    return {
        "join": PublicForm(
            "/en/join/apply/",
            {
                "organisation": TYPED,
                "kind": "local",
                "country": "IT",
                "city": TYPED[:40],
                "contact_name": TYPED,
                "email": VISITOR,
                "phone": "+39 011 123 4567",
                "message": TYPED,
                "consent": "on",
            },
        ),
        "registration": PublicForm(
            host_free(event.url_in("en")) + event.reverse_subpage("register"),
            {
                "name": TYPED,
                "organisation": TYPED,
                "email": VISITOR,
                "language": "en",
                "consent": "on",
            },
        ),
        "newsletter": PublicForm(
            host_free(newsletter.url_in("en")),
            {"email": VISITOR, "language": "en", "consent": "on"},
        ),
        "password-reset": PublicForm("/en/account/password-reset/", {"email": VISITOR}),
    }


FORM_NAMES = ["join", "registration", "newsletter", "password-reset"]
