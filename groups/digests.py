"""The daily and weekly digests: per person, one email listing what was written in each of
their groups where they chose that digest, since their last one (``tasks.send_daily_digests``
and ``send_weekly_digests``, scheduled in ``background.schedule``).

Built in a fixed number of queries however many people get one: the memberships with that
choice (with their people and groups), the groups page, then the posts of the period in all
those groups at once; each person's share is picked in memory (the posts sorted by time, a
binary search for where their digest starts). The emails go to the outbox in one insert, and
each membership's ``digested_until`` moves to the time the digest was built, in the same
transaction: a second run finds nothing new and sends nothing, and a person with nothing new
gets no email. A digest covers at most two periods: a day without a worker is caught up,
someone back after months gets the latest only."""

from bisect import bisect_right
from collections import defaultdict
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from itertools import groupby
from textwrap import indent

from django.core.mail import EmailMessage
from django.db import transaction
from django.utils import timezone

from background.mail import send
from groups.models import GroupMembership, Post, groups_page
from groups.notifications import (
    Addresses,
    group_name,
    language_of,
    shown_posts,
    stop_url,
)
from pages.forms import render_email, unsubscribe_headers

PERIODS = {
    GroupMembership.Emails.DAILY: timedelta(days=1),
    GroupMembership.Emails.WEEKLY: timedelta(days=7),
}
# Per group, the latest posts a digest shows (the others are counted, with a link).
POSTS_PER_GROUP = 20
EXCERPT_CHARACTERS = 400
POST_INDENT = "  "  # each line of a post, under its author


@dataclass
class DigestThread:
    title: str
    is_new: bool
    link: str
    posts: list[dict] = field(default_factory=list)


@dataclass
class DigestSection:
    group: str
    space_link: str
    threads: list[DigestThread]
    more: int


class Period:
    """The posts of one digest run, by group and in the order written."""

    def __init__(self, emails: str, now: datetime, memberships: list[GroupMembership]):
        self.now = now
        self.default_start = now - PERIODS[emails]
        self.earliest = now - 2 * PERIODS[emails]
        self.posts: dict[int, list[Post]] = defaultdict(list)
        self.times: dict[int, list[datetime]] = defaultdict(list)
        if memberships:
            self.read({m.group_id for m in memberships}, min(map(self.start, memberships)))

    def start(self, membership: GroupMembership) -> datetime:
        """Since the membership's last digest, else a period ago, but never before the person
        was let in (a new member gets what was written since)."""
        joined = membership.decided_at or self.earliest
        return max(membership.digested_until or self.default_start, joined, self.earliest)

    def read(self, group_ids: set[int], since: datetime) -> None:
        posts = (
            shown_posts()
            .filter(thread__group__in=group_ids, created_at__gt=since, created_at__lte=self.now)
            .select_related("thread", "author__member_account__authority")
            .order_by("created_at", "pk")
        )
        for post in posts:
            self.posts[post.thread.group_id].append(post)
            self.times[post.thread.group_id].append(post.created_at)

    def new_for(self, membership: GroupMembership) -> list[Post]:
        """The posts of the membership's group since its last digest, but the person's own."""
        group = membership.group_id
        first = bisect_right(self.times[group], self.start(membership))
        return [post for post in self.posts[group][first:] if post.author_id != membership.user_id]


def subscribed(emails: str):
    """The memberships that get this digest: people taking part, with an address."""
    return (
        GroupMembership.objects.taking_part()
        .filter(emails=emails)
        .exclude(user__email="")
        .select_related("user__member_account", "group")
        .order_by("user_id", "group__slug")
    )


def section(
    membership: GroupMembership, posts: list[Post], addresses: Addresses, language: str
) -> DigestSection:
    """A group's part of a digest: its latest posts, by discussion."""
    group = membership.group
    shown = posts[-POSTS_PER_GROUP:]
    threads: dict[int, DigestThread] = {}
    for post in shown:
        if post.thread_id not in threads:
            threads[post.thread_id] = DigestThread(
                title=post.thread.title,
                is_new=post.opens_thread,
                link=addresses.post(group, post.pk, language),
            )
        threads[post.thread_id].posts.append(
            {
                "author": post.signature,
                "created_at": post.created_at,
                "excerpt": indent(post.excerpt(EXCERPT_CHARACTERS), POST_INDENT),
            }
        )
    return DigestSection(
        group=group_name(group, language),
        space_link=addresses.space(group, language),
        threads=list(threads.values()),
        more=len(posts) - len(shown),
    )


def digest_email(
    memberships: list[GroupMembership], emails: str, period: Period, addresses: Addresses
) -> EmailMessage | None:
    """One person's digest of their groups with this choice; None if nothing is new."""
    language = language_of(memberships[0])
    sections = [
        section(membership, posts, addresses, language)
        for membership in memberships
        if (posts := period.new_for(membership))
    ]
    if not sections:
        return None
    stop_link = stop_url([membership.pk for membership in memberships], language)
    context = {"weekly": emails == GroupMembership.Emails.WEEKLY, "sections": sections}
    subject, body = render_email(
        "groups/emails/digest", language, context | {"stop_link": stop_link}
    )
    return EmailMessage(
        subject,
        body,
        to=[memberships[0].user.email],
        headers=unsubscribe_headers(stop_link, language),
    )


def build_digests(emails: str, now: datetime) -> tuple[list[EmailMessage], list[int]]:
    """The digests ``emails`` (daily or weekly) due at ``now``, and the memberships they
    cover."""
    memberships = list(subscribed(emails))
    page = groups_page()
    if not memberships or page is None:
        return [], []
    period = Period(emails, now, memberships)
    addresses = Addresses(page)
    messages = [
        digest_email(list(person), emails, period, addresses)
        for _user, person in groupby(memberships, key=lambda membership: membership.user_id)
    ]
    return [message for message in messages if message], [m.pk for m in memberships]


def send_digests(emails: str, now: datetime | None = None) -> int:
    """Build and send the digests ``emails`` due now; how many were sent."""
    now = now or timezone.now()
    with transaction.atomic():
        messages, covered = build_digests(emails, now)
        if messages:
            send(messages, f"working groups: {emails} digest")
        GroupMembership.objects.filter(pk__in=covered).update(digested_until=now)
    return len(messages)
