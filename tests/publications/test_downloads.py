"""Downloading a publication's file: who gets it, how the bytes go out (streamed by Django,
handed to nginx, or a signed link to the bucket), and how each download is counted."""

import os
import subprocess
import sys
from urllib.parse import parse_qs, urlsplit

import django_sendfile.utils
import pytest
import requests
import wagtail.utils.sendfile
from django.conf import settings as django_settings
from django.contrib.auth import get_user_model
from django.contrib.auth.models import AnonymousUser
from django.core.files.base import ContentFile
from django.urls import reverse
from wagtail.documents import get_document_model

from members.models import MemberAccount
from publications.downloads import download
from publications.factories import DocumentFactory, PublicationFactory, PublicationFileFactory
from publications.models import Download, Publication
from tests.publications.readers import FORMER_MEMBER, MEMBER, STAFF, make_user, sign_in

MEMBERS = Publication.Access.MEMBERS


def download_path(library, publication, language, site_language="en") -> str:
    library_path = library.url_in(site_language).removeprefix("http://localhost")
    return library_path + library.reverse_subpage("download", args=[publication.slug, language])


def detail_path(library, publication, site_language="en") -> str:
    library_path = library.url_in(site_language).removeprefix("http://localhost")
    return library_path + library.reverse_subpage("detail", args=[publication.slug])


def file_bytes(publication, language) -> bytes:
    with publication.files.get(language=language).document.file.open("rb") as stored:
        return stored.read()


def counted() -> list[tuple]:
    return list(Download.objects.values_list("publication__slug", "language", "authority_id"))


def test_a_public_file_is_streamed_to_anyone_as_an_attachment(client, site_tree):
    publication = PublicationFactory(slug="safer-nights", languages=["en", "fr"])
    document = publication.files.get(language="fr").document
    response = client.get(download_path(site_tree.library, publication, "fr"))
    assert response.status_code == 200
    assert response.streaming
    assert document.filename.startswith("safer-nights-fr")
    assert response["Content-Disposition"] == f'attachment; filename="{document.filename}"'
    assert response["Content-Type"] == "application/pdf"
    assert b"".join(response.streaming_content) == file_bytes(publication, "fr")
    assert "no-store" in response["Cache-Control"] and "private" in response["Cache-Control"]
    assert "sessionid" not in response.cookies and "csrftoken" not in response.cookies


def test_a_large_file_goes_out_block_by_block(client, site_tree):
    publication = PublicationFactory(languages=[])
    large = b"%PDF-1.4\n" + b"0" * (2 * 1024 * 1024)
    document = DocumentFactory(file=ContentFile(large, name="large.pdf"))
    PublicationFileFactory(publication=publication, language="en", document=document)
    response = client.get(download_path(site_tree.library, publication, "en"))
    blocks = list(response.streaming_content)
    assert len(blocks) > 100
    assert max(len(block) for block in blocks) <= 64 * 1024
    assert b"".join(blocks) == large


@pytest.mark.parametrize("reader", [MEMBER, STAFF])
def test_members_and_staff_download_members_only_files(client, site_tree, reader):
    publication = PublicationFactory(access=MEMBERS, languages=["it"])
    sign_in(client, reader)
    response = client.get(download_path(site_tree.library, publication, "it", "it"))
    assert response.status_code == 200
    assert b"".join(response.streaming_content) == file_bytes(publication, "it")
    assert "no-store" in response["Cache-Control"]


def test_anonymous_visitors_are_sent_to_sign_in_then_back_to_the_publication(client, site_tree):
    publication = PublicationFactory(access=MEMBERS, languages=["fr"])
    response = client.get(download_path(site_tree.library, publication, "fr", "fr"))
    assert response.status_code == 302
    target = urlsplit(response["Location"])
    assert target.path == reverse("account_login")
    assert parse_qs(target.query)["next"] == [detail_path(site_tree.library, publication, "fr")]
    assert "no-store" in response["Cache-Control"]
    assert counted() == []


def test_a_person_of_a_former_member_is_told_why_the_file_is_refused(client, site_tree):
    publication = PublicationFactory(access=MEMBERS, languages=["fr"])
    sign_in(client, FORMER_MEMBER)
    response = client.get(download_path(site_tree.library, publication, "fr", "fr"))
    assert response.status_code == 403
    html = response.content.decode()
    assert '<html lang="fr">' in html
    assert "n’est rattaché à aucune collectivité membre actuelle" in html
    assert f'href="{detail_path(site_tree.library, publication, "fr")}"' in html
    assert b"%PDF" not in response.content
    assert "no-store" in response["Cache-Control"]
    assert counted() == []


def test_each_download_is_counted_with_its_language_and_the_member_authority(client, site_tree):
    public = PublicationFactory(slug="public-guide", languages=["en", "de"])
    members_only = PublicationFactory(slug="members-report", access=MEMBERS, languages=["es"])
    client.get(download_path(site_tree.library, public, "de"))
    member = sign_in(client, MEMBER)
    client.get(download_path(site_tree.library, members_only, "es", "es"))
    client.get(download_path(site_tree.library, public, "en"))
    authority = MemberAccount.objects.get(user=member).authority_id
    assert sorted(counted(), key=str) == sorted(
        [
            ("public-guide", "de", None),
            ("members-report", "es", authority),
            ("public-guide", "en", authority),
        ],
        key=str,
    )


def test_a_download_stores_nothing_about_the_person(client, site_tree):
    publication = PublicationFactory(languages=["en"])
    sign_in(client, STAFF)
    client.get(
        download_path(site_tree.library, publication, "en"),
        HTTP_USER_AGENT="Mozilla/5.0 Tracker",
        REMOTE_ADDR="203.0.113.9",
    )
    (row,) = Download.objects.values()
    assert set(row) == {"id", "publication_id", "language", "authority_id", "downloaded_on"}
    assert row["authority_id"] is None  # staff without a member account


@pytest.mark.parametrize(
    "slug, language",
    [
        ("no-such-publication", "en"),
        ("annual-report", "de"),  # no German file
        ("annual-report", "xx"),
        ("annual-report", "EN"),
        ("annual-report", "en%3Cscript%3E"),
    ],
)
def test_an_unknown_publication_or_a_missing_language_is_not_found(
    client, site_tree, slug, language
):
    PublicationFactory(slug="annual-report", languages=["en", "fr"])
    library_path = site_tree.library.url_in("en").removeprefix("http://localhost")
    response = client.get(f"{library_path}{slug}/download/{language}/")
    assert response.status_code == 404
    assert counted() == []


def test_a_file_missing_from_the_disk_is_not_found_and_not_counted(client, site_tree):
    publication = PublicationFactory(languages=["en"])
    publication.files.get().document.file.delete(save=False)
    response = client.get(download_path(site_tree.library, publication, "en"))
    assert response.status_code == 404
    assert counted() == []


def test_a_head_request_is_answered_but_not_counted(client, site_tree):
    publication = PublicationFactory(languages=["en"])
    response = client.head(download_path(site_tree.library, publication, "en"))
    assert response.status_code == 200
    assert response["Content-Disposition"].startswith("attachment;")
    assert counted() == []


def test_wagtail_document_url_of_a_publication_file_leads_to_the_library(client, site_tree):
    publication = PublicationFactory(access=MEMBERS, languages=["en"])
    document = publication.files.get().document
    sign_in(client, MEMBER)
    response = client.get(document.url, HTTP_ACCEPT_LANGUAGE="fr")
    assert response.status_code == 302
    assert response["Location"] == download_path(site_tree.library, publication, "en", "fr")
    assert "no-store" in response["Cache-Control"]
    assert counted() == []
    served = client.get(response["Location"])
    assert b"".join(served.streaming_content) == file_bytes(publication, "en")
    assert len(counted()) == 1


@pytest.fixture
def nginx_documents(settings):
    """The settings NGINX_DOCUMENTS_URL=/protected-media gives (see the settings test)."""
    settings.SENDFILE_BACKEND = "django_sendfile.backends.nginx"
    settings.SENDFILE_ROOT = settings.MEDIA_ROOT / "documents"
    settings.SENDFILE_URL = "/protected-media"
    forget_sendfile_backends()
    yield
    forget_sendfile_backends()


def forget_sendfile_backends():
    django_sendfile.utils._get_sendfile.cache_clear()
    wagtail.utils.sendfile._get_sendfile.clear()


def test_behind_nginx_the_file_is_handed_over_with_x_accel_redirect(
    client, site_tree, nginx_documents
):
    publication = PublicationFactory(slug="nightlife", access=MEMBERS, languages=["pt"])
    sign_in(client, MEMBER)
    response = client.get(download_path(site_tree.library, publication, "pt", "pt"))
    assert response.status_code == 200
    document = publication.files.get().document
    assert response["X-Accel-Redirect"] == "/protected-media/" + document.file.name.removeprefix(
        "documents/"
    )
    assert response.content == b""
    assert response["Content-Disposition"] == f'attachment; filename="{document.filename}"'
    assert response["Content-Type"] == "application/pdf"
    assert "private" in response["Cache-Control"] and "no-store" in response["Cache-Control"]
    assert len(counted()) == 1


def test_behind_nginx_wagtail_serves_other_documents_with_x_accel_redirect(
    client, db, nginx_documents
):
    document = get_document_model().objects.create(
        title="Press kit", file=ContentFile(b"%PDF-1.4 press", name="press-kit.pdf")
    )
    response = client.get(document.url)
    assert response.status_code == 200
    assert response["X-Accel-Redirect"] == "/protected-media/" + document.file.name.removeprefix(
        "documents/"
    )
    assert response.content == b""


def test_the_nginx_hand_over_is_configured_from_the_environment(tmp_path):
    show = (
        "from django.conf import settings; "
        "print(settings.SENDFILE_BACKEND, settings.SENDFILE_ROOT, settings.SENDFILE_URL)"
    )
    environment = {
        **os.environ,
        "DJANGO_SETTINGS_MODULE": "efus_site.settings.base",
        "DATABASE_URL": "postgres://nobody@127.0.0.1:1/none",
        "MEDIA_ROOT": str(tmp_path),
        "NGINX_DOCUMENTS_URL": "/protected-media/",
    }
    result = subprocess.run(
        [sys.executable, "manage.py", "shell", "--verbosity", "0", "-c", show],
        cwd=django_settings.BASE_DIR,
        env=environment,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.split() == [
        "django_sendfile.backends.nginx",
        str(tmp_path / "documents"),
        "/protected-media",
    ]


def test_with_media_in_a_bucket_the_file_is_a_short_lived_signed_link(
    client, site_tree, s3_media, settings
):
    publication = PublicationFactory(slug="drugs-policy", access=MEMBERS, languages=["en"])
    sign_in(client, MEMBER)
    response = client.get(download_path(site_tree.library, publication, "en"))
    assert response.status_code == 302
    link = urlsplit(response["Location"])
    query = parse_qs(link.query)
    assert link.netloc.startswith(settings.AWS_STORAGE_BUCKET_NAME + ".s3")
    assert query["X-Amz-Expires"] == ["60"]
    assert "X-Amz-Signature" in query
    disposition = f'attachment; filename="{publication.files.get().document.filename}"'
    assert query["response-content-disposition"] == [disposition]
    assert "no-store" in response["Cache-Control"]
    assert len(counted()) == 1
    fetched = requests.get(response["Location"], timeout=10)
    assert fetched.status_code == 200
    assert fetched.content == file_bytes(publication, "en")
    assert fetched.headers["Content-Disposition"] == disposition


@pytest.mark.parametrize(
    "reader, access, queries",
    [
        ("anonymous", "public", 3),
        (MEMBER, "public", 3),
        (MEMBER, MEMBERS, 3),
        # Staff read members-only files by a permission: two more queries (theirs and their
        # groups'), as Django reads them.
        (STAFF, MEMBERS, 5),
    ],
)
def test_a_download_costs_at_most_three_queries_beyond_routing(
    rf, site_tree, django_assert_max_num_queries, reader, access, queries
):
    publication = PublicationFactory(access=access, languages=["en"])
    user = make_user(reader)
    request = rf.get(download_path(site_tree.library, publication, "en"))
    # As the authentication middleware gives it: loaded, nothing cached on it yet.
    request.user = get_user_model().objects.get(pk=user.pk) if user else AnonymousUser()
    with django_assert_max_num_queries(queries):
        response = download(request, site_tree.library, publication.slug, "en")
    assert response.status_code == 200
    assert len(counted()) == 1
