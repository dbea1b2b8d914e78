"""The groups' list and a group's page keep the query budget, with as many queries for a few
groups as for many."""

import random

from groups.bulk import add_threads
from groups.factories import GroupFactory, GroupMembershipFactory, SharedFileFactory
from groups.models import Post
from tests.budgets import assert_same_counts, page_queries
from tests.groups.conftest import group_path, path_of, space_path


def add_groups(count: int, network) -> None:
    leads = list(network.group.leads.all())
    for number in range(count):
        group = GroupFactory(slug=f"more-{number}", leads=leads)
        GroupMembershipFactory(group=group)
        GroupMembershipFactory(group=network.group)


def test_the_list_and_a_group_page_keep_the_budget_with_few_and_many_groups(client, network):
    paths = [path_of(network.page), group_path(network.page, network.group)]
    few = page_queries(client, paths)

    add_groups(40, network)
    many = page_queries(client, paths)

    assert_same_counts(few, many, ("1 group", "41 groups"))


def add_events_and_outputs(group, pages, count: int, start: int = 0) -> None:
    """``count`` coming events, publications (half for members only), practices and
    projects of ``group``."""
    from practices.factories import PracticeFactory
    from projects.factories import ProjectPageFactory
    from publications.factories import PublicationFactory
    from tests.events.test_tags import on

    for number in range(start, start + count):
        group.events.add(on(pages["events"], 1 + number, f"Meeting {number}"))
        group.publications.add(PublicationFactory(access="members" if number % 2 else "public"))
        group.practices.add(PracticeFactory())
        group.projects.add(ProjectPageFactory(parent=pages["projects"], name=f"Work {number}"))


def content_pages(home) -> dict:
    from events.factories import EventIndexPageFactory
    from practices.factories import PracticeLibraryPageFactory
    from projects.factories import ProjectIndexPageFactory

    PracticeLibraryPageFactory(parent=home)
    return {
        "events": EventIndexPageFactory(parent=home),
        "projects": ProjectIndexPageFactory(parent=home),
    }


def test_the_space_and_a_thread_keep_the_budget_with_few_and_many_posts(client, network):
    """A member's view of the space and of a long thread: as many queries with a handful of
    posts, events and outputs as with thousands of posts and dozens of events and outputs
    (``groups.bulk``, as ``load_bulk_discussions`` writes them)."""
    rng = random.Random(0)  # noqa: S311 - synthetic data
    authors = [network.member.user, network.lead.user]
    pages = content_pages(network.page.get_parent())
    add_events_and_outputs(network.group, pages, 2)
    add_threads(network.group, authors, 40, rng)
    thread = network.group.threads.order_by("pk").first()
    SharedFileFactory(group=network.group, shared_by=network.member.user)
    client.force_login(network.member.user)
    paths = [
        space_path(network.page, network.group),
        space_path(network.page, network.group, "space_thread", thread.pk),
        space_path(network.page, network.group, "space_thread", thread.pk) + "?page=1",
    ]
    few = page_queries(client, paths)

    add_threads(network.group, authors, 3000, rng)
    Post.objects.bulk_create(
        Post(
            thread=thread,
            author=network.member.user,
            text="More",
            language="en",
            created_at=thread.created_at,
        )
        for _ in range(500)
    )
    add_events_and_outputs(network.group, pages, 30, start=2)
    many = page_queries(client, paths)

    assert_same_counts(few, many, ("40 posts", "3,540 posts"))
