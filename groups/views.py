"""The working groups' public pages, served by ``GroupIndexPage``'s routes: the list of
groups, a group's page, and the two forms a signed-in member sends from it (join, leave).

Anonymous visitors get the same pages as everyone (the page cache keeps them); a signed-in
person's page (never cached) says where they stand and holds the form that applies."""

from django.contrib import messages
from django.contrib.auth.views import redirect_to_login
from django.db.models import Prefetch
from django.shortcuts import get_object_or_404, redirect
from django.template.response import TemplateResponse
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST
from django_ratelimit.core import is_ratelimited
from redis.exceptions import RedisError

from groups import membership as joining
from groups.models import Group, GroupMembership
from members.access import reads_members_only
from members.models import MemberAuthority
from pages.forms import same_origin_only, too_many_requests
from pages.models.base import LANGUAGE_CODES
from pages.routing import live_page

# Requests to join or leave, per person.
RATE = "20/h"


def group_list(request, page):
    context = page.get_context(request)
    context.update(groups=list(Group.objects.listed()))
    return TemplateResponse(request, "groups/group_index_page.html", context)


def group_of(slug: str) -> Group:
    groups = Group.objects.with_figures().prefetch_related(
        Prefetch("leads", MemberAuthority.objects.order_by("name")), "themes"
    )
    return get_object_or_404(groups, slug=slug)


def group_detail(request, page, slug, status=200, **extra):
    group = group_of(slug)
    context = page.get_context(request)
    context.update(
        group=group,
        outputs=outputs_of(group, reads_members_only(request.user)),
        alternate_urls={
            code: page.url_in(code, request) + page.reverse_subpage("group", args=[group.slug])
            for code in LANGUAGE_CODES
        },
        **standing(request.user, group),
        **extra,
    )
    return TemplateResponse(request, "groups/group.html", context, status=status)


def standing(user, group: Group) -> dict:
    """Where the person stands with the group: their membership, whether they may ask to
    join, and whether they decide on requests."""
    if not user.is_authenticated:
        return {}
    account = joining.member_account(user)
    membership = GroupMembership.objects.filter(group=group, user=user).first()
    return {
        "membership": membership if account else None,
        "may_join": account is not None and group.is_open,
        "decides": joining.may_decide(user, group),
    }


def outputs_of(group: Group, members_only: bool) -> dict:
    """The group's publications, practices, projects and events, each with its address;
    members-only publications and practices only for those who read them."""
    publications = group.publications.order_by("-published_on")
    practices = group.practices.filter(live=True).select_related("authority")
    if not members_only:
        publications = publications.filter(access="public")
        practices = practices.filter(access="public")
    library = live_page("publications.LibraryPage")
    exchange = live_page("practices.PracticeLibraryPage")
    return {
        "publications": [
            (publication.title, library.url + library.reverse_subpage("detail", args=[slug]))
            for publication in publications
            if library and (slug := publication.slug)
        ],
        "practices": [
            (
                str(practice.shown_text.title),
                exchange.url + exchange.reverse_subpage("detail", args=[practice.slug]),
            )
            for practice in practices.prefetch_related("texts")
            if exchange and practice.shown_text
        ],
        "projects": list(group.projects.live().order_by("-first_published_at")),
        "events": list(group.events.live().order_by("-starts_at")),
    }


def over_limit(request) -> bool:
    try:
        return is_ratelimited(
            request, group="groups.membership", key="user", rate=RATE, increment=True
        )
    except RedisError:
        return False


@same_origin_only
@require_POST
def join(request, page, slug):
    if not request.user.is_authenticated:
        return redirect_to_login(page.url + page.reverse_subpage("group", args=[slug]))
    group = get_object_or_404(Group, slug=slug)
    if over_limit(request):
        return too_many_requests(group_detail(request, page, slug, too_many=True))
    try:
        membership = joining.ask_to_join(group, request.user)
    except joining.Refused as refusal:
        status = 409 if refusal.reason == "closed" else 403
        return group_detail(request, page, slug, status=status, refused=refusal.reason)
    if membership.is_waiting:
        messages.success(request, _("Your request was sent. You will hear by email."))
    return redirect(page.url + page.reverse_subpage("group", args=[slug]))


@same_origin_only
@require_POST
def leave(request, page, slug):
    if not request.user.is_authenticated:
        return redirect_to_login(page.url + page.reverse_subpage("group", args=[slug]))
    group = get_object_or_404(Group, slug=slug)
    if over_limit(request):
        return too_many_requests(group_detail(request, page, slug, too_many=True))
    joining.leave(group, request.user)
    messages.success(request, _("You are no longer in this group."))
    return redirect(page.url + page.reverse_subpage("group", args=[slug]))
