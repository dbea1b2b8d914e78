"""A person the site holds data about in every declared model, another person, and staff
with and without the permission to manage personal data."""

from dataclasses import dataclass

import pytest
from axes.models import AccessAttempt, AccessFailureLog, AccessLog
from django.contrib.auth.models import Group, Permission
from django.core.mail import EmailMessage
from django.utils import timezone

from background.mail import send
from events.factories import EventIndexPageFactory, EventPageFactory, RegistrationFactory
from groups.factories import GroupMembershipFactory, PostFactory, SharedFileFactory
from groups.models import PostReport
from members.factories import JoinApplicationFactory, MemberAccountFactory, UserFactory
from members.models import ProfileProposal
from news.factories import SubscriberFactory
from people.factories import ProfileFactory
from practices.factories import PracticeFactory
from privacy.factories import ConsentFactory, PrivacyPageFactory
from themes.factories import ThemeFactory

ADDRESS = "anna.rossi@torino.example.org"
OTHER = "bruno@lyon.example.org"
REQUEST_URL = "/admin/personal-data/"
ERASE_URL = "/admin/personal-data/erase/"


@dataclass
class Held:
    account: object
    application: object
    registration: object
    subscriber: object
    consent: object
    email: object
    practice: object
    proposal: object
    membership: object
    post: object
    report: object
    shared_file: object
    profile: object


def sign_in_records(address: str) -> None:
    common = {"ip_address": "192.0.2.1", "user_agent": "Firefox", "path_info": "/en/account/"}
    AccessAttempt.objects.create(
        username=address, get_data="", post_data="", failures_since_start=1, **common
    )
    AccessFailureLog.objects.create(username=address, locked_out=False, **common)
    AccessLog.objects.create(username=address, **common)


def hold_data_about(address: str, event) -> Held:
    """A row about ``address`` in every declared model (its case changed in some)."""
    sign_in_records(address)
    account = MemberAccountFactory(user=UserFactory(email=address))
    post = PostFactory(author=account.user)
    return Held(
        account=account,
        application=JoinApplicationFactory(email=address.upper(), contact_name="Anna Rossi"),
        registration=RegistrationFactory(event=event, email=address, name="Anna Rossi"),
        subscriber=SubscriberFactory(email=address, confirmed=True),
        consent=ConsentFactory(email=address),
        email=send([EmailMessage("Your place", "Body", to=[address])], "event registration")[0],
        practice=PracticeFactory(authority=account.authority, contact=account),
        proposal=ProfileProposal.objects.create(
            authority=account.authority,
            proposed_by=account.user,
            changes={"website": "https://example.org"},
        ),
        membership=GroupMembershipFactory(group=post.thread.group, user=account.user),
        post=post,
        report=PostReport.objects.create(
            post=PostFactory(thread=post.thread),
            reporter=account.user,
            reason="Off topic",
            created_at=timezone.now(),
        ),
        shared_file=SharedFileFactory(group=post.thread.group, shared_by=account.user),
        profile=ProfileFactory(account=account, themes=[ThemeFactory()]),
    )


@pytest.fixture
def event(site_tree):
    index = EventIndexPageFactory(parent=site_tree.home)
    return EventPageFactory(parent=index, name="Night summit", registration_open=True)


@pytest.fixture
def held(event) -> Held:
    return hold_data_about(ADDRESS, event)


@pytest.fixture
def other_person(event) -> Held:
    return hold_data_about(OTHER, event)


@pytest.fixture
def privacy_page(site_tree):
    return PrivacyPageFactory(parent=site_tree.home)


def staff_user(email: str, *permissions: str):
    user = UserFactory(email=email, is_staff=True)
    group = Group.objects.get(name="Editors")
    user.groups.add(group)
    for codename in permissions:
        user.user_permissions.add(Permission.objects.get(codename=codename))
    return user


@pytest.fixture
def officer(client, db):
    """A staff member holding the permission (not a superuser)."""
    client.force_login(staff_user("dpo@efus.example.org", "manage_personal_data"))
    return client


@pytest.fixture
def editor(client, db):
    """A staff member who edits the site, without the permission."""
    client.force_login(staff_user("editor@efus.example.org"))
    return client
