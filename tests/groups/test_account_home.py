"""The members' area's home: the person's working groups with their latest discussion, their
requests, the requests their authority's groups have to decide, and the coming events; in
as many queries with one group as with ten."""

import datetime

import pytest
from django.urls import reverse
from django.utils import timezone, translation

from events.factories import EventIndexPageFactory
from groups.factories import GroupFactory, GroupMembershipFactory, PostFactory, ThreadFactory
from groups.models import GroupMembership
from members.factories import MemberAccountFactory
from members.models import MemberAuthority
from publications.factories import PublicationFactory
from tests.budgets import QUERY_BUDGET, assert_same_counts, page_queries
from tests.events.test_tags import on
from tests.groups.conftest import space_path
from tests.practices.test_budgets import SIGNED_IN

DAY = datetime.timedelta(days=1)


def home_path(language="en") -> str:
    with translation.override(language):
        return reverse("account_home")


def home_of(client, account, language="en") -> str:
    client.force_login(account.user)
    response = client.get(home_path(language))
    assert response.status_code == 200
    return response.content.decode()


def thread(group, title: str, days_ago: float, hidden: bool = False, language: str = "en"):
    """A discussion of ``group`` whose last post was ``days_ago`` days ago."""
    when = timezone.now() - days_ago * DAY
    started = ThreadFactory(group=group, title=title, created_at=when)
    PostFactory(
        thread=started,
        opens_thread=True,
        created_at=when,
        hidden_at=when if hidden else None,
        language=language,
    )
    return started


def test_the_home_lists_the_person_s_groups_with_their_latest_discussion(client, network):
    thread(network.group, "Late-night transport", days_ago=3)
    thread(network.group, "Older talk", days_ago=10)
    quiet = GroupFactory(slug="quiet")
    GroupMembershipFactory(group=quiet, user=network.member.user)
    others = GroupFactory(slug="others-only")
    GroupMembershipFactory(group=others)

    page = home_of(client, network.member)
    assert "Your groups" in page
    assert f'href="{space_path(network.page, network.group)}"' in page
    assert "Latest: Late-night transport · " in page and "3\xa0days ago" in page
    assert "Older talk" not in page
    assert f'href="{space_path(network.page, quiet)}"' in page and "No discussion yet." in page
    assert "others-only" not in page


def test_the_latest_discussion_s_title_is_marked_with_its_language(client, network):
    thread(network.group, "Late-night transport", days_ago=3)

    assert '<span lang="en">Late-night transport</span>' in home_of(client, network.member, "fr")
    assert "Latest: Late-night transport ·" in home_of(client, network.member)


def test_a_hidden_discussion_is_not_shown_as_the_latest(client, network):
    thread(network.group, "Shown talk", days_ago=5)
    thread(network.group, "Hidden talk", days_ago=1, hidden=True)
    page = home_of(client, network.member)
    assert "Latest: Shown talk" in page and "Hidden talk" not in page


def test_a_request_says_it_waits_and_a_lead_learns_how_many_to_decide(client, network):
    asked = GroupFactory(slug="asked", leads=network.group.leads.all())
    GroupMembershipFactory(group=asked, user=network.lead.user)
    GroupMembershipFactory(
        group=asked, user=network.newcomer.user, status=GroupMembership.Status.REQUESTED
    )
    page = home_of(client, network.newcomer)
    assert "asked [en]" in page and "Your request is waiting for an answer" in page
    assert "space" not in page.split('id="members-groups"')[1].split("</section>")[0]

    lead_page = home_of(client, network.lead)
    assert "One request to join a group you lead waits for your answer" in lead_page
    assert f'href="{reverse("groups:mine")}"' in lead_page

    colleague = MemberAccountFactory(authority=network.lead.authority)
    assert "waits for your answer" not in home_of(client, colleague)


def test_a_former_member_sees_no_groups(client, network):
    authority = network.member.authority
    authority.status = MemberAuthority.Status.FORMER
    authority.save()
    page = home_of(client, network.member)
    assert 'id="members-groups"' not in page and "nightlife [en]" not in page


def test_the_home_lists_the_coming_events_not_the_past_ones(client, network):
    index = EventIndexPageFactory(parent=network.page.get_parent())
    for days, name in [(30, "Fourth"), (2, "First"), (5, "Second"), (9, "Third"), (-3, "Over")]:
        on(index, days, name)
    page = home_of(client, network.member)
    events = page.split('id="upcoming-events-title"')[1].split("</section>")[0]
    assert events.index("First EN") < events.index("Second EN") < events.index("Third EN")
    assert "Fourth EN" not in events and "Over EN" not in events


def test_the_french_home_says_it_in_french(client, network):
    """Needs the French catalogue."""
    thread(network.group, "Transports de nuit", days_ago=2, language="fr")
    GroupMembershipFactory(group=GroupFactory(slug="calme"), user=network.member.user)
    page = home_of(client, network.member, "fr")
    assert "Vos groupes" in page
    assert "Dernière discussion\xa0: Transports de nuit" in page and "il y a 2\xa0jours" in page
    assert "Aucune discussion pour l’instant." in page


@pytest.mark.parametrize("language", ["en", "fr"])
def test_the_home_keeps_the_budget_with_one_group_or_ten(client, network, language):
    """With members-only publications (listed on the home) and coming events."""
    EventIndexPageFactory(parent=network.page.get_parent())
    thread(network.group, "Talk", days_ago=1)
    PublicationFactory.create_batch(3, access="members")
    client.force_login(network.lead.user)
    paths = [home_path(language)]
    one = page_queries(client, paths, budget=QUERY_BUDGET + SIGNED_IN)

    for number in range(9):
        group = GroupFactory(slug=f"more-{number}", leads=network.group.leads.all())
        GroupMembershipFactory(group=group, user=network.lead.user)
        GroupMembershipFactory(group=group, status=GroupMembership.Status.REQUESTED)
        thread(group, f"Talk {number}", days_ago=number)
    PublicationFactory.create_batch(20, access="members")
    ten = page_queries(client, paths, budget=QUERY_BUDGET + SIGNED_IN)
    assert_same_counts(one, ten, ("1 group", "10 groups"))
