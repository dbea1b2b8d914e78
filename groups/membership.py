"""Joining a working group: a person of an active member authority asks, staff (in the
admin) or the group's leads (in the members' area) accept or decline, and the person is told
by email in their language; a member leaves when they wish. A closed group takes no request.

Who may do what is read on every request from the person's account, so a person whose
authority is no longer active can neither ask, decide nor take part."""

from django.core.mail import EmailMessage
from django.db import transaction
from django.utils import timezone

from background.mail import send
from groups.models import GroupMembership, WorkingGroup
from members.access import account_of
from members.accounts import email_language, site_url
from members.models import MemberAccount
from pages.forms import render_email

DECIDE_PERMISSION = "groups.change_groupmembership"


class Refused(Exception):
    """What was asked cannot be done: ``reason`` says why ("closed", "not_member")."""

    def __init__(self, reason: str):
        super().__init__(reason)
        self.reason = reason


def member_account(user) -> MemberAccount | None:
    """The person's account if it lets them take part in groups now, else None."""
    account = account_of(user)
    return account if account is not None and account.grants_access else None


def ask_to_join(group: WorkingGroup, user) -> GroupMembership:
    """Record ``user``'s request to join ``group`` (again, after a decline); a member stays
    one."""
    if not group.is_open:
        raise Refused("closed")
    if member_account(user) is None:
        raise Refused("not_member")
    membership, created = GroupMembership.objects.get_or_create(
        group=group, user=user, defaults={"asked_at": timezone.now()}
    )
    if not created and membership.status == GroupMembership.Status.DECLINED:
        membership.status = GroupMembership.Status.REQUESTED
        membership.asked_at = timezone.now()
        membership.decided_at = None
        membership.save(update_fields=["status", "asked_at", "decided_at"])
    return membership


def leave(group: WorkingGroup, user) -> None:
    """``user`` leaves ``group``, or withdraws their request."""
    GroupMembership.objects.filter(group=group, user=user).exclude(
        status=GroupMembership.Status.DECLINED
    ).delete()


def may_decide(user, group: WorkingGroup) -> bool:
    """Staff allowed to change memberships, or a person of an active lead authority."""
    if not user.is_authenticated or not user.is_active:
        return False
    return user.has_perm(DECIDE_PERMISSION) or group.is_led_by(user)


def accept(membership: GroupMembership) -> None:
    decide(membership, GroupMembership.Status.MEMBER, "accepted")


def decline(membership: GroupMembership) -> None:
    decide(membership, GroupMembership.Status.DECLINED, "declined")


def decide(membership: GroupMembership, status: str, outcome: str) -> None:
    """Answer a waiting request and email the person; a request already answered, or to a
    closed group, is left as it is."""
    if not membership.is_waiting:
        return
    if not membership.group.is_open:
        raise Refused("closed")
    with transaction.atomic():
        membership.status = status
        membership.decided_at = timezone.now()
        membership.save(update_fields=["status", "decided_at"])
        tell_person(membership, outcome)


def tell_person(membership: GroupMembership, outcome: str) -> None:
    """Email the person the answer to their request, in their language, with the group's
    name in that language and a link to their groups in the members' area."""
    user = membership.user
    if not user.is_active or not user.email:
        return
    language = email_language(user)
    context = {
        "group": getattr(membership.group, f"name_{language}") or membership.group.name_en,
        "link": site_url("groups:mine", language),
    }
    subject, body = render_email(f"groups/emails/{outcome}", language, context)
    message = EmailMessage(subject, body, to=[user.email], headers={"Content-Language": language})
    send([message], about=f"working group: {outcome}")
