"""`make bench` signs its visitors in with real sessions: the cookie benchmarks/visitors.py
prints opens the member's group space and discussion, and the admin's report to staff."""

import pytest

from benchmarks.visitors import STAFF, visitor
from groups.factories import PostFactory, ThreadFactory
from tests.groups.conftest import network  # noqa: F401 - the fixture
from tests.pages.test_translation_report import REPORT

pytestmark = pytest.mark.django_db


def test_a_member_s_cookie_opens_their_group_s_space_and_latest_discussion(client, network):  # noqa: F811
    for title in ("Older", "Night buses"):
        thread = ThreadFactory(group=network.group, title=title)
        PostFactory(thread=thread, author=network.member.user, opens_thread=True)

    session = visitor("member of nightlife")

    assert client.get(session["space"]).status_code == 302  # anonymous: sign in first
    client.cookies.load(session["cookie"])
    space = client.get(session["space"])
    thread = client.get(session["thread"])
    assert space.status_code == 200 and space.context["user"] == network.lead.user
    assert thread.status_code == 200 and "Night buses" in thread.text


def test_a_staff_cookie_opens_the_translations_report(client, site_tree):
    session = visitor(STAFF)

    client.cookies.load(session["cookie"])

    assert client.get(REPORT).status_code == 200
    assert client.get("/admin/users/").status_code == 302  # an editor, not a superuser
