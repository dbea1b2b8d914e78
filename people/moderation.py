"""Staff moderate the people's profiles: take one out of the members-only directory, let its
person list themselves again, remove its photo. Each is done by a profile's own method
(logged with its reason, ``people.models``), and its person is told by email, in their
language, through the outbox (``background.mail.send``).

Taken out, a profile stays out: its person's "list me" choice is locked, with staff's reason
beside it, until staff allow listing again (then the person chooses again; nothing is listed
for them). A moderator expects their decision to hold until it is reviewed, not to be undone
by one tick. A photo removed may be replaced by its person at once: a new photo is a new
decision to moderate if need be.
"""

from django.core.mail import EmailMessage
from django.db import transaction

from background.mail import send
from members.accounts import email_language, site_url
from pages.forms import render_email
from people.models import Profile

REASON_LENGTH = 2000


def unlist(profile: Profile, user, reason: str) -> None:
    with transaction.atomic():
        profile.unlist(user, reason)
        tell_person(profile, "unlisted", reason)


def allow_listing(profile: Profile, user) -> None:
    with transaction.atomic():
        profile.allow_listing(user)
        tell_person(profile, "listing_allowed")


def remove_photo(profile: Profile, user, reason: str) -> None:
    with transaction.atomic():
        profile.remove_photo(user, reason)
        tell_person(profile, "photo_removed", reason)


def tell_person(profile: Profile, outcome: str, reason: str = "") -> None:
    """Email the profile's person what staff did and why, in their language, with a link to
    their profile in the members' area."""
    user = profile.account.user
    if not user.is_active or not user.email:
        return
    language = email_language(user)
    context = {"reason": reason, "link": site_url("people:profile", language)}
    subject, body = render_email(f"people/emails/{outcome}", language, context)
    message = EmailMessage(subject, body, to=[user.email], headers={"Content-Language": language})
    send([message], about=f"profile {profile.pk}: {outcome.replace('_', ' ')}")
