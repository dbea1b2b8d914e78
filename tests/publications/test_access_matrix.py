"""A members-only file reaches members of active authorities and staff allowed to read it,
and nobody else, by any path: each path × each kind of reader → what they get. A public file
reaches everyone, through the library, where each download is counted. A members-only
document that no publication uses any more is for that staff alone."""

import pytest
from django.conf import settings
from django.contrib.auth.models import AnonymousUser, Group, Permission
from django.test import Client, RequestFactory
from django.urls import reverse
from wagtail.documents.wagtail_hooks import check_view_restrictions
from wagtail.models import Collection

from publications.collections import MEMBERS_ONLY_COLLECTION
from publications.factories import PublicationFactory, PublicationFileFactory
from publications.models import Download, Publication
from tests.publications.readers import FORMER_MEMBER, MEMBER, READERS, STAFF, sign_in

PUBLIC = Publication.Access.PUBLIC
MEMBERS = Publication.Access.MEMBERS

# What a reader gets.
FILE = "the file, uncached"
STAFF_FILE = "the file, by Wagtail's view, for this person alone"
SIGN_IN = "the sign-in page, no file"
REFUSED = "403 with the reason, no file"
NOT_FOUND = "404, no file"
FILE_LINKS = "the page with a download link per language"
LOCK = "the page with a lock, no file link"
LISTED = "listed, no file link"
IN_FEED = "in the feed, no file link"
NOT_IN_FEED = "not in the feed"
NO_FILE_URLS = "no file link"
ADMIN_SIGN_IN = "sent to the admin's sign-in, nothing listed"
ADMIN_LISTING = "listed in the admin"
ADMIN_REFUSED = "sent to the admin's dashboard, nothing listed"
ADMIN_NOTHING = "an admin answer that lists nothing"
ADMIN_NOT_FOUND = "not found by the admin"


def paths(site_tree, publication) -> dict[str, str]:
    library = site_tree.library.url_in("en").removeprefix("http://localhost")
    document = publication.files.get(language="en").document
    return {
        "download": library + f"{publication.slug}/download/en/",
        "wagtail document": document.url,
        "media": settings.MEDIA_URL + document.file.name,
        "detail": library + f"{publication.slug}/",
        "library": library,
        "library search": library + "?q=safer",
        "feed": library + "feed/",
        "sitemap": "/sitemap-publications.xml",
        "admin documents": "/admin/documents/",
        "admin chooser": "/admin/documents/chooser/",
        "admin search": f"/admin/documents/chooser/results/?q={publication.slug}",
        **admin_document_paths(document),
    }


def admin_document_paths(document) -> dict[str, str]:
    return {
        "admin edit": f"/admin/documents/edit/{document.pk}/",
        "admin usage": f"/admin/documents/usage/{document.pk}/",
        "admin api": "/admin/api/main/documents/",
        "admin api detail": f"/admin/api/main/documents/{document.pk}/",
    }


def row(path, access, *outcomes):
    """What each reader (in the order of READERS) gets on ``path``."""
    return [
        pytest.param(path, access, reader, expected, id=f"{path}-{access}-{reader}")
        for reader, expected in zip(READERS, outcomes, strict=True)
    ]


ADMIN_ONLY_STAFF = (ADMIN_SIGN_IN, ADMIN_SIGN_IN, ADMIN_SIGN_IN)

MATRIX = [
    # path, access: anonymous, member, former member, staff without library permission, staff
    *row("download", PUBLIC, FILE, FILE, FILE, FILE, FILE),
    *row("download", MEMBERS, SIGN_IN, FILE, REFUSED, REFUSED, FILE),
    *row("wagtail document", PUBLIC, FILE, FILE, FILE, FILE, FILE),
    *row("wagtail document", MEMBERS, SIGN_IN, FILE, REFUSED, REFUSED, FILE),
    *row("media", PUBLIC, NOT_FOUND, NOT_FOUND, NOT_FOUND, NOT_FOUND, NOT_FOUND),
    *row("media", MEMBERS, NOT_FOUND, NOT_FOUND, NOT_FOUND, NOT_FOUND, NOT_FOUND),
    *row("detail", PUBLIC, FILE_LINKS, FILE_LINKS, FILE_LINKS, FILE_LINKS, FILE_LINKS),
    *row("detail", MEMBERS, LOCK, FILE_LINKS, LOCK, LOCK, FILE_LINKS),
    *row("library", PUBLIC, LISTED, LISTED, LISTED, LISTED, LISTED),
    *row("library", MEMBERS, LISTED, LISTED, LISTED, LISTED, LISTED),
    *row("library search", PUBLIC, LISTED, LISTED, LISTED, LISTED, LISTED),
    *row("library search", MEMBERS, LISTED, LISTED, LISTED, LISTED, LISTED),
    *row("feed", PUBLIC, IN_FEED, IN_FEED, IN_FEED, IN_FEED, IN_FEED),
    *row("feed", MEMBERS, NOT_IN_FEED, NOT_IN_FEED, NOT_IN_FEED, NOT_IN_FEED, NOT_IN_FEED),
    *row("sitemap", PUBLIC, NO_FILE_URLS, NO_FILE_URLS, NO_FILE_URLS, NO_FILE_URLS, NO_FILE_URLS),
    *row("sitemap", MEMBERS, NO_FILE_URLS, NO_FILE_URLS, NO_FILE_URLS, NO_FILE_URLS, NO_FILE_URLS),
    *row("admin documents", MEMBERS, *ADMIN_ONLY_STAFF, ADMIN_REFUSED, ADMIN_LISTING),
    *row("admin chooser", MEMBERS, *ADMIN_ONLY_STAFF, ADMIN_NOTHING, ADMIN_LISTING),
    *row("admin search", MEMBERS, *ADMIN_ONLY_STAFF, ADMIN_NOTHING, ADMIN_LISTING),
    *row("admin edit", MEMBERS, *ADMIN_ONLY_STAFF, ADMIN_REFUSED, ADMIN_LISTING),
    *row("admin usage", MEMBERS, *ADMIN_ONLY_STAFF, ADMIN_REFUSED, ADMIN_LISTING),
    *row("admin api", MEMBERS, *ADMIN_ONLY_STAFF, ADMIN_NOTHING, ADMIN_LISTING),
    *row("admin api detail", MEMBERS, *ADMIN_ONLY_STAFF, ADMIN_NOT_FOUND, ADMIN_LISTING),
]


def body_of(response) -> bytes:
    if response.streaming:
        return b"".join(response.streaming_content)
    return response.content


def file_bytes(publication) -> bytes:
    with publication.files.get(language="en").document.file.open("rb") as stored:
        return stored.read()


def file_urls(site_tree, publication) -> list[str]:
    """Every address that could lead to one of the publication's files."""
    library = site_tree.library.url_in("en").removeprefix("http://localhost")
    urls = []
    for publication_file in publication.files.select_related("document"):
        document = publication_file.document
        urls += [
            f"{publication.slug}/download/",
            document.url,
            document.file.name,
            library + f"{publication.slug}/download/{publication_file.language}/",
        ]
    return urls


def assert_outcome(response, expected, site_tree, publication):
    body = body_of(response)
    text = body.decode(errors="replace")
    title = publication.title_en
    if expected != FILE:
        assert file_bytes(publication) not in body
    # A 404 page names the address it was asked for in its language links: not a leak.
    if expected not in (FILE, FILE_LINKS, ADMIN_LISTING, NOT_FOUND):
        for url in file_urls(site_tree, publication):
            assert url not in text, url
    if expected == FILE:
        assert response.status_code == 200
        assert body == file_bytes(publication)
        assert "no-store" in response["Cache-Control"]
        assert response["Content-Disposition"].startswith("attachment;")
    elif expected == SIGN_IN:
        assert response.status_code == 200
        assert response.request["PATH_INFO"] == reverse("account_login")
    elif expected == REFUSED:
        assert response.status_code == 403
        assert "not linked to a current member authority" in text
    elif expected == NOT_FOUND:
        assert response.status_code == 404
    elif expected == FILE_LINKS:
        assert response.status_code == 200
        for publication_file in publication.files.all():
            assert f"{publication.slug}/download/{publication_file.language}/" in text
    elif expected == LOCK:
        assert response.status_code == 200
        assert title in text
        assert "locked" in text
    elif expected == LISTED:
        assert response.status_code == 200
        assert title in text
    elif expected == IN_FEED:
        assert response.status_code == 200
        assert f"<title>{title}</title>" in text
    elif expected == NOT_IN_FEED:
        assert response.status_code == 200
        assert title not in text and publication.slug not in text
    elif expected == NO_FILE_URLS:
        assert response.status_code == 200
        assert "/documents/" not in text and "/download/" not in text
    elif expected in ADMIN_OUTCOMES:
        assert_admin_outcome(response, expected, publication.files.get(language="en").document)
    else:
        raise AssertionError(f"unknown outcome {expected}")


ADMIN_OUTCOMES = (ADMIN_SIGN_IN, ADMIN_LISTING, ADMIN_REFUSED, ADMIN_NOTHING, ADMIN_NOT_FOUND)


def assert_admin_outcome(response, expected, document):
    text = body_of(response).decode(errors="replace")
    if expected == ADMIN_SIGN_IN:
        assert response.status_code == 302
        assert response["Location"].startswith(reverse("wagtailadmin_login"))
    elif expected == ADMIN_REFUSED:
        assert response.status_code == 302
        assert response["Location"] == reverse("wagtailadmin_home")
    elif expected == ADMIN_NOTHING:
        assert response.status_code == 200
        assert document.title not in text and document.filename not in text
    elif expected == ADMIN_NOT_FOUND:
        # Outside the language prefixes, Django answers a 404 with the prefixed address.
        assert response.status_code == 404 or response["Location"].startswith("/en/admin/")
        assert document.title not in text
    else:
        assert response.status_code == 200
        assert document.title in text


@pytest.mark.parametrize("path, access, reader, expected", MATRIX)
def test_access_matrix(client, site_tree, path, access, reader, expected):
    publication = PublicationFactory(slug="safer-cities", access=access, languages=["en", "fr"])
    sign_in(client, reader)
    response = client.get(paths(site_tree, publication)[path], follow=not path.startswith("admin"))
    assert_outcome(response, expected, site_tree, publication)
    downloads = Download.objects.filter(publication=publication).count()
    assert downloads == (1 if expected == FILE else 0)


def orphan_of(site_tree, how: str):
    """A members-only publication's document that no publication uses any more: its file
    row removed, or its publication deleted. Returns the document and the addresses that
    served it (the library's download included)."""
    publication = PublicationFactory(slug="safer-cities", access=MEMBERS, languages=["en"])
    addresses = paths(site_tree, publication)
    publication_file = publication.files.get()
    document = publication_file.document
    if how == "file row removed":
        publication_file.delete()
    else:
        publication.delete()
    document.refresh_from_db()
    assert document.collection.name == MEMBERS_ONLY_COLLECTION
    return document, addresses


def orphan_row(path, *outcomes):
    return [
        pytest.param(path, reader, expected, id=f"{path}-{reader}")
        for reader, expected in zip(READERS, outcomes, strict=True)
    ]


ORPHANS = [
    # path: anonymous, member, former member, staff without library permission, staff
    *orphan_row("download", NOT_FOUND, NOT_FOUND, NOT_FOUND, NOT_FOUND, NOT_FOUND),
    *orphan_row("wagtail document", SIGN_IN, NOT_FOUND, NOT_FOUND, NOT_FOUND, STAFF_FILE),
    *orphan_row("media", NOT_FOUND, NOT_FOUND, NOT_FOUND, NOT_FOUND, NOT_FOUND),
    *orphan_row("admin documents", *ADMIN_ONLY_STAFF, ADMIN_REFUSED, ADMIN_LISTING),
    *orphan_row("admin chooser", *ADMIN_ONLY_STAFF, ADMIN_NOTHING, ADMIN_LISTING),
    *orphan_row("admin edit", *ADMIN_ONLY_STAFF, ADMIN_REFUSED, ADMIN_LISTING),
    *orphan_row("admin api", *ADMIN_ONLY_STAFF, ADMIN_NOTHING, ADMIN_LISTING),
    *orphan_row("admin api detail", *ADMIN_ONLY_STAFF, ADMIN_NOT_FOUND, ADMIN_LISTING),
]


@pytest.mark.parametrize("how", ["file row removed", "publication deleted"])
@pytest.mark.parametrize("path, reader, expected", ORPHANS)
def test_a_document_no_publication_uses_is_for_staff_alone(
    client, site_tree, how, path, reader, expected
):
    document, addresses = orphan_of(site_tree, how)
    with document.file.open("rb") as stored:
        content = stored.read()
    sign_in(client, reader)
    response = client.get(addresses[path], follow=not path.startswith("admin"))
    body = body_of(response)
    if expected != STAFF_FILE:
        assert content not in body
    if expected == STAFF_FILE:
        assert response.status_code == 200
        assert body == content
        assert "private" in response["Cache-Control"]
    elif expected == SIGN_IN:
        assert response.status_code == 200
        assert response.request["PATH_INFO"] == reverse("account_login")
    elif expected == NOT_FOUND:
        assert response.status_code == 404
    else:
        assert_admin_outcome(response, expected, document)
    assert not Download.objects.exists()


def test_staff_read_members_only_files_by_permission_not_by_reaching_the_admin(client, site_tree):
    """Editors read them because their group holds the permission; the same group without
    it reaches the admin and the documents, not the files."""
    publication = PublicationFactory(slug="safer-cities", access=MEMBERS, languages=["en"])
    sign_in(client, STAFF)
    editors = Group.objects.get(name="Editors")
    editors.permissions.remove(Permission.objects.get(codename="read_members_only"))
    for path in ("download", "wagtail document"):
        response = client.get(paths(site_tree, publication)[path], follow=True)
        assert_outcome(response, REFUSED, site_tree, publication)
    assert_outcome(
        client.get(paths(site_tree, publication)["admin documents"]),
        ADMIN_LISTING,
        site_tree,
        publication,
    )


def test_a_members_view_of_a_members_only_page_never_reaches_anonymous_visitors(
    client, site_tree, page_cache
):
    publication = PublicationFactory(slug="safer-cities", access=MEMBERS, languages=["en", "fr"])
    member = Client()
    sign_in(member, MEMBER)
    for path in ("detail", "library"):
        url = paths(site_tree, publication)[path]
        assert_outcome(
            member.get(url), FILE_LINKS if path == "detail" else LISTED, site_tree, publication
        )
        for _ in range(2):
            anonymous = client.get(url)
            assert_outcome(anonymous, LOCK if path == "detail" else LISTED, site_tree, publication)


def test_an_anonymous_view_of_a_members_only_page_never_reaches_members(
    client, site_tree, page_cache
):
    publication = PublicationFactory(slug="safer-cities", access=MEMBERS, languages=["en", "fr"])
    url = paths(site_tree, publication)["detail"]
    for _ in range(2):
        assert_outcome(client.get(url), LOCK, site_tree, publication)
    member = Client()
    sign_in(member, MEMBER)
    assert_outcome(member.get(url), FILE_LINKS, site_tree, publication)
    former = Client()
    sign_in(former, FORMER_MEMBER)
    assert_outcome(former.get(url), LOCK, site_tree, publication)


@pytest.mark.parametrize("access", [PUBLIC, MEMBERS])
def test_with_the_page_cache_on_every_download_is_served_and_counted_once_a_day(
    client, site_tree, page_cache, access
):
    publication = PublicationFactory(slug="safer-cities", access=access, languages=["en"])
    if access == MEMBERS:
        sign_in(client, MEMBER)
    url = paths(site_tree, publication)["download"]
    for _ in range(3):
        assert_outcome(client.get(url), FILE, site_tree, publication)
    assert Download.objects.filter(publication=publication).count() == 1
    client.logout()
    if access == MEMBERS:
        assert_outcome(client.get(url, follow=True), SIGN_IN, site_tree, publication)


def collection_of(publication) -> Collection:
    return publication.files.get(language="en").document.collection


def test_members_only_documents_are_kept_in_a_collection_for_signed_in_people(site_tree):
    publication = PublicationFactory(access=MEMBERS, languages=["en"])
    collection = collection_of(publication)
    assert collection.name == MEMBERS_ONLY_COLLECTION
    assert [r.restriction_type for r in collection.get_view_restrictions()] == ["login"]
    # Wagtail's own guard turns an anonymous request away, whatever else happens.
    document = publication.files.get().document
    request = RequestFactory().get(document.url)
    request.user = AnonymousUser()
    refusal = check_view_restrictions(document, request)
    assert refusal.status_code == 302
    assert refusal["Location"].startswith(reverse("account_login"))


def test_documents_follow_the_publication_access(site_tree):
    publication = PublicationFactory(access=PUBLIC, languages=["en"])
    assert collection_of(publication).is_root()
    publication.access = MEMBERS
    publication.save()
    assert collection_of(publication).name == MEMBERS_ONLY_COLLECTION
    publication.access = PUBLIC
    publication.save()
    assert collection_of(publication).is_root()


def test_a_file_added_to_a_members_only_publication_joins_the_collection(site_tree):
    publication = PublicationFactory(access=MEMBERS, languages=[])
    PublicationFileFactory(publication=publication, language="en")
    assert collection_of(publication).name == MEMBERS_ONLY_COLLECTION


def test_a_public_publication_leaves_documents_in_the_collection_staff_chose(site_tree):
    reports = Collection.get_first_root_node().add_child(name="Reports")
    publication = PublicationFactory(access=PUBLIC, languages=["en"])
    document = publication.files.get().document
    document.collection = reports
    document.save()
    publication.save()
    assert collection_of(publication) == reports


def test_a_document_shared_with_a_members_only_publication_stays_restricted(site_tree):
    members_only = PublicationFactory(access=MEMBERS, languages=["en"])
    public = PublicationFactory(access=PUBLIC, languages=[])
    public.files.create(language="en", document=members_only.files.get().document)
    public.save()
    assert collection_of(members_only).name == MEMBERS_ONLY_COLLECTION
