"""The working groups' public pages, served by ``GroupIndexPage``'s routes: the list of
groups, a group's page, and the two forms a signed-in member sends from it (join, leave).

Anonymous visitors get the same pages as everyone (the page cache keeps them); a signed-in
person's page (never cached) says where they stand and holds the form that applies."""

from django.contrib import messages
from django.contrib.auth.views import redirect_to_login
from django.db.models.fields.json import KT
from django.shortcuts import get_object_or_404, redirect
from django.template.response import TemplateResponse
from django.utils import translation
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST
from django_ratelimit.core import is_ratelimited
from redis.exceptions import RedisError

from groups import membership as joining
from groups.models import GroupMembership, WorkingGroup
from members.access import reads_members_only
from pages.forms import same_origin_only, too_many_requests
from pages.models.base import LANGUAGE_CODES
from pages.routing import live_page

# Requests to join or leave, per person.
RATE = "20/h"


def group_list(request, page):
    context = page.get_context(request)
    context.update(groups=list(WorkingGroup.objects.listed()))
    return TemplateResponse(request, "groups/group_index_page.html", context)


def group_of(slug: str) -> WorkingGroup:
    return get_object_or_404(WorkingGroup.objects.shown(), slug=slug)


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


def standing(user, group: WorkingGroup) -> dict:
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


def outputs_of(group: WorkingGroup, members_only: bool) -> dict:
    """The group's publications, practices, projects and events, each with its address;
    members-only publications and practices only for those who read them. A practice's
    title is its text's in the visitor's language, else its original's, read in the same
    query."""
    publications = group.publications.order_by("-published_on")
    practices = (
        group.practices.live()
        .with_text_in(translation.get_language(), fields=("title",))
        .annotate(title=KT("text_row__title"))
        .order_by("-pk")
    )
    if not members_only:
        publications = publications.filter(access="public")
        practices = practices.public()
    return {
        "publications": routed(publications, "publications.LibraryPage", "title"),
        "practices": routed(practices, "practices.PracticeLibraryPage", "title"),
        "projects": list(group.projects.live().order_by("-first_published_at")),
        "events": list(group.events.live().order_by("-starts_at")),
    }


def routed(rows, page_label: str, title: str) -> list[tuple[str, str]]:
    """``(title, address)`` of each of ``rows``, whose pages ``page_label``'s "detail"
    route serves; none when that page is not live."""
    page = live_page(page_label)
    if page is None:
        return []
    return [
        (row[title], page.url + page.reverse_subpage("detail", args=[row["slug"]]))
        for row in rows.values(title, "slug")
    ]


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
    group = get_object_or_404(WorkingGroup, slug=slug)
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
    group = get_object_or_404(WorkingGroup, slug=slug)
    if over_limit(request):
        return too_many_requests(group_detail(request, page, slug, too_many=True))
    joining.leave(group, request.user)
    messages.success(request, _("You are no longer in this group."))
    return redirect(page.url + page.reverse_subpage("group", args=[slug]))
