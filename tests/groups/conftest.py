"""What the working groups' tests are built on: the groups page, a group led by one
authority, its member, its lead, and the paths of its pages."""

from dataclasses import dataclass

import pytest
from django.conf import settings

from groups.factories import GroupFactory, GroupIndexPageFactory, GroupMembershipFactory
from groups.models import WorkingGroup
from members.factories import MemberAccountFactory, MemberAuthorityFactory
from members.models import MemberAccount
from themes.factories import ThemeFactory

LANGUAGE_CODES = [code for code, _name in settings.LANGUAGES]
ORIGIN = "http://testserver"


def path_of(page, language="en") -> str:
    return page.url_in(language).removeprefix("http://localhost")


def group_path(page, group, language="en", route="group") -> str:
    return path_of(page, language) + page.reverse_subpage(route, args=[group.slug])


@dataclass
class Network:
    page: object
    group: WorkingGroup
    lead: MemberAccount
    member: MemberAccount
    newcomer: MemberAccount


@pytest.fixture
def network(site_tree):
    """The groups page; the group "nightlife" led by Lyon (its lead), with a member of
    Torino; a newcomer of Gent who is in no group."""
    page = GroupIndexPageFactory(parent=site_tree.home)
    lyon = MemberAuthorityFactory(name="Ville de Lyon")
    group = GroupFactory(slug="nightlife", leads=[lyon], themes=[ThemeFactory(slug="nightlife")])
    lead = MemberAccountFactory(authority=lyon, user__email="lead@lyon.example.org")
    GroupMembershipFactory(group=group, user=lead.user)
    member = MemberAccountFactory(authority__name="Città di Torino", language="it")
    GroupMembershipFactory(group=group, user=member.user)
    newcomer = MemberAccountFactory(authority__name="Stad Gent", language="fr")
    return Network(page, group, lead, member, newcomer)


def space_path(page, group, route="space", *args, language="en") -> str:
    return path_of(page, language) + page.reverse_subpage(route, args=[group.slug, *args])


PDF = b"%PDF-1.4\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n"
