"""Build (or bring up to date) the demo working groups, their page, their members and their
discussions. Groups are matched by slug, the page by its English slug, members by person and
group, discussions by group and title: every run gives the same ones. The discussions are
written as they stand, without emailing anyone."""

from datetime import timedelta

from django.conf import settings
from django.db import transaction
from django.utils import timezone, translation

from groups.demo import content
from groups.models import GroupIndexPage, GroupMembership, Post, Thread, WorkingGroup
from members.models import JoinPage, MemberAccount, MemberAuthority
from pages.caching import page_cache_emptied_once
from pages.demo.builder import translated, upsert_page
from themes.models import Theme

# How many of each output a demo group links to, found on its themes.
OUTPUTS = 3


@transaction.atomic
def build_demo_groups(home) -> None:
    with translation.override(settings.LANGUAGE_CODE), page_cache_emptied_once():
        build_page(home)
        accounts = list(
            MemberAccount.objects.filter(authority__status=MemberAuthority.Status.ACTIVE)
            .select_related("user")
            .order_by("user__email")
        )
        for number, data in enumerate(content.GROUPS):
            group = upsert_group(data)
            link_outputs(group, data["themes"])
            add_members(group, accounts, number)
            add_discussions(group, content.DISCUSSIONS.get(group.slug, ()))


def build_page(home) -> GroupIndexPage:
    """The groups page, placed among the network's sections just before the join page when
    it is made: the main menu keeps the tree's order."""
    made = GroupIndexPage.objects.exists()
    page = upsert_page(home, GroupIndexPage, content.GROUPS_PAGE)
    join = JoinPage.objects.child_of(home).first()
    if not made and join is not None:
        page.move(join, pos="left")
    return page


def upsert_group(data: dict) -> WorkingGroup:
    group, _created = WorkingGroup.objects.update_or_create(
        slug=data["slug"],
        defaults={
            "status": data["status"],
            "name": data["name"]["en"],
            "description": data["description"]["en"],
            **translated("name", data["name"]),
            **translated("description", data["description"]),
        },
    )
    group.themes.set(Theme.objects.filter(slug__in=data["themes"]))
    group.leads.set(MemberAuthority.objects.filter(slug__in=data["leads"]))
    return group


def link_outputs(group: WorkingGroup, themes: tuple[str, ...]) -> None:
    """The publications, practices, projects and events on the group's themes, reached
    through the group's own relations."""
    on_themes = {"themes__slug__in": themes}
    group.publications.set(
        newest(group.publications.model.objects.filter(**on_themes), "-published_on")
    )
    group.practices.set(newest(group.practices.model.objects.filter(live=True, **on_themes), "-pk"))
    group.projects.set(newest(group.projects.model.objects.live().filter(**on_themes), "-pk"))
    group.events.set(newest(group.events.model.objects.live().filter(**on_themes), "-starts_at"))


def newest(rows, order: str) -> list:
    return list(rows.order_by(order, "pk").distinct()[:OUTPUTS].values_list("pk", flat=True))


def add_members(group: WorkingGroup, accounts: list[MemberAccount], number: int) -> None:
    """The people of the lead authorities and a few others as members; two more asking to
    join (none for a closed group)."""
    leads = set(group.leads.values_list("pk", flat=True))
    members = [account for account in accounts if account.authority_id in leads]
    others = [account for account in accounts if account.authority_id not in leads]
    others = others[number:] + others[:number]  # each group its own people
    joined = max(0, content.MEMBERS_PER_GROUP - len(members))
    members += others[:joined]
    asking = others[joined : joined + content.REQUESTS_PER_GROUP]
    now = timezone.now()
    for account in members:
        GroupMembership.objects.update_or_create(
            group=group,
            user=account.user,
            defaults={"status": GroupMembership.Status.MEMBER, "asked_at": now, "decided_at": now},
        )
    if group.is_open:
        for account in asking:
            GroupMembership.objects.get_or_create(
                group=group, user=account.user, defaults={"asked_at": now}
            )


def add_discussions(group: WorkingGroup, discussions) -> None:
    """The group's demo threads, each with its posts by the group's members in turn."""
    authors = [
        membership.user
        for membership in group.memberships.filter(status=GroupMembership.Status.MEMBER)
        .select_related("user")
        .order_by("user__email")
    ]
    if not authors:
        return
    start = timezone.now() - timedelta(days=len(discussions))
    for number, (title, posts) in enumerate(discussions):
        if group.threads.filter(title=title).exists():
            continue
        opened = start + timedelta(days=number)
        last = opened + timedelta(hours=len(posts) - 1)
        thread = Thread.objects.create(
            group=group, title=title, created_at=opened, last_posted_at=last
        )
        Post.objects.bulk_create(
            Post(
                thread=thread,
                author=authors[(number + position) % len(authors)],
                opens_thread=position == 0,
                language=language,
                text=text,
                created_at=opened + timedelta(hours=position),
            )
            for position, (language, text) in enumerate(posts)
        )
    # What the demo wrote is no news: its members' first digests start after it.
    group.memberships.filter(digested_until__isnull=True).update(digested_until=timezone.now())
