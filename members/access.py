"""Who may read members-only content: the people of active member authorities, and staff
granted the permission to read it.

Reaching the admin gives no such right: a role meant for event registrations reaches the
admin and reads nothing reserved for members. Superusers hold every permission; Wagtail's
Editors and Moderators groups are granted ``READ_PERMISSION`` (members migration 0004).
"""

from django.contrib.auth import get_user_model

from members.models import MemberAccount, MemberAuthority

READ_PERMISSION = "members.read_members_only"


def is_staff(user) -> bool:
    return user.is_active and user.has_perm("wagtailadmin.access_admin")


def reads_by_permission(user) -> bool:
    """Staff allowed to read members-only content without being a member: they alone read
    a members-only document that no publication uses any more."""
    return user.is_active and user.has_perm(READ_PERMISSION)


def account_of(user) -> MemberAccount | None:
    """The person's member account with its authority, or None: the one read with the
    signed-in user on this request (``members.sign_in.signed_in_users``), else read now."""
    if not user.is_authenticated:
        return None
    if not get_user_model().member_account.is_cached(user):
        return MemberAccount.objects.select_related("authority", "user").filter(user=user).first()
    try:
        return user.member_account
    except MemberAccount.DoesNotExist:
        return None


def reads_members_only(user) -> bool:
    """Checked on every request, so a person whose authority becomes former, or whose user
    is deactivated, loses access at once: the account and the permissions come with the
    user each request reads. The answer is kept on the user for the request."""
    if not user.is_authenticated or not user.is_active:
        return False
    if not hasattr(user, "_reads_members_only"):
        account = account_of(user)
        user._reads_members_only = (
            account is not None and account.authority.status == MemberAuthority.Status.ACTIVE
        ) or reads_by_permission(user)
    return user._reads_members_only
