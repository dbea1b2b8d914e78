"""Who may read members-only content: the people of active member authorities, and staff
granted the permission to read it.

Reaching the admin gives no such right: a role meant for event registrations reaches the
admin and reads nothing reserved for members. Superusers hold every permission; Wagtail's
Editors and Moderators groups are granted ``READ_PERMISSION`` (members migration 0004).
"""

from members.models import MemberAccount, MemberAuthority

READ_PERMISSION = "members.read_members_only"


def is_staff(user) -> bool:
    return user.is_active and user.has_perm("wagtailadmin.access_admin")


def reads_by_permission(user) -> bool:
    """Staff allowed to read members-only content without being a member: they alone read
    a members-only document that no publication uses any more."""
    return user.is_active and user.has_perm(READ_PERMISSION)


def reads_members_only(user) -> bool:
    """Checked on every request, so a person whose authority becomes former, or whose user
    is deactivated, loses access at once. The answer is kept on the user for the request."""
    if not user.is_authenticated or not user.is_active:
        return False
    if not hasattr(user, "_reads_members_only"):
        # Membership first: members are most readers, and it costs one query where the
        # permission of a staff member who is not a superuser costs two.
        user._reads_members_only = MemberAccount.objects.filter(
            user=user, authority__status=MemberAuthority.Status.ACTIVE
        ).exists() or reads_by_permission(user)
    return user._reads_members_only
