"""Staff moderate the groups' spaces in the admin: Editors and Moderators reach the
discussions, posts, reported posts and shared files (menu and pages), staff in neither group
do not; a reported post is emailed to the moderators, once per person and post."""

import re

import pytest
from django.contrib.auth.models import Group as StaffGroup
from django.contrib.auth.models import Permission

from background.models import OutgoingEmail
from groups.factories import PostFactory, SharedFileFactory, ThreadFactory
from groups.models import PostReport
from members.factories import UserFactory
from tests.groups.conftest import space_path

pytestmark = pytest.mark.django_db

MENU = ["Discussions", "Posts", "Reported posts", "Shared files"]


def staff(email: str, group: str = "Admin access only"):
    """A staff account of Wagtail's ``group`` (by default one that only reaches the admin)."""
    user = UserFactory(email=email, first_name="Hélène", last_name="Dubreuil", is_staff=True)
    if group == "Admin access only":
        StaffGroup.objects.get_or_create(name=group)[0].permissions.add(
            Permission.objects.get(codename="access_admin")
        )
    user.groups.add(StaffGroup.objects.get(name=group))
    return user


@pytest.fixture
def moderated(network):
    post = PostFactory(thread=ThreadFactory(group=network.group, title="Night mayors"))
    report = PostReport.objects.create(
        post=post, reporter=network.member.user, reason="Spam", created_at=post.created_at
    )
    shared = SharedFileFactory(group=network.group)
    return {
        "/admin/snippets/groups/thread/": 200,
        f"/admin/snippets/groups/thread/edit/{post.thread_id}/": 200,
        "/admin/snippets/groups/post/": 200,
        f"/admin/snippets/groups/post/edit/{post.pk}/": 200,
        "/admin/snippets/groups/postreport/": 200,
        f"/admin/snippets/groups/postreport/edit/{report.pk}/": 200,
        f"/admin/snippets/groups/postreport/delete/{report.pk}/": 200,
        "/admin/snippets/groups/sharedfile/": 200,
        f"/admin/snippets/groups/sharedfile/edit/{shared.pk}/": 200,
    }


def menu_of(client) -> str:
    return client.get("/admin/").content.decode()


@pytest.mark.parametrize("group", ["Editors", "Moderators"])
def test_editors_and_moderators_moderate_in_the_admin(client, moderated, group):
    client.force_login(staff("helene@efus.eu", group))

    menu = menu_of(client)
    for label in MENU:
        assert f'"{label}"' in menu, label
    for url, status in moderated.items():
        assert client.get(url).status_code == status, url


@pytest.mark.parametrize("group", ["Editors", "Moderators"])
def test_nobody_adds_a_post_report_or_file_in_a_members_name(client, moderated, group):
    client.force_login(staff("helene@efus.eu", group))

    for model in ["post", "postreport", "sharedfile"]:
        response = client.get(f"/admin/snippets/groups/{model}/add/")
        assert response.status_code == 302 and response["Location"] == "/admin/", model


def test_staff_in_neither_group_cannot_moderate(client, moderated):
    client.force_login(staff("intern@efus.eu"))

    menu = menu_of(client)
    for label in MENU:
        assert f'"{label}"' not in menu, label
    for url in moderated:
        response = client.get(url)
        assert response.status_code == 302 and response["Location"] == "/admin/", url


def report(client, network, post, reason="Spam"):
    return client.post(
        space_path(network.page, network.group, "space_report", post.pk),
        {"reason": reason},
        follow=True,
    )


def test_a_report_is_emailed_to_the_moderators_in_english(client, network):
    moderator = staff("moderator@efus.eu", "Moderators")
    editor = staff("editor@efus.eu", "Editors")
    staff("intern@efus.eu")
    UserFactory(email="gone@efus.eu", is_staff=True, is_active=False).groups.add(
        StaffGroup.objects.get(name="Moderators")
    )
    post = PostFactory(thread=ThreadFactory(group=network.group, title="Night mayors"))
    client.force_login(network.member.user)

    response = report(client, network, post, reason="Personal data in it")

    assert "Thank you: staff will look at this post." in response.content.decode()
    emails = OutgoingEmail.objects.filter(about="working group: reported post")
    assert sorted(email.recipient for email in emails) == sorted([moderator.email, editor.email])
    message = emails.first().message()
    assert message.extra_headers["Content-Language"] == "en"
    assert "Night mayors" in message.subject
    assert "Personal data in it" in message.body
    assert f"/admin/snippets/groups/post/edit/{post.pk}/" in message.body
    assert space_path(network.page, network.group, "space_post", post.pk) in message.body


def test_reporting_the_same_post_again_says_it_is_already_reported(client, network):
    staff("moderator@efus.eu", "Moderators")
    post = PostFactory(thread=ThreadFactory(group=network.group))
    client.force_login(network.member.user)
    report(client, network, post, reason="a")

    again = report(client, network, post, reason="b")

    assert "You have already reported this post" in again.content.decode()
    assert list(PostReport.objects.values_list("reason", flat=True)) == ["a"]
    assert OutgoingEmail.objects.filter(about="working group: reported post").count() == 1
    client.force_login(network.lead.user)
    report(client, network, post, reason="c")
    assert PostReport.objects.count() == 2


def test_the_reported_posts_say_what_was_written_and_whether_it_is_hidden(admin_client, network):
    thread = ThreadFactory(group=network.group)
    for text, hidden_at in [("Buy cheap watches", None), ("Rude words", thread.created_at)]:
        post = PostFactory(thread=thread, text=text, hidden_at=hidden_at)
        PostReport.objects.create(
            post=post, reporter=network.member.user, reason="Spam", created_at=post.created_at
        )

    listing = admin_client.get("/admin/snippets/groups/postreport/").content.decode()

    hidden = {
        text: re.search(r'w-sr-only">\s*(True|False)', listing[listing.index(text) :]).group(1)
        for text in ("Buy cheap watches", "Rude words")
    }
    assert hidden == {"Buy cheap watches": "False", "Rude words": "True"}
