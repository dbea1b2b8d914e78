"""Who reaches each path of a group's space: anonymous visitors are sent to sign in; a former
member, a member of another group, a colleague of the leads outside the group and a person
whose authority left are refused; the group's members, its leads (its members of a lead
authority) and staff come in. A post of a hidden thread stays hidden from members; a file
of a group one left is refused at once."""

import pytest
from django.contrib.auth.models import Group as StaffGroup
from django.core.files.uploadedfile import SimpleUploadedFile

from groups import space
from groups.factories import GroupMembershipFactory, PostFactory, ThreadFactory
from groups.membership import leave
from members.factories import MemberAccountFactory
from pages.uploads import recognise
from tests.groups.conftest import PDF, space_path

pytestmark = pytest.mark.django_db

ENTERS = {"member", "lead", "staff"}


@pytest.fixture
def matrix(network, django_user_model):
    """A thread with a post and a reply, a shared file, and one person of each kind."""
    thread = ThreadFactory(group=network.group)
    opening = PostFactory(thread=thread, author=network.member.user, opens_thread=True)
    reply = PostFactory(thread=thread, author=network.lead.user)
    upload = recognise(SimpleUploadedFile("notes.pdf", PDF))
    shared = space.share_file(network.group, network.member.user, upload, "Notes")
    former = MemberAccountFactory(authority__name="Ville de Nice")
    GroupMembershipFactory(group=network.group, user=former.user)
    leave(network.group, former.user)
    staff = django_user_model.objects.create_user("editor@efus.eu", "editor@efus.eu", "x")
    staff.is_staff = True
    staff.save()
    staff.groups.add(StaffGroup.objects.get(name="Editors"))
    colleague = MemberAccountFactory(authority=network.lead.authority)
    people = {
        "former member": former.user,
        "outside the group": network.newcomer.user,
        "lead's colleague outside the group": colleague.user,
        "member": network.member.user,
        "lead": network.lead.user,
        "staff": staff,
    }
    return network, thread, opening, reply, shared, people


def paths(matrix) -> dict[str, tuple[str, str]]:
    network, thread, opening, reply, shared, _people = matrix
    page, group = network.page, network.group
    return {
        "space": ("get", space_path(page, group)),
        "thread": ("get", space_path(page, group, "space_thread", thread.pk)),
        "post": ("get", space_path(page, group, "space_post", reply.pk)),
        "edit": ("get", space_path(page, group, "space_edit", opening.pk)),
        "report": ("get", space_path(page, group, "space_report", reply.pk)),
        "hide": ("post", space_path(page, group, "space_hide", reply.pk)),
        "file": ("get", space_path(page, group, "space_file", shared.pk)),
        "files": ("get", space_path(page, group, "space_files")),
        "people": ("get", space_path(page, group, "space_people")),
    }


def call(client, method, path):
    return client.post(path, {"reason": "Off topic"}) if method == "post" else client.get(path)


def test_anonymous_visitors_are_sent_to_sign_in_on_every_path(client, matrix):
    for name, (method, path) in paths(matrix).items():
        response = call(client, method, path)
        assert response.status_code == 302, name
        assert "login" in response["Location"], name


@pytest.mark.parametrize(
    "person",
    [
        "former member",
        "outside the group",
        "lead's colleague outside the group",
        "member",
        "lead",
        "staff",
    ],
)
def test_every_path_lets_in_only_the_group_its_leads_and_staff(client, matrix, person):
    *_rest, people = matrix
    client.force_login(people[person])
    for name, (method, path) in paths(matrix).items():
        response = call(client, method, path)
        if person not in ENTERS:
            assert response.status_code == 403, (person, name)
            assert "This space is for the members of the group" in response.content.decode()
        elif name == "hide" and person == "member":
            assert response.status_code == 403, (person, name)
        elif name == "edit" and person != "member":
            assert response.status_code == 403, (person, name)  # only its author edits
        else:
            assert response.status_code in (200, 302), (person, name)
        assert "private" in response.get("Cache-Control", ""), (person, name)


def test_a_person_whose_authority_left_is_refused(client, matrix):
    network, *_rest = matrix
    authority = network.member.authority
    authority.status = "former"
    authority.save()
    client.force_login(network.member.user)

    response = client.get(space_path(network.page, network.group))

    assert response.status_code == 403
    html = response.content.decode()
    assert f"The membership of {authority.name} in Efus has ended" in html
    assert "ask to join again" not in html


def test_a_post_of_a_hidden_thread_stays_hidden_from_members(client, matrix):
    network, thread, opening, reply, *_rest, people = matrix
    space.hide(opening, "Insults")

    client.force_login(people["member"])
    followed = client.get(
        space_path(network.page, network.group, "space_post", reply.pk), follow=True
    )
    page = followed.content.decode()
    assert "This discussion was hidden by moderators." in page
    assert reply.text not in page and thread.title not in page
    assert thread.title not in client.get(space_path(network.page, network.group)).content.decode()

    client.force_login(people["staff"])
    page = client.get(space_path(network.page, network.group, "space_thread", thread.pk))
    assert reply.text in page.content.decode() and "Insults" in page.content.decode()


def test_a_file_of_a_group_one_left_is_refused_at_once(client, matrix):
    network, *_rest, shared, people = matrix
    client.force_login(people["member"])
    path = space_path(network.page, network.group, "space_file", shared.pk)
    assert client.get(path).status_code == 200

    leave(network.group, people["member"])

    assert client.get(path).status_code == 403


def test_wagtail_document_url_of_a_group_file_leads_to_the_checked_route(client, matrix):
    network, *_rest, shared, people = matrix
    client.force_login(people["outside the group"])
    response = client.get(shared.document.url)

    assert response.status_code == 302
    assert response["Location"].endswith(
        space_path(network.page, network.group, "space_file", shared.pk)
    )
    assert client.get(response["Location"]).status_code == 403


def test_a_file_of_another_group_is_not_found_through_this_group(client, matrix):
    network, *_rest, shared, people = matrix
    other = GroupMembershipFactory(user=people["outside the group"]).group
    client.force_login(people["outside the group"])

    assert client.get(space_path(network.page, other, "space_file", shared.pk)).status_code == 404


def shown_to_members(client, matrix, post) -> bool:
    """Whether the group's member reads ``post``'s text in its discussion."""
    network, thread, *_rest, people = matrix
    client.force_login(people["member"])
    page = client.get(space_path(network.page, network.group, "space_thread", thread.pk))
    return post.text in page.content.decode()


@pytest.mark.parametrize("person", ["lead", "staff"])
def test_a_lead_or_staff_shows_a_hidden_post_again(client, matrix, person):
    network, _thread, _opening, reply, *_rest, people = matrix
    space.hide(reply, "Off topic")
    assert not shown_to_members(client, matrix, reply)
    client.force_login(people[person])

    response = client.post(
        space_path(network.page, network.group, "space_show", reply.pk), follow=True
    )

    assert "The post is shown again." in response.content.decode()
    assert shown_to_members(client, matrix, reply)


@pytest.mark.parametrize(
    "person",
    [
        "anonymous",
        "member",
        "outside the group",
        "lead's colleague outside the group",
        "former member",
    ],
)
def test_nobody_else_shows_a_hidden_post_again(client, matrix, person):
    network, _thread, _opening, reply, *_rest, people = matrix
    space.hide(reply, "Off topic")
    if person != "anonymous":
        client.force_login(people[person])

    response = client.post(space_path(network.page, network.group, "space_show", reply.pk))

    if person == "anonymous":
        assert response.status_code == 302 and "login" in response["Location"]
    else:
        assert response.status_code == 403
    assert not shown_to_members(client, matrix, reply)
