"""A change is visible as soon as it has committed, even when visitors read the page while
the change's transaction was still open: what they drew from the old rows meanwhile is kept
in a generation of the page cache that nobody reads any more."""

import threading

import pytest
from django.contrib.auth.models import Group
from django.core.cache import caches
from django.db import connection, transaction
from django.test import Client
from wagtail.models import PageViewRestriction

from members.models import MemberAuthority
from publications.factories import PublicationFactory
from publications.models import Publication
from themes.factories import ThemeFactory

pytestmark = [
    pytest.mark.django_db(transaction=True, serialized_rollback=True),
    pytest.mark.usefixtures("migrated_data_restored"),
]


def path_of(page, language="en"):
    return page.url_in(language).removeprefix("http://localhost")


def read_during(change, path: str) -> str:
    """Make ``change`` in a transaction that stays open while another visitor reads (and the
    page cache keeps) ``path``; after the commit, what an anonymous visitor reads there."""
    visitor = Client()
    visitor.get(path)  # cached before the change

    def read_meanwhile():
        try:
            visitor.get(path)
        finally:
            connection.close()

    with transaction.atomic():
        change()
        reader = threading.Thread(target=read_meanwhile)
        reader.start()
        reader.join()
    return visitor.get(path).content.decode()


def test_a_page_published_while_visitors_read_it_shows_once_committed(site_tree, page_cache):
    contact = site_tree.contact

    def rename():
        contact.title_en = "Reach the team"
        contact.save_revision().publish()

    assert "Reach the team" in read_during(rename, path_of(contact))


def test_a_member_renamed_while_visitors_read_the_directory_shows_once_committed(
    site_tree, page_cache
):
    member = MemberAuthority.objects.get(name="Torino")

    def rename_member():
        member.name = "Città di Torino"
        member.save()

    html = read_during(rename_member, path_of(site_tree.members) + "?q=Tor")
    assert "Città di Torino" in html


@pytest.mark.parametrize("restriction_type", ["password", "login", "groups"])
def test_a_page_restricted_in_any_way_while_visitors_read_it_is_not_served_from_the_cache(
    site_tree, page_cache, restriction_type
):
    contact = site_tree.contact

    def restrict():
        restriction = PageViewRestriction.objects.create(
            page=contact, restriction_type=restriction_type, password="a long secret"
        )
        if restriction_type == "groups":
            restriction.groups.set([Group.objects.create(name="Board")])

    read_during(restrict, path_of(contact))
    response = Client().get(path_of(contact))
    if restriction_type == "password":
        assert response.status_code == 200
        assert b'name="password"' in response.content
    else:
        assert response.status_code == 302
        assert "/login/" in response["Location"]


def test_the_groups_of_a_restriction_changed_alone_start_a_new_generation(site_tree, page_cache):
    restriction = PageViewRestriction.objects.create(
        page=site_tree.contact, restriction_type="groups"
    )
    before = caches["pages"].generation()
    restriction.groups.add(Group.objects.create(name="Board"))
    assert caches["pages"].generation() > before


def detail_path(site_tree, publication) -> str:
    return path_of(site_tree.library) + f"{publication.slug}/"


@pytest.fixture
def guide():
    return PublicationFactory(
        slug="safer-nights",
        languages=["en"],
        themes=[ThemeFactory(slug="nightlife", name_en="Nightlife")],
    )


def test_a_publication_renamed_while_visitors_read_the_library_shows_once_committed(
    site_tree, page_cache, guide
):
    def rename():
        guide.title_en = "Safer nights, second edition"
        guide.save()

    assert "Safer nights, second edition" in read_during(rename, path_of(site_tree.library))


def test_a_theme_renamed_while_visitors_read_a_publication_shows_once_committed(
    site_tree, page_cache, guide
):
    theme = guide.themes.get()

    def rename():
        theme.name_en = "Night-time economy"
        theme.save()

    assert "Night-time economy" in read_during(rename, detail_path(site_tree, guide))


def test_a_file_replaced_while_visitors_read_its_publication_shows_its_new_size(
    site_tree, page_cache, guide
):
    document = guide.files.get().document

    def replace():
        document.file_size = 3 * 1024 * 1024
        document.save()

    assert "PDF, 3.0\xa0MB" in read_during(replace, detail_path(site_tree, guide))


def test_a_publication_made_members_only_while_visitors_read_it_is_locked_once_committed(
    site_tree, page_cache, guide
):
    def lock():
        guide.access = Publication.Access.MEMBERS
        guide.save()

    html = read_during(lock, detail_path(site_tree, guide))
    assert 'class="locked__icon"' in html
    assert "/download/" not in html
