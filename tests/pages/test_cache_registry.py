"""One registry says which models public pages show: their changes empty the page cache, and
start-up fails when a model pages may show is not in it."""

import pytest
from django.core.cache import caches
from wagtail.contrib.search_promotions.models import Query, SearchPromotion
from wagtail.models import Page, PageViewRestriction, Site

from events.factories import EventPageFactory, RegistrationFactory
from events.models import Registration
from groups.factories import GroupFactory, GroupMembershipFactory
from members.demo.bulk import create_bulk_members
from members.factories import MemberAuthorityFactory, NationalForumFactory
from members.models import MemberAuthority
from pages import cache_registry, caching
from pages.factories import ImageFactory
from pages.models import SiteSettings
from practices.factories import PracticeFactory, PracticeTextFactory
from practices.models import Adaptation, PracticeFile, PracticeImage
from publications.demo.bulk import create_bulk_publications
from publications.factories import DocumentFactory, PublicationFactory, PublicationFileFactory
from themes.factories import ThemeFactory


def test_every_model_public_pages_may_show_is_declared():
    assert cache_registry.check_page_cache_registry() == []


def test_a_model_left_out_of_the_registry_fails_the_check(monkeypatch):
    shown = dict(cache_registry.SHOWN_ON_PUBLIC_PAGES)
    del shown["members.MemberAuthority"]
    monkeypatch.setattr(cache_registry, "SHOWN_ON_PUBLIC_PAGES", shown)
    [error] = cache_registry.check_page_cache_registry()
    assert error.id == "pages.E001"
    assert error.obj is MemberAuthority
    assert "members.MemberAuthority may show on public pages" in error.msg


def a_row_of(label: str):
    """A new row of the registered model ``label``, saved."""
    root = Page.get_first_root_node()
    make = {
        "wagtailcore.Site": lambda: Site.objects.create(hostname="efus.example", root_page=root),
        "wagtailcore.PageViewRestriction": lambda: PageViewRestriction.objects.create(
            page=root, restriction_type="login"
        ),
        "pages.SiteSettings": lambda: SiteSettings.for_site(Site.objects.get()),
        "pages.SiteImage": ImageFactory,
        "wagtaildocs.Document": DocumentFactory,
        "members.MemberAuthority": MemberAuthorityFactory,
        "members.NationalForum": NationalForumFactory,
        "publications.Publication": lambda: PublicationFactory(languages=[]),
        "publications.PublicationFile": PublicationFileFactory,
        "themes.Theme": ThemeFactory,
        "practices.Practice": lambda: PracticeFactory(original=None),
        "groups.WorkingGroup": GroupFactory,
        "groups.GroupMembership": GroupMembershipFactory,
        "practices.PracticeText": PracticeTextFactory,
        "practices.Adaptation": lambda: Adaptation.objects.create(
            practice=PracticeFactory(original=None), authority=MemberAuthorityFactory()
        ),
        "practices.PracticeImage": lambda: PracticeImage.objects.create(
            practice=PracticeFactory(original=None), image=ImageFactory()
        ),
        "practices.PracticeFile": lambda: PracticeFile.objects.create(
            practice=PracticeFactory(original=None), document=DocumentFactory()
        ),
        "events.Registration": lambda: RegistrationFactory(event=EventPageFactory()),
        "wagtailsearchpromotions.SearchPromotion": lambda: SearchPromotion.objects.create(
            query=Query.get("safety"),
            external_link_url="https://efus.eu",
            external_link_text="Efus",
        ),
    }
    return make[label]()


@pytest.mark.parametrize("label", sorted(cache_registry.SHOWN_ON_PUBLIC_PAGES))
def test_saving_or_deleting_a_row_of_a_registered_model_starts_a_new_generation(db, label):
    cache = caches["pages"]
    before = cache.generation()
    row = a_row_of(label)
    assert cache.generation() > before
    before = cache.generation()
    row.delete()
    assert cache.generation() > before


def test_a_registration_waiting_for_its_address_leaves_the_page_cache_as_it_is(db):
    event = EventPageFactory()
    cache = caches["pages"]
    before = cache.generation()
    pending = RegistrationFactory(event=event, status=Registration.Status.PENDING)
    assert cache.generation() == before
    assert pending.confirm()
    assert cache.generation() > before


@pytest.fixture
def generations_started(monkeypatch) -> list:
    started = []
    original = caching.start_new_generation
    monkeypatch.setattr(caching, "start_new_generation", lambda: started.append(original()))
    return started


@pytest.mark.parametrize("load", [create_bulk_members, create_bulk_publications])
def test_a_bulk_loader_empties_the_page_cache_once_at_the_end(db, generations_started, load):
    assert load(30) == 30
    # once when the loader ends, once more when its transaction commits (the test's never does)
    assert len(generations_started) == 1
