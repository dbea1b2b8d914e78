"""Discussions in bulk, for scale tests and benchmarks: ``manage.py load_bulk_discussions``
adds groups (slugs ``bulk-<n>``) until there are ``groups`` of them, makes the people of
active member authorities their members, and writes threads of ``POSTS_PER_THREAD`` posts
with ``bulk_create``, in the site's languages, then refreshes the planner's statistics. It
sends no signals and notifies no one: the space is never cached, and notifications look at
posts as they are written."""

import random
from datetime import timedelta

from django.contrib.auth import get_user_model
from django.db import transaction
from django.utils import timezone

from groups.models import GroupMembership, Post, Thread, WorkingGroup
from members.models import MemberAccount, MemberAuthority
from pages.bulk import refresh_statistics

SLUG_PREFIX = "bulk-"
POSTS_PER_THREAD = 20
MEMBERS_PER_GROUP = 40
BATCH_SIZE = 5000
User = get_user_model()
TEXTS = {
    "en": "How does your city organise night mediation? We are starting a pilot this autumn.",
    "fr": "Nous avons évalué notre médiation nocturne : voici ce que nous avons appris.",
    "de": "Wie binden Sie die Anwohner in die Planung des öffentlichen Raums ein?",
    "it": "A Torino abbiamo formato i mediatori con le associazioni del quartiere.",
    "es": "¿Alguien tiene experiencia con consejos de la noche en ciudades medianas?",
    "pt": "Em Lisboa, a polícia municipal trabalha com os comerciantes do bairro.",
}


def bulk_groups(count: int) -> list[WorkingGroup]:
    """The bulk groups, created up to ``count``."""
    existing = list(WorkingGroup.objects.filter(slug__startswith=SLUG_PREFIX).order_by("pk"))
    missing = [
        WorkingGroup(
            slug=f"{SLUG_PREFIX}{n}", name=f"Working group {n}", name_en=f"Working group {n}"
        )
        for n in range(len(existing) + 1, count + 1)
    ]
    return existing + WorkingGroup.objects.bulk_create(missing)


def add_members(groups: list[WorkingGroup], users: list, rng: random.Random) -> None:
    now = timezone.now()
    GroupMembership.objects.bulk_create(
        [
            GroupMembership(
                group=group, user=user, status=GroupMembership.Status.MEMBER, asked_at=now
            )
            for group in groups
            for user in rng.sample(users, min(MEMBERS_PER_GROUP, len(users)))
        ],
        ignore_conflicts=True,
    )


def add_threads(group: WorkingGroup, authors: list, posts: int, rng: random.Random) -> int:
    """Threads in ``group`` holding ``posts`` posts in all, the oldest first; how many."""
    start = timezone.now() - timedelta(minutes=posts)
    threads = Thread.objects.bulk_create(
        [
            Thread(group=group, title=f"Discussion {n + 1}", created_at=start, last_posted_at=start)
            for n in range(-(-posts // POSTS_PER_THREAD))
        ]
    )
    rows = []
    for number in range(posts):
        thread = threads[number // POSTS_PER_THREAD]
        language = rng.choice(list(TEXTS))
        posted = start + timedelta(minutes=number)
        thread.last_posted_at = posted
        rows.append(
            Post(
                thread=thread,
                author=rng.choice(authors),
                opens_thread=number % POSTS_PER_THREAD == 0,
                text=TEXTS[language],
                language=language,
                created_at=posted,
            )
        )
    Post.objects.bulk_create(rows, batch_size=BATCH_SIZE)
    Thread.objects.bulk_update(threads, ["last_posted_at"], batch_size=BATCH_SIZE)
    return posts


@transaction.atomic
def create_bulk_discussions(groups: int, posts: int, seed: int = 0) -> int:
    """Add ``posts`` posts spread over ``groups`` bulk groups; how many were added."""
    rng = random.Random(seed)  # noqa: S311 - synthetic data, not security
    users = list(
        MemberAccount.objects.filter(authority__status=MemberAuthority.Status.ACTIVE)
        .order_by("user")
        .values_list("user", flat=True)[:2000]
    )
    users = [User(pk=pk) for pk in users]
    if not users or groups <= 0:
        return 0
    shown = bulk_groups(groups)
    add_members(shown, users, rng)
    per_group = posts // len(shown)
    written = 0
    for number, group in enumerate(shown):
        share = per_group + (1 if number < posts % len(shown) else 0)
        authors = [User(pk=pk) for pk in group.memberships.values_list("user", flat=True)]
        written += add_threads(group, authors, share, rng) if share else 0
    refresh_statistics(WorkingGroup, GroupMembership, Thread, Post)
    return written
