"""Joining a working group: a member asks, a lead or staff accept or decline and the person
hears by email in their language, a member leaves; anonymous visitors, former members and a
closed group are refused."""

import pytest

from background.models import OutgoingEmail
from groups.factories import GroupMembershipFactory
from groups.models import GroupMembership, WorkingGroup
from members.factories import MemberAccountFactory, UserFactory
from members.models import MemberAuthority
from tests.groups.conftest import ORIGIN, group_path


def post(client, network, route, **extra):
    extra.setdefault("HTTP_ORIGIN", ORIGIN)
    return client.post(group_path(network.page, network.group, route=route), **extra)


def membership_of(network, account):
    return GroupMembership.objects.filter(group=network.group, user=account.user).first()


def test_a_member_asks_to_join_and_the_page_says_it_waits(client, network):
    client.force_login(network.newcomer.user)

    response = post(client, network, "join")

    assert response.status_code == 302
    assert membership_of(network, network.newcomer).status == GroupMembership.Status.REQUESTED
    html = client.get(response["Location"]).content.decode()
    assert "You asked to join this group." in html


def test_anonymous_visitors_are_sent_to_sign_in(client, network):
    response = post(client, network, "join")

    assert response.status_code == 302
    assert "/account/login/" in response["Location"]
    assert GroupMembership.objects.filter(status=GroupMembership.Status.REQUESTED).count() == 0


def test_a_former_member_cannot_ask(client, network):
    network.newcomer.authority.status = MemberAuthority.Status.FORMER
    network.newcomer.authority.save()
    client.force_login(network.newcomer.user)

    response = post(client, network, "join")

    assert response.status_code == 403
    assert membership_of(network, network.newcomer) is None
    assert "Only the people of member authorities can join" in response.content.decode()


def test_a_person_without_an_authority_cannot_ask(client, network):
    client.force_login(UserFactory())

    assert post(client, network, "join").status_code == 403


def test_a_closed_group_refuses_requests(client, network):
    network.group.status = WorkingGroup.Status.CLOSED
    network.group.save()
    client.force_login(network.newcomer.user)

    response = post(client, network, "join")

    assert response.status_code == 409
    assert membership_of(network, network.newcomer) is None


def test_a_request_from_another_site_is_refused(client, network):
    client.force_login(network.newcomer.user)

    response = post(client, network, "join", HTTP_ORIGIN="https://evil.example.com")

    assert response.status_code == 403
    assert membership_of(network, network.newcomer) is None


def test_join_answers_only_post(client, network):
    client.force_login(network.newcomer.user)

    assert client.get(group_path(network.page, network.group, route="join")).status_code == 405


def ask(client, network):
    client.force_login(network.newcomer.user)
    post(client, network, "join")
    client.logout()
    return membership_of(network, network.newcomer)


def test_a_lead_accepts_in_the_members_area_and_the_person_is_told_in_french(client, network):
    request = ask(client, network)
    client.force_login(network.lead.user)

    area = client.get("/en/account/groups/").content.decode()
    response = client.post(f"/en/account/groups/requests/{request.pk}/accept/")

    assert network.newcomer.user.email in area
    assert response.status_code == 302
    request.refresh_from_db()
    assert request.status == GroupMembership.Status.MEMBER
    email = OutgoingEmail.objects.get(recipient=network.newcomer.user.email)
    assert email.message().extra_headers["Content-Language"] == "fr"


def test_the_acceptance_email_is_in_french(client, network):
    """Needs the French catalogue."""
    request = ask(client, network)
    client.force_login(network.lead.user)
    client.post(f"/en/account/groups/requests/{request.pk}/accept/")

    email = OutgoingEmail.objects.get(recipient=network.newcomer.user.email)
    assert "Bonjour" in email.message().body
    assert "nightlife [fr]" in email.subject


def test_a_lead_declines(client, network):
    request = ask(client, network)
    client.force_login(network.lead.user)

    client.post(f"/en/account/groups/requests/{request.pk}/decline/")

    request.refresh_from_db()
    assert request.status == GroupMembership.Status.DECLINED
    assert OutgoingEmail.objects.filter(about="working group: declined").count() == 1


def test_a_member_who_does_not_lead_cannot_decide(client, network):
    request = ask(client, network)
    client.force_login(network.member.user)

    response = client.post(f"/en/account/groups/requests/{request.pk}/accept/")

    assert response.status_code == 404
    request.refresh_from_db()
    assert request.status == GroupMembership.Status.REQUESTED


def test_a_colleague_of_the_leads_outside_the_group_neither_sees_nor_decides(client, network):
    request = ask(client, network)
    colleague = MemberAccountFactory(authority=network.lead.authority)
    client.force_login(colleague.user)

    area = client.get("/en/account/groups/").content.decode()
    response = client.post(f"/en/account/groups/requests/{request.pk}/accept/")
    page = client.get(group_path(network.page, network.group)).content.decode()

    assert network.newcomer.user.email not in area
    assert response.status_code == 404
    request.refresh_from_db()
    assert request.status == GroupMembership.Status.REQUESTED
    assert "Answer the requests to join" not in page


def test_a_lead_of_a_former_member_cannot_decide(client, network):
    request = ask(client, network)
    network.lead.authority.status = MemberAuthority.Status.FORMER
    network.lead.authority.save()
    client.force_login(network.lead.user)

    assert client.get("/en/account/groups/").status_code == 403
    assert client.post(f"/en/account/groups/requests/{request.pk}/accept/").status_code == 404


@pytest.mark.parametrize("decision", ["approve", "<script>", "999999999999999999999"])
def test_an_unknown_decision_or_request_is_not_found(client, network, decision):
    request = ask(client, network)
    client.force_login(network.lead.user)

    assert client.post(f"/en/account/groups/requests/{request.pk}/{decision}/").status_code == 404
    assert client.post("/en/account/groups/requests/999999/accept/").status_code == 404


def test_staff_accept_in_the_admin(admin_client, client, network):
    request = ask(client, network)

    listing = admin_client.get("/admin/snippets/groups/groupmembership/")
    confirm = admin_client.get(f"/admin/snippets/groups/groupmembership/accept/{request.pk}/")
    admin_client.post(f"/admin/snippets/groups/groupmembership/accept/{request.pk}/")

    assert listing.status_code == 200
    assert confirm.status_code == 200
    request.refresh_from_db()
    assert request.status == GroupMembership.Status.MEMBER
    assert OutgoingEmail.objects.filter(about="working group: accepted").count() == 1


def test_staff_decline_in_the_admin(admin_client, client, network):
    request = ask(client, network)

    admin_client.post(f"/admin/snippets/groups/groupmembership/decline/{request.pk}/")

    request.refresh_from_db()
    assert request.status == GroupMembership.Status.DECLINED


def test_a_closed_group_takes_no_decision(admin_client, client, network):
    request = ask(client, network)
    network.group.status = WorkingGroup.Status.CLOSED
    network.group.save()

    admin_client.post(f"/admin/snippets/groups/groupmembership/accept/{request.pk}/")

    request.refresh_from_db()
    assert request.status == GroupMembership.Status.REQUESTED
    assert not outcome_emails().exists()


def test_a_member_leaves(client, network):
    client.force_login(network.member.user)

    response = post(client, network, "leave")

    assert response.status_code == 302
    assert membership_of(network, network.member) is None


def test_a_former_member_is_no_longer_shown_as_a_member(client, network):
    network.member.authority.status = MemberAuthority.Status.FORMER
    network.member.authority.save()
    client.force_login(network.member.user)

    html = client.get(group_path(network.page, network.group)).content.decode()

    assert "You are a member of this group." not in html
    assert "Only the people of member authorities can join" in html


def test_a_moderator_answers_requests_in_the_admin(client, network):
    from django.contrib.auth.models import Group as StaffGroup

    request = ask(client, network)
    moderator = UserFactory(is_staff=True)
    moderator.groups.add(StaffGroup.objects.get(name="Moderators"))
    client.force_login(moderator)

    client.post(f"/admin/snippets/groups/groupmembership/accept/{request.pk}/")

    request.refresh_from_db()
    assert request.status == GroupMembership.Status.MEMBER


def outcome_emails():
    return OutgoingEmail.objects.filter(
        about__in=["working group: accepted", "working group: declined"]
    )


@pytest.mark.parametrize("first, then", [("accept", "decline"), ("decline", "accept")])
def test_a_lead_answering_an_answered_request_is_told_and_nothing_changes(
    client, network, first, then
):
    request = ask(client, network)
    client.force_login(network.lead.user)
    client.post(f"/en/account/groups/requests/{request.pk}/{first}/", follow=True)
    request.refresh_from_db()
    status = request.status

    again = client.post(f"/en/account/groups/requests/{request.pk}/{then}/", follow=True)

    html = again.content.decode()
    assert "This request was already answered" in html
    assert "The request of" not in html and "is now a member" not in html
    request.refresh_from_db()
    assert request.status == status
    assert outcome_emails().count() == 1


def test_staff_answering_an_accepted_request_are_told_and_nothing_changes(
    admin_client, client, network
):
    request = ask(client, network)
    accept = f"/admin/snippets/groups/groupmembership/accept/{request.pk}/"
    decline = f"/admin/snippets/groups/groupmembership/decline/{request.pk}/"
    admin_client.post(accept, follow=True)

    asked = admin_client.get(decline, follow=True)
    declined = admin_client.post(decline, follow=True)

    name = network.newcomer.user.email
    for response in (asked, declined):
        html = response.content.decode()
        assert f"This request was already answered: {name} is a member of the group." in html
        assert "Decline the request of" not in html and "was declined" not in html
    request.refresh_from_db()
    assert request.status == GroupMembership.Status.MEMBER
    assert outcome_emails().count() == 1


def request_emails():
    return OutgoingEmail.objects.filter(about="working group: request to join")


def test_the_leads_are_emailed_of_a_request_in_their_language_once(client, network):
    german = MemberAccountFactory(authority=network.lead.authority, language="de")
    GroupMembershipFactory(group=network.group, user=german.user)
    MemberAccountFactory(authority=network.lead.authority)  # a colleague outside the group

    ask(client, network)
    client.force_login(network.newcomer.user)
    post(client, network, "join")  # asking again while the request waits

    emails = {email.recipient: email.message() for email in request_emails()}
    assert sorted(emails) == sorted([network.lead.user.email, german.user.email])
    english = emails[network.lead.user.email]
    assert english.extra_headers["Content-Language"] == "en"
    assert network.newcomer.user.email in english.body and "Stad Gent" in english.body
    assert "nightlife [en]" in english.subject
    assert "/en/account/groups/" in english.body
    assert emails[german.user.email].extra_headers["Content-Language"] == "de"
    assert "nightlife [de]" in emails[german.user.email].subject


def test_the_leads_are_emailed_again_of_a_request_after_a_decline(client, network):
    request = ask(client, network)
    client.force_login(network.lead.user)
    client.post(f"/en/account/groups/requests/{request.pk}/decline/")

    ask(client, network)

    assert request_emails().count() == 2


def test_a_colleague_of_the_leads_asking_is_not_emailed_their_own_request(client, network):
    colleague = MemberAccountFactory(authority=network.lead.authority)
    client.force_login(colleague.user)

    post(client, network, "join")

    assert [email.recipient for email in request_emails()] == [network.lead.user.email]
