"""Pages under a view restriction ask for a sign-in from the moment it is set, whatever the
page cache holds, and pages under none cost no query to check."""

from django.db import connection
from django.test.utils import CaptureQueriesContext
from wagtail.models import PageViewRestriction


def path_of(page, language="en"):
    return page.url_in(language).removeprefix("http://localhost")


def sign_in_asked(response) -> bool:
    return response.status_code == 302 and "/login/" in response["Location"]


def test_a_restriction_applies_at_once_to_the_page_and_below_then_lifts(client, site_tree):
    about, governance = path_of(site_tree.about), path_of(site_tree.governance, "fr")
    assert client.get(about).status_code == 200
    assert client.get(governance).status_code == 200

    restriction = PageViewRestriction.objects.create(
        page=site_tree.about, restriction_type=PageViewRestriction.LOGIN
    )
    assert sign_in_asked(client.get(about))
    assert sign_in_asked(client.get(governance))
    assert client.get(path_of(site_tree.contact)).status_code == 200

    restriction.delete()
    assert client.get(governance).status_code == 200


def test_an_alias_of_a_restricted_page_is_restricted_too(client, site_tree):
    PageViewRestriction.objects.create(
        page=site_tree.governance, restriction_type=PageViewRestriction.LOGIN
    )
    assert client.get(path_of(site_tree.contact)).status_code == 200  # fills the page cache
    alias = site_tree.governance.create_alias(parent=site_tree.home, update_slug="governance-copy")
    assert sign_in_asked(client.get(path_of(alias.specific)))


def test_a_page_under_no_restriction_reads_none(client, site_tree):
    path = path_of(site_tree.governance)
    client.get(path)
    with CaptureQueriesContext(connection) as queries:
        assert client.get(path).status_code == 200
    assert not [query for query in queries if "pageviewrestriction" in query["sql"]]
