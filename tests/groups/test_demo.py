"""The demo working groups: built in six languages with members and requests, the same on
every run."""

from django.utils import translation

from groups.demo import build_demo_groups
from groups.models import GroupIndexPage, GroupMembership, Post, Thread, WorkingGroup
from members.factories import MemberAccountFactory, MemberAuthorityFactory


def test_the_demo_builds_groups_in_six_languages_with_members_the_same_on_every_run(site_tree):
    paris = MemberAuthorityFactory(name="Paris", slug="paris")
    for number in range(10):
        MemberAccountFactory(authority=paris if number < 2 else MemberAuthorityFactory())

    build_demo_groups(site_tree.home)
    counts = GroupMembership.objects.count(), Thread.objects.count(), Post.objects.count()
    build_demo_groups(site_tree.home)

    nightlife = WorkingGroup.objects.get(slug="nightlife")
    assert WorkingGroup.objects.count() == 4
    assert GroupIndexPage.objects.count() == 1
    assert (GroupMembership.objects.count(), Thread.objects.count(), Post.objects.count()) == counts
    assert nightlife.threads.count() == 2
    languages = set(Post.objects.values_list("language", flat=True))
    assert languages == {"en", "fr", "de", "it", "es", "pt"}
    assert not Post.objects.filter(author__group_memberships__isnull=True).exists()
    assert list(nightlife.leads.values_list("slug", flat=True)) == ["paris"]
    assert all(nightlife.is_led_by(account.user) for account in paris.accounts.all())
    assert nightlife.memberships.filter(status=GroupMembership.Status.MEMBER).count() == 6
    assert nightlife.memberships.filter(status=GroupMembership.Status.REQUESTED).count() == 2
    assert not WorkingGroup.objects.get(slug="public-spaces").memberships.filter(
        status=GroupMembership.Status.REQUESTED
    )
    with translation.override("pt"):
        assert (
            WorkingGroup.objects.get(slug="nightlife").name == "Vida noturna e noites mais seguras"
        )


def test_the_groups_page_is_in_the_network_menu(site_tree, client):
    MemberAccountFactory()
    build_demo_groups(site_tree.home)

    html = client.get("/fr/").content.decode()

    assert 'href="/fr/groupes/"' in html
