"""The practice exchange's list, filtered or not, and a practice's page stay within the query
budget with an empty page cache, with the same count at 5 and at 5,000 practices."""

import pytest
from django.core.files.base import ContentFile

from members.factories import MemberAccountFactory, MemberAuthorityFactory
from pages.factories import ImageFactory
from practices.bulk import create_bulk_practices
from practices.models import Adaptation, Practice, PracticeFile, PracticeImage
from projects.factories import ProjectIndexPageFactory
from publications.factories import DocumentFactory
from tests.budgets import QUERY_BUDGET, assert_same_counts, page_queries
from tests.practices.conftest import path_of, practice_path
from themes.factories import ThemeFactory, ThemeIndexPageFactory

SIZES = ("5 practices", "5,000")
# What any page costs a signed-in person: the session, and the user read with their member
# account and permissions (members.sign_in.signed_in_users).
SIGNED_IN = 2
THEMES = ("nightlife", "public-spaces", "youth", "drugs-and-addictions", "social-cohesion")


@pytest.fixture
def network(site_tree, practices_page):
    """The demo stories' themes, a themes page and a projects page, and authorities in three
    countries."""
    ThemeIndexPageFactory(parent=site_tree.home)
    ProjectIndexPageFactory(parent=site_tree.home)
    for slug in THEMES:
        ThemeFactory(slug=slug)
    MemberAuthorityFactory(city="Marseille", population=870_000)
    MemberAuthorityFactory(city="Liège", country="BE", latitude=50.63, longitude=5.57)


def with_everything(practice: Practice) -> Practice:
    """The practice with a picture, a file and an authority that adapted it, as its page
    shows them."""
    PracticeImage.objects.create(practice=practice, image=ImageFactory())
    document = DocumentFactory(file=ContentFile(b"%PDF-1.4 report", name="report.pdf"))
    PracticeFile.objects.create(practice=practice, document=document, language="en")
    Adaptation.objects.create(practice=practice, authority=MemberAuthorityFactory())
    return practice


def measured_paths(page, practice) -> list[str]:
    english, french = path_of(page, "en"), path_of(page, "fr")
    return [
        english,
        french + "?theme=nightlife&population=250k-1m",
        english + "?evidence=plausible&language=it&status=running",
        path_of(page, "de") + "?country=FR&year=2019&city=Marseille",
        english + "?page=1&theme=youth&theme=public-spaces",
        practice_path(page, practice, "en"),
        practice_path(page, practice, "pt"),
    ]


@pytest.fixture
def unindexed(monkeypatch):
    """Practices in bulk without their search entries, which these pages never read and
    which take most of the time of adding thousands."""
    monkeypatch.setattr("practices.bulk.reindex", lambda practices: None)


def test_the_practices_pages_cost_the_same_queries_with_5_or_5000_practices(
    client, network, practices_page, unindexed
):
    create_bulk_practices(5)
    public = Practice.objects.public().exclude(themes=None).order_by("pk")
    practice = with_everything(public.first())
    paths = measured_paths(practices_page, practice)
    with_5 = page_queries(client, paths)

    create_bulk_practices(4995, seed=1)
    assert Practice.objects.live().count() == 5000
    assert_same_counts(with_5, page_queries(client, paths), SIZES)


def test_a_members_view_stays_within_the_budget_beyond_signing_in(client, network, practices_page):
    create_bulk_practices(20)
    members_only = Practice.objects.filter(access=Practice.Access.MEMBERS).order_by("pk")
    practice = with_everything(members_only.first())
    client.force_login(MemberAccountFactory().user)
    page_queries(client, measured_paths(practices_page, practice), budget=QUERY_BUDGET + SIGNED_IN)
