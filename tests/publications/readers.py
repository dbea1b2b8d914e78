"""The people the access tests sign in as: nobody, a member of an active authority, a person
whose authority has become a former member, and staff."""

from django.contrib.auth import get_user_model

from members.factories import MemberAccountFactory
from members.models import MemberAuthority

ANONYMOUS = "anonymous"
MEMBER = "member"
FORMER_MEMBER = "former member"
STAFF = "staff"
READERS = [ANONYMOUS, MEMBER, FORMER_MEMBER, STAFF]


def make_user(reader: str):
    """A user of that kind, or None for an anonymous visitor."""
    if reader == MEMBER:
        return MemberAccountFactory().user
    if reader == FORMER_MEMBER:
        return MemberAccountFactory(authority__status=MemberAuthority.Status.FORMER).user
    if reader == STAFF:
        return get_user_model().objects.create_superuser(
            "staff@efus.eu", "staff@efus.eu", "a long staff password"
        )
    return None


def sign_in(client, reader: str):
    """Sign ``client`` in as a new person of that kind; returns the user (None if anonymous)."""
    user = make_user(reader)
    if user is not None:
        client.force_login(user)
    return user
