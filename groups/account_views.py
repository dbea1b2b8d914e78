"""A member's working groups in the members' area, ``/<language>/account/groups/``: the groups
they take part in or asked to join and, for the people of a lead authority, the requests to
decide. Only a person of an active member authority comes in; ``account_urls`` marks every
page ``never_cache``. ``stop_emails`` is the link of the emails about the groups'
discussions, which works without signing in."""

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core import signing
from django.http import Http404
from django.shortcuts import get_object_or_404, redirect
from django.template.response import TemplateResponse
from django.utils.translation import gettext as _
from django.views.decorators.csrf import csrf_exempt
from django.views.decorators.http import require_http_methods, require_POST

from groups import membership as joining
from groups import notifications
from groups.models import GroupMembership, WorkingGroup, groups_page
from members.access import account_of

DECISIONS = {"accept": joining.accept, "decline": joining.decline}


@login_required
def mine(request):
    account = account_of(request.user)
    context = {"title": _("Your working groups"), "account": account, "page_of": groups_page()}
    if account is None or not account.grants_access:
        return TemplateResponse(request, "groups/account/refused.html", context, status=403)
    context.update(
        memberships=GroupMembership.objects.filter(user=request.user)
        .exclude(status=GroupMembership.Status.DECLINED)
        .select_related("group")
        .order_by("group__slug"),
        requests=GroupMembership.objects.waiting()
        .filter(group__leads=account.authority, group__status=WorkingGroup.Status.ACTIVE)
        .select_related("group", "user")
        .order_by("asked_at"),
    )
    return TemplateResponse(request, "groups/account/mine.html", context)


@login_required
@require_POST
def decide(request, pk: int, decision: str):
    """A lead accepts or declines a request to join one of the groups their authority leads."""
    if decision not in DECISIONS:
        raise Http404
    membership = get_object_or_404(GroupMembership.objects.select_related("group", "user"), pk=pk)
    if joining.member_account(request.user) is None or not membership.group.is_led_by(request.user):
        raise Http404
    try:
        DECISIONS[decision](membership)
    except joining.Refused:
        messages.error(request, _("This group is closed and takes no new members."))
    else:
        messages.success(request, decided_message(decision, membership))
    return redirect("groups:mine")


def decided_message(decision: str, membership: GroupMembership) -> str:
    person = membership.user.get_full_name() or membership.user.email
    if decision == "accept":
        return _("%(person)s is now a member of the group.") % {"person": person}
    return _("The request of %(person)s was declined.") % {"person": person}


# The signed token is the key, so neither a sign-in nor Django's CSRF token is asked: mail
# programs send the one-click POST (RFC 8058) from elsewhere, without cookies or an origin.
@csrf_exempt
@require_http_methods(["GET", "HEAD", "POST"])
def stop_emails(request, token: str):
    """GET asks to confirm; POST stops the emails about the discussions of the groups the
    token names. A token that is not the site's is a 404, and changes nothing."""
    try:
        pks = notifications.stopped_by(token)
    except signing.BadSignature:
        raise Http404 from None
    memberships = list(
        GroupMembership.objects.filter(pk__in=pks).select_related("group").order_by("group__slug")
    )
    if not memberships:
        raise Http404
    stopped = request.method == "POST"
    if stopped:
        for membership in memberships:
            membership.choose_emails(GroupMembership.Emails.NONE)
    context = {
        "title": _("Emails about the working groups"),
        "memberships": memberships,
        "stopped": stopped,
    }
    return TemplateResponse(request, "groups/account/stop.html", context)
