"""The people the access tests sign in as: nobody, a member of an active authority, a person
whose authority has become a former member, staff whose role is event registrations only
(they reach the admin, nothing of the library), and library staff (Wagtail's Editors group,
granted the permission to read members-only content)."""

from django.contrib.auth.models import Group, Permission
from wagtail.models import Collection, GroupCollectionPermission

from members.factories import MemberAccountFactory, UserFactory
from members.models import MemberAuthority

ANONYMOUS = "anonymous"
MEMBER = "member"
FORMER_MEMBER = "former member"
EVENTS_STAFF = "staff without library permission"
STAFF = "staff"
READERS = [ANONYMOUS, MEMBER, FORMER_MEMBER, EVENTS_STAFF, STAFF]

EVENTS_GROUP = "Event registrations"
EVENTS_PERMISSIONS = [
    ("wagtailadmin", "access_admin"),
    ("events", "view_registration"),
    ("events", "change_registration"),
    ("events", "delete_registration"),
]


def events_group() -> Group:
    """A role meant only for event registrations: the admin, and the registrations in it."""
    group, _created = Group.objects.get_or_create(name=EVENTS_GROUP)
    group.permissions.set(
        Permission.objects.get(content_type__app_label=app, codename=codename)
        for app, codename in EVENTS_PERMISSIONS
    )
    return group


def grant_documents(group: Group, collection: Collection, actions=("add", "change", "choose")):
    """Wagtail's document permissions of ``group`` in ``collection`` and below."""
    for action in actions:
        GroupCollectionPermission.objects.get_or_create(
            group=group,
            collection=collection,
            permission=Permission.objects.get(
                content_type__app_label="wagtaildocs", codename=f"{action}_document"
            ),
        )


def make_user(reader: str):
    """A user of that kind, or None for an anonymous visitor."""
    if reader == MEMBER:
        return MemberAccountFactory().user
    if reader == FORMER_MEMBER:
        return MemberAccountFactory(authority__status=MemberAuthority.Status.FORMER).user
    if reader == EVENTS_STAFF:
        user = UserFactory(email="events@efus.eu")
        user.groups.add(events_group())
        return user
    if reader == STAFF:
        user = UserFactory(email="staff@efus.eu")
        user.groups.add(Group.objects.get(name="Editors"))
        return user
    return None


def sign_in(client, reader: str):
    """Sign ``client`` in as a new person of that kind; returns the user (None if anonymous)."""
    user = make_user(reader)
    if user is not None:
        client.force_login(user)
    return user
