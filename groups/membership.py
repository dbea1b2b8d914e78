"""Joining a working group: a person of an active member authority asks, staff (in the
admin) or the group's leads (in the members' area, emailed of each request) accept or
decline, and the person is told by email in their language; a member leaves when they
wish. The leads are the people of a lead authority who take part in the group, not their
colleagues outside it. A closed group takes no request.

Who may do what is read on every request from the person's account, so a person whose
authority is no longer active can neither ask, decide nor take part."""

from django.core.mail import EmailMessage
from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext

from background.mail import send
from groups.models import GroupMembership, WorkingGroup
from members.access import account_of
from members.accounts import email_language, site_url
from members.models import MemberAccount
from pages.forms import render_email

DECIDE_PERMISSION = "groups.change_groupmembership"


class Refused(Exception):
    """What was asked cannot be done: ``reason`` says why ("closed", "not_member",
    "answered")."""

    def __init__(self, reason: str):
        super().__init__(reason)
        self.reason = reason


def member_account(user) -> MemberAccount | None:
    """The person's account if it lets them take part in groups now, else None."""
    account = account_of(user)
    return account if account is not None and account.grants_access else None


def ask_to_join(group: WorkingGroup, user) -> GroupMembership:
    """Record ``user``'s request to join ``group`` (again, after a decline) and email the
    group's leads; a member stays one, a request waiting is not told twice."""
    if not group.is_open:
        raise Refused("closed")
    if member_account(user) is None:
        raise Refused("not_member")
    with transaction.atomic():
        membership, created = GroupMembership.objects.get_or_create(
            group=group, user=user, defaults={"asked_at": timezone.now()}
        )
        if not created and membership.status == GroupMembership.Status.DECLINED:
            membership.status = GroupMembership.Status.REQUESTED
            membership.asked_at = timezone.now()
            membership.decided_at = None
            membership.save(update_fields=["status", "asked_at", "decided_at"])
            created = True
        if created:
            tell_leads(membership)
    return membership


def leave(group: WorkingGroup, user) -> None:
    """``user`` leaves ``group``, or withdraws their request."""
    GroupMembership.objects.filter(group=group, user=user).exclude(
        status=GroupMembership.Status.DECLINED
    ).delete()


def may_decide(user, group: WorkingGroup) -> bool:
    """Staff allowed to change memberships, or one of the group's leads (a person of an
    active lead authority who takes part in it)."""
    if not user.is_authenticated or not user.is_active:
        return False
    return user.has_perm(DECIDE_PERMISSION) or group.is_led_by(user)


def accept(membership: GroupMembership) -> None:
    decide(membership, GroupMembership.Status.MEMBER, "accepted")


def decline(membership: GroupMembership) -> None:
    decide(membership, GroupMembership.Status.DECLINED, "declined")


def decide(membership: GroupMembership, status: str, outcome: str) -> None:
    """Answer a waiting request and email the person. A request already answered
    (``Refused("answered")``, even by someone else a moment before) or to a closed group
    (``Refused("closed")``) is left as it is."""
    if not membership.is_waiting:
        raise Refused("answered")
    if not membership.group.is_open:
        raise Refused("closed")
    now = timezone.now()
    with transaction.atomic():
        waiting = GroupMembership.objects.filter(
            pk=membership.pk, status=GroupMembership.Status.REQUESTED
        )
        if not waiting.update(status=status, decided_at=now):
            membership.refresh_from_db(fields=["status", "decided_at"])
            raise Refused("answered")
        membership.status, membership.decided_at = status, now
        tell_person(membership, outcome)


def refusal_message(refusal: Refused, membership: GroupMembership) -> str:
    """What staff or a lead read when their decision on ``membership`` was refused."""
    if refusal.reason != "answered":
        return gettext("This group is closed and takes no new members.")
    person = membership.user.get_full_name() or membership.user.email
    if membership.is_member:
        return gettext(
            "This request was already answered: %(person)s is a member of the group."
        ) % {"person": person}
    return gettext("This request was already answered: it was declined.")


def leads_to_tell(membership: GroupMembership):
    """The group's leads who take part now, with an address, but the person asking."""
    return (
        GroupMembership.objects.taking_part()
        .filter(
            group=membership.group_id,
            user__member_account__authority__in=membership.group.leads.all(),
        )
        .exclude(user=membership.user_id)
        .exclude(user__email="")
        .select_related("user__member_account")
        .order_by("pk")
    )


def tell_leads(membership: GroupMembership) -> None:
    """Email the group's leads that a person asks to join, each in their language, with a
    link to their groups in the members' area, where they answer."""
    person = membership.user
    account = getattr(person, "member_account", None)
    messages = []
    for lead in leads_to_tell(membership):
        language = lead.user.member_account.language
        context = {
            "person": person.get_full_name() or person.email,
            "authority": account.authority.name if account else "",
            "group": getattr(membership.group, f"name_{language}") or membership.group.name_en,
            "link": site_url("groups:mine", language),
        }
        subject, body = render_email("groups/emails/request", language, context)
        messages.append(
            EmailMessage(
                subject, body, to=[lead.user.email], headers={"Content-Language": language}
            )
        )
    if messages:
        send(messages, "working group: request to join")


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
