"""The working groups in the members' area's home: the person's groups with their latest
discussion, their requests still waiting, and how many requests the groups they lead (as a
person of a lead authority taking part) have to decide."""

from typing import NamedTuple

from django import template
from django.db.models import Count, Exists, OuterRef, Q, Subquery

from groups.models import GroupMembership, Thread, WorkingGroup, groups_page
from groups.models.discussions import opening_language
from groups.models.working_groups import counted

register = template.Library()


class Entry(NamedTuple):
    group: WorkingGroup
    url: str
    asked: bool  # a request waiting for an answer, not yet a membership


def groups_of(account):
    """The groups ``account``'s person takes part in or asked to join (``person_status``),
    and the open groups they lead with requests waiting (``waiting``, ``led``);
    each with its newest visible discussion (``latest_title``, its ``latest_language``,
    ``latest_at``). One query."""
    theirs = GroupMembership.objects.filter(group=OuterRef("pk"), user_id=account.user_id)
    led = WorkingGroup.objects.led_by(account.user_id).filter(pk=OuterRef("pk"))
    latest = (
        Thread.objects.visible().filter(group=OuterRef("pk")).order_by("-last_posted_at", "-pk")
    )
    return (
        WorkingGroup.objects.annotate(
            person_status=Subquery(
                theirs.exclude(status=GroupMembership.Status.DECLINED).values("status")[:1]
            ),
            led=Exists(led),
            waiting=counted(GroupMembership.objects.waiting(), Count("pk")),
            latest_title=Subquery(latest.values("title")[:1]),
            latest_language=Subquery(
                latest.annotate(language=opening_language()).values("language")[:1]
            ),
            latest_at=Subquery(latest.values("last_posted_at")[:1]),
        )
        .filter(
            Q(person_status__isnull=False)
            | Q(led=True, waiting__gt=0, status=WorkingGroup.Status.ACTIVE)
        )
        .order_by("person_status", "slug")  # "member" before "requested"
    )


def entry(page, group: WorkingGroup) -> Entry:
    """A member's way into the group's space; a person who asked, the group's page."""
    asked = group.person_status == GroupMembership.Status.REQUESTED
    if page is None:
        return Entry(group, "", asked)
    return Entry(group, page.group_url(group) if asked else page.space_url(group), asked)


@register.inclusion_tag("groups/account/home_section.html")
def members_area_groups(account) -> dict:
    """For a person of an active authority (nothing otherwise): their groups and requests,
    and how many requests to join their authority's groups wait, in one query."""
    if account is None or not account.grants_access:
        return {"shown": False}
    page = groups_page()
    groups = list(groups_of(account))
    return {
        "shown": True,
        "entries": [entry(page, group) for group in groups if group.person_status],
        "to_decide": sum(group.waiting for group in groups if group.led and group.is_open),
        "all_groups_url": page.url if page else "",
    }
