"""Build the demo's people: a profile for each of the demo's sign-in people (``manage.py
demo_accounts``, whose accounts are made here when they do not exist yet, as the practices'
demo does), one for every other person of an active authority the demo holds (the practices'
authors), and ``content.MADE_UP_COUNT`` made-up people over the member authorities. All are
listed; the sign-in people have a photo of their initials (``portraits``), for moderators
to try removing one.

Made once: while a profile exists, a rerun leaves the people as they are.
"""

import random

from django.conf import settings
from django.contrib.auth import get_user_model
from django.db import transaction
from django.utils import translation

from members.management.commands.demo_accounts import PEOPLE, former_authority, largest_active
from members.models import MemberAccount, MemberAuthority
from people.bulk import add_profiles, create_bulk_people, made_up
from people.demo import content
from people.demo.portraits import give_portrait
from people.models import Profile
from themes.models import Theme


@transaction.atomic
def build_demo_people(home) -> None:
    with translation.override(settings.LANGUAGE_CODE):
        if Profile.objects.exists():
            return
        build_sign_in_profiles()
        profile_other_accounts()
        create_bulk_people(content.MADE_UP_COUNT, seed=content.SEED)


def build_sign_in_profiles() -> None:
    themes = dict(Theme.objects.values_list("slug", "pk"))
    for index, (first, last, language, country) in enumerate(PEOPLE):
        authority = largest_active(country) if country else former_authority()
        if authority is None:
            continue
        email = f"{first}.{last}@example.org".lower()
        account = member_account(authority, first, last, email, language)
        written = dict(content.SIGN_IN_PROFILES[email])
        slugs = written.pop("themes")
        profile = Profile.objects.create(account=account, listed=True, **written)
        profile.themes.set([themes[slug] for slug in slugs if slug in themes])
        give_portrait(profile, index)


def member_account(authority, first: str, last: str, email: str, language: str):
    """The account of the sign-in person ``email``; a new user has no password until
    ``demo_accounts`` gives them the demo's."""
    user, created = get_user_model().objects.get_or_create(
        username=email, defaults={"email": email, "first_name": first, "last_name": last}
    )
    if created:
        user.set_unusable_password()
        user.save(update_fields=["password"])
    account, _created = MemberAccount.objects.get_or_create(
        user=user, defaults={"authority": authority, "language": language}
    )
    return account


def profile_other_accounts() -> None:
    """A listed profile, made up but for the name, for every person of an active authority
    who has none yet."""
    rng = random.Random(content.SEED)  # noqa: S311 - made-up data, not security
    themes = list(Theme.objects.order_by("pk"))
    accounts = (
        MemberAccount.objects.filter(profile=None, authority__status=MemberAuthority.Status.ACTIVE)
        .select_related("authority")
        .order_by("pk")
    )
    add_profiles(
        [(account, made_up(account.pk, account.authority, rng, themes)) for account in accounts]
    )
