"""A change is visible as soon as it has committed, even when visitors read the page while
the change's transaction was still open: what they drew from the old rows meanwhile is kept
in a generation of the page cache that nobody reads any more."""

import threading

import pytest
from django.db import connection, transaction
from django.test import Client
from wagtail.models import PageViewRestriction

from members.models import MemberAuthority

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


def test_a_page_restricted_while_visitors_read_it_is_not_served_from_the_cache(
    site_tree, page_cache
):
    contact = site_tree.contact

    def restrict():
        PageViewRestriction.objects.create(page=contact, restriction_type="login")

    read_during(restrict, path_of(contact))
    response = Client().get(path_of(contact))
    assert response.status_code == 302
    assert "/login/" in response["Location"]
