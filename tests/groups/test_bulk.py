"""Discussions in bulk (``manage.py load_bulk_discussions``): groups, members and threads of
twenty posts in the site's languages, written without emailing anyone."""

import pytest
from django.core import mail
from django.core.management import CommandError, call_command

from groups.bulk import POSTS_PER_THREAD, create_bulk_discussions
from groups.models import GroupMembership, Post, Thread, WorkingGroup
from members.factories import MemberAccountFactory

pytestmark = pytest.mark.django_db


def test_the_command_writes_the_posts_in_threads_and_emails_no_one():
    for _ in range(5):
        MemberAccountFactory()

    call_command("load_bulk_discussions", groups=2, posts=45, verbosity=0)

    assert sorted(WorkingGroup.objects.values_list("slug", flat=True)) == ["bulk-1", "bulk-2"]
    assert Post.objects.count() == 45
    assert Thread.objects.count() == 4  # 23 and 22 posts: two threads each
    assert Post.objects.filter(opens_thread=True).count() == 4
    assert {len(p) for p in Post.objects.values_list("language", flat=True)} == {2}
    assert GroupMembership.objects.filter(group__slug="bulk-1").count() == 5
    first = Thread.objects.order_by("pk").first()
    assert first.posts.count() == POSTS_PER_THREAD
    assert first.last_posted_at == first.posts.latest("created_at").created_at
    assert mail.outbox == []


def test_a_second_run_adds_posts_to_the_same_groups():
    MemberAccountFactory()
    create_bulk_discussions(1, 10)

    assert create_bulk_discussions(1, 10, seed=1) == 10

    assert WorkingGroup.objects.count() == 1 and Post.objects.count() == 20


def test_without_member_accounts_the_command_says_so():
    with pytest.raises(CommandError, match="load the demo first"):
        call_command("load_bulk_discussions", groups=1, posts=10, verbosity=0)
    with pytest.raises(CommandError, match="Give 1 to 1000 groups"):
        call_command("load_bulk_discussions", groups=0, posts=10, verbosity=0)
