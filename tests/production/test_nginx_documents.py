"""Behind nginx configured as in production, the app checks and counts a download, then
hands the file to nginx (X-Accel-Redirect), which alone may read the documents' location."""

import http.client
import shutil
from urllib.parse import urlsplit

import pytest
from django.core.files.base import ContentFile
from wagtail.documents import get_document_model

from benchmarks.server import (
    MEDIA_ROOT,
    REDIS_URL,
    BenchSite,
    Configuration,
    free_port,
    gunicorn,
    production_proxy,
)
from publications.factories import PublicationFactory
from publications.models import Download, Publication
from tests.production.test_scale_out import database_url

pytestmark = [
    pytest.mark.slow,
    pytest.mark.skipif(shutil.which("nginx") is None, reason="nginx is not installed"),
]

# As deploy/compose.yaml sets it (Redis too: every worker sees which downloads were counted).
NGINX_DOCUMENTS = Configuration(
    "nginx-documents", {"NGINX_DOCUMENTS_URL": "/protected-media", "REDIS_URL": REDIS_URL}
)


def get(base_url: str, path: str) -> tuple[int, http.client.HTTPMessage, bytes]:
    parts = urlsplit(base_url)
    connection = http.client.HTTPConnection(parts.hostname, parts.port, timeout=30)
    try:
        connection.request("GET", path, headers={"X-Forwarded-Proto": "https"})
        response = connection.getresponse()
        try:
            return response.status, response.headers, response.read()
        except http.client.IncompleteRead as short:
            # The app's hand-over announces the file's length and leaves the bytes to nginx.
            return response.status, response.headers, short.partial
    finally:
        connection.close()


def assert_served_safely(headers: http.client.HTTPMessage) -> None:
    """nginx drops the app's security headers when the app hands a file over: its internal
    location sets them again, stricter than a page's, and keeps the file out of caches."""
    assert headers["X-Content-Type-Options"] == "nosniff"
    policy = headers["Content-Security-Policy"]
    assert "default-src 'none'" in policy
    assert "sandbox" in policy
    assert headers["X-Frame-Options"] == "DENY"
    assert headers["Referrer-Policy"] == "no-referrer"
    assert headers["Cross-Origin-Resource-Policy"] == "same-origin"
    cache_control = ", ".join(headers.get_all("Cache-Control"))
    assert "no-store" in cache_control
    assert "private" in cache_control


def stored(document) -> bytes:
    with document.file.open("rb") as file:
        return file.read()


@pytest.fixture
def bench_media(settings):
    """Documents written where the app instance and nginx (as set up by benchmarks.server)
    read them; removed afterwards."""
    settings.MEDIA_ROOT = MEDIA_ROOT
    (MEDIA_ROOT / "documents").mkdir(parents=True, exist_ok=True)
    documents = get_document_model().objects
    yield
    for document in documents.all():
        document.file.delete(save=False)


@pytest.mark.django_db(transaction=True, serialized_rollback=True)
def test_nginx_sends_a_document_only_when_the_app_hands_it_over(site_tree, bench_media):
    public = PublicationFactory(slug="public-guide", languages=["en"])
    members_only = PublicationFactory(
        slug="members-report", access=Publication.Access.MEMBERS, languages=["en"]
    )
    document = public.files.get().document
    internal_path = "/protected-media/" + document.file.name.removeprefix("documents/")
    other_document = get_document_model().objects.create(
        title="Press kit", file=ContentFile(b"%PDF-1.4 press kit", name="press-kit.pdf")
    )
    library = site_tree.library.url_in("en").removeprefix("http://localhost")
    site = BenchSite(database_url(), free_port())
    app_port = free_port()

    with (
        gunicorn(site, NGINX_DOCUMENTS, port=app_port, name="nginx-documents") as app,
        production_proxy(site.public_port, [app_port]) as proxy,
    ):
        status, headers, body = get(app, library + "public-guide/download/en/")
        assert status == 200
        assert headers["X-Accel-Redirect"] == internal_path
        assert body == b""

        for _ in range(2):
            status, headers, body = get(proxy, library + "public-guide/download/en/")
            assert status == 200
            assert body == stored(document)
            assert headers["Content-Disposition"] == f'attachment; filename="{document.filename}"'
            assert headers["Content-Type"] == "application/pdf"
            assert_served_safely(headers)
            assert "X-Accel-Redirect" not in headers
            assert headers.get("X-Cache-Status") != "HIT"
        # Every one reached the app; one reader's downloads of a file count once a day.
        assert Download.objects.filter(publication=public).count() == 1

        status, headers, body = get(proxy, library + "members-report/download/en/")
        assert status == 302
        assert "/account/login/" in headers["Location"]
        assert body == b""
        assert not Download.objects.filter(publication=members_only).exists()

        status, headers, body = get(proxy, other_document.url)
        assert status == 200
        assert body == b"%PDF-1.4 press kit"
        assert_served_safely(headers)

        members_only_document = members_only.files.get().document
        for path in (
            internal_path,
            "/protected-media/" + members_only_document.file.name.removeprefix("documents/"),
            "/protected-media/",
            "/media/" + document.file.name,
            "/media/" + members_only_document.file.name,
        ):
            status, _headers, body = get(proxy, path)
            assert status in (400, 404), path
            assert b"%PDF" not in body, path
