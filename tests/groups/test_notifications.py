"""Emails about a group's discussions: each member as they chose (at once, a daily or weekly
digest, none), in their language, never to the author, a former member or about a hidden
post; a signed link in every email stops them without signing in."""

import re
from datetime import timedelta
from urllib.parse import urlsplit

import pytest
from django.contrib.auth import get_user_model
from django.core import mail
from django.db import connection
from django.test import Client
from django.test.utils import CaptureQueriesContext
from django.utils import timezone

from groups import digests, space
from groups.factories import GroupFactory, GroupMembershipFactory, PostFactory, ThreadFactory
from groups.models import GroupMembership
from groups.notifications import stop_token
from groups.tasks import notify_post
from members.factories import MemberAccountFactory, MemberAuthorityFactory
from members.models import MemberAccount, MemberAuthority
from tests.budgets import sql_of
from tests.groups.conftest import space_path

pytestmark = pytest.mark.django_db

AT_ONCE = GroupMembership.Emails.AT_ONCE
DAILY = GroupMembership.Emails.DAILY
WEEKLY = GroupMembership.Emails.WEEKLY
NONE = GroupMembership.Emails.NONE


def choose(network, account, emails) -> GroupMembership:
    membership = GroupMembership.objects.get(group=network.group, user=account.user)
    membership.emails = emails
    membership.save()
    return membership


def join(network, language="fr", emails=AT_ONCE, **account) -> MemberAccount:
    person = MemberAccountFactory(language=language, **account)
    GroupMembershipFactory(group=network.group, user=person.user, emails=emails)
    return person


def reply(network, author, text="Our night mayor works with the venues."):
    thread = space.start_thread(network.group, author.user, "Night mediation", "Who?", "en")
    mail.outbox.clear()
    return space.reply(thread, author.user, text, "en")


def recipients() -> list[str]:
    return sorted(address for message in mail.outbox for address in message.to)


def test_the_french_member_gets_the_reply_at_once_in_french(network):
    french = join(network, user__email="marie@lyon.example.org")

    post = reply(network, network.member, text="Our *night mayor* <b>works</b>.")

    [message] = mail.outbox
    assert message.to == ["marie@lyon.example.org"]
    assert message.extra_headers["Content-Language"] == "fr"
    assert "Our *night mayor* <b>works</b>." in message.body  # the text as typed, plain text
    assert space_path(network.page, network.group, "space_post", post.pk, language="fr") in (
        message.body
    )
    assert "Night mediation" in message.subject
    # With the French catalogue filled:
    assert "a répondu dans la discussion" in message.body
    assert french.user.email in recipients()


def test_the_author_none_and_digests_get_nothing_at_once(network):
    choose(network, network.lead, AT_ONCE)
    choose(network, network.member, NONE)
    join(network, emails=DAILY)

    reply(network, network.lead)

    assert mail.outbox == []


def test_a_former_member_gets_nothing(network):
    former = join(network, authority=MemberAuthorityFactory(status=MemberAuthority.Status.FORMER))
    current = join(network)

    reply(network, network.member)

    assert recipients() == [current.user.email]
    assert former.user.email not in recipients()


def test_a_new_discussion_is_emailed_and_a_hidden_post_is_not(network):
    choose(network, network.lead, AT_ONCE)
    thread = ThreadFactory(group=network.group)
    hidden = PostFactory(thread=thread, opens_thread=True, hidden_at=timezone.now())

    assert notify_post.call(hidden.pk) == 0
    space.start_thread(network.group, network.member.user, "Drugs at festivals", "Ideas?", "it")
    [message] = mail.outbox
    assert "Drugs at festivals" in message.subject and "Ideas?" in message.body


def test_every_email_has_a_one_click_unsubscribe(network):
    choose(network, network.lead, AT_ONCE)

    reply(network, network.member)

    [message] = mail.outbox
    headers = message.extra_headers
    assert headers["List-Unsubscribe-Post"] == "List-Unsubscribe=One-Click"
    link = headers["List-Unsubscribe"].strip("<>")
    assert link.startswith("http") and "/en/account/groups/emails/stop/" in link
    assert link in message.body


def test_the_stop_link_works_without_signing_in_and_without_a_csrf_token(network):
    membership = choose(network, network.lead, AT_ONCE)
    reply(network, network.member)
    link = mail.outbox[0].extra_headers["List-Unsubscribe"].strip("<>")
    path = urlsplit(link).path
    browser = Client(enforce_csrf_checks=True)

    page = browser.get(path)
    assert page.status_code == 200
    assert "Stop these emails" in page.content.decode()
    membership.refresh_from_db()
    assert membership.emails == AT_ONCE  # asking changes nothing

    # The mail program's one-click POST: no cookie, no origin, no CSRF token.
    response = browser.post(path, {"List-Unsubscribe": "One-Click"})
    assert response.status_code == 200
    membership.refresh_from_db()
    assert membership.emails == NONE
    mail.outbox.clear()
    reply(network, network.member)
    assert mail.outbox == []


@pytest.mark.parametrize("token", ["nonsense", "WzFd:1tamper:bad", stop_token([1]) + "x"])
def test_a_bad_stop_token_is_a_404_and_changes_nothing(client, network, token):
    membership = choose(network, network.lead, AT_ONCE)

    path = f"/en/account/groups/emails/stop/{token}/"
    assert client.get(path).status_code == 404
    assert client.post(path, {"List-Unsubscribe": "One-Click"}).status_code == 404
    membership.refresh_from_db()
    assert membership.emails == AT_ONCE


def test_a_stop_link_posted_from_elsewhere_without_the_one_click_body_is_refused(network):
    membership = choose(network, network.lead, AT_ONCE)
    reply(network, network.member)
    path = urlsplit(mail.outbox[0].extra_headers["List-Unsubscribe"].strip("<>")).path

    response = Client().post(path, HTTP_ORIGIN="https://evil.example.com")

    assert response.status_code == 403
    membership.refresh_from_db()
    assert membership.emails == AT_ONCE


def test_a_member_chooses_their_emails_in_the_space(client, network):
    client.force_login(network.member.user)
    page = client.get(space_path(network.page, network.group)).content.decode()
    assert re.search(r'value="daily"[^>]*checked', page)  # the default
    choice = space_path(network.page, network.group, "space_emails")

    response = client.post(choice, {"emails": "weekly"})

    assert response.status_code == 302
    assert GroupMembership.objects.get(user=network.member.user).emails == WEEKLY
    assert client.post(choice, {"emails": "<script>"}).status_code == 400
    client.force_login(MemberAccountFactory().user)
    assert client.post(choice, {"emails": "none"}).status_code == 403


# Digests.


def posted(network, author, hours_ago: float, **fields):
    when = timezone.now() - timedelta(hours=hours_ago)
    thread = ThreadFactory(group=network.group, created_at=when)
    return PostFactory(thread=thread, author=author.user, created_at=when, **fields)


def test_the_daily_digest_lists_what_is_new_once_and_nothing_when_nothing_is(network):
    choose(network, network.lead, DAILY)
    choose(network, network.member, WEEKLY)
    posted(network, network.member, 2, text="Night buses after 2 a.m.")
    posted(network, network.lead, 3, text="My own post")
    posted(network, network.member, 1, text="Rude words", hidden_at=timezone.now())
    posted(network, network.member, 30, text="Too old for a daily digest")

    assert digests.send_digests(DAILY) == 1

    [message] = mail.outbox
    assert message.to == [network.lead.user.email]
    assert "Night buses after 2 a.m." in message.body
    assert "My own post" not in message.body and "Rude words" not in message.body
    assert "Too old" not in message.body
    assert message.extra_headers["List-Unsubscribe-Post"] == "List-Unsubscribe=One-Click"
    assert message.extra_headers["List-Unsubscribe"].strip("<>") in message.body

    mail.outbox.clear()
    assert digests.send_digests(DAILY) == 0  # the same period again: nothing twice
    posted(network, network.member, 0, text="Later that day")
    assert digests.send_digests(DAILY) == 1
    assert "Later that day" in mail.outbox[0].body
    assert "Night buses" not in mail.outbox[0].body


def test_a_new_member_s_first_digest_starts_when_they_were_let_in(network):
    newcomer = join(network, language="en", emails=DAILY)
    GroupMembership.objects.filter(user=newcomer.user).update(
        decided_at=timezone.now() - timedelta(hours=2)
    )
    posted(network, network.member, 5, text="Before you came")
    posted(network, network.member, 1, text="First paragraph.\n\nSecond paragraph.")

    digests.send_digests(DAILY)

    [message] = [message for message in mail.outbox if message.to == [newcomer.user.email]]
    assert "Before you came" not in message.body
    assert "  First paragraph.\n\n  Second paragraph." in message.body.replace("\r\n", "\n")


def test_the_weekly_digest_is_one_email_per_person_across_groups(network):
    other = GroupFactory(slug="radicalisation")
    GroupMembershipFactory(group=other, user=network.member.user, emails=WEEKLY)
    choose(network, network.member, WEEKLY)
    posted(network, network.lead, 24 * 5, text="Five days ago in nightlife")
    thread = ThreadFactory(group=other)
    PostFactory(thread=thread, opens_thread=True, text="In the other group")
    hidden_thread = ThreadFactory(group=other)
    PostFactory(thread=hidden_thread, opens_thread=True, hidden_at=timezone.now())
    PostFactory(thread=hidden_thread, text="A reply in a hidden discussion")

    assert digests.send_digests(WEEKLY) == 1

    [message] = mail.outbox
    assert message.extra_headers["Content-Language"] == "it"
    assert "Five days ago in nightlife" in message.body and "In the other group" in message.body
    assert "A reply in a hidden discussion" not in message.body


def add_people(network, count: int, start: int) -> None:
    """``count`` more members who chose the weekly digest, written in bulk."""
    authority = network.lead.authority
    users = get_user_model().objects.bulk_create(
        get_user_model()(username=f"p{n}@example.org", email=f"p{n}@example.org")
        for n in range(start, start + count)
    )
    MemberAccount.objects.bulk_create(
        MemberAccount(user=user, authority=authority, language="de") for user in users
    )
    GroupMembership.objects.bulk_create(
        GroupMembership(
            group=network.group, user=user, emails=WEEKLY, asked_at=timezone.now(), status="member"
        )
        for user in users
    )


def digest_queries() -> tuple[int, list]:
    with CaptureQueriesContext(connection) as queries:
        messages, _covered = digests.build_digests(WEEKLY, timezone.now())
    return len(messages), list(queries.captured_queries)


def test_the_weekly_digest_is_built_in_as_many_queries_for_20_or_500_people(network):
    for hours in range(1, 40):
        posted(network, network.member, hours)
    add_people(network, 20, 0)
    few_messages, few = digest_queries()

    add_people(network, 480, 20)
    many_messages, many = digest_queries()

    assert (few_messages, many_messages) == (20, 500)
    assert len(few) == len(many), f"-- 20 people:\n{sql_of(few)}\n-- 500:\n{sql_of(many)}"
