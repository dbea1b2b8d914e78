"""Who may read members-only content: the people of active member authorities, and staff."""

from members.models import MemberAccount, MemberAuthority


def is_staff(user) -> bool:
    return user.is_active and user.has_perm("wagtailadmin.access_admin")


def reads_members_only(user) -> bool:
    """Checked on every request, so a person whose authority becomes former, or whose user
    is deactivated, loses access at once. The answer is kept on the user for the request."""
    if not user.is_authenticated or not user.is_active:
        return False
    if not hasattr(user, "_reads_members_only"):
        # Membership first: members are most readers, and it costs one query where the
        # admin permission of a staff member who is not a superuser costs two.
        user._reads_members_only = MemberAccount.objects.filter(
            user=user, authority__status=MemberAuthority.Status.ACTIVE
        ).exists() or is_staff(user)
    return user._reads_members_only
