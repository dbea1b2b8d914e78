"""One client cannot inflate the download counts: a download is counted once per reader (the
signed-in person, else the client's address), file and day, and nothing kept for it holds
who the reader is."""

import datetime

import pytest
from django.core.cache import caches
from django.utils import timezone

from publications.factories import PublicationFactory
from publications.models import Download, Publication
from tests.publications.readers import MEMBER, sign_in

MEMBERS = Publication.Access.MEMBERS


def download_path(library, publication, language="en") -> str:
    library_path = library.url_in("en").removeprefix("http://localhost")
    return library_path + library.reverse_subpage("download", args=[publication.slug, language])


def fetch(client, path, **extra):
    response = client.get(path, **extra)
    assert response.status_code == 200
    b"".join(response.streaming_content)


def counted(publication=None) -> int:
    downloads = Download.objects.all()
    return (downloads.filter(publication=publication) if publication else downloads).count()


def test_a_member_downloading_a_file_fifty_times_in_a_day_is_one_download(client, site_tree):
    publication = PublicationFactory(access=MEMBERS, languages=["en", "fr"])
    sign_in(client, MEMBER)
    for _ in range(50):
        fetch(client, download_path(site_tree.library, publication))
    assert counted() == 1


def test_another_member_another_file_or_the_next_day_counts_again(client, site_tree):
    publication = PublicationFactory(access=MEMBERS, languages=["en", "fr"])
    other = PublicationFactory(access=MEMBERS, languages=["en"])
    sign_in(client, MEMBER)
    fetch(client, download_path(site_tree.library, publication, "en"))
    fetch(client, download_path(site_tree.library, publication, "fr"))  # another language
    fetch(client, download_path(site_tree.library, other, "en"))
    assert counted() == 3
    sign_in(client, MEMBER)  # another member, from the same address
    fetch(client, download_path(site_tree.library, publication, "en"))
    assert counted(publication) == 3
    tomorrow = timezone.localdate() + datetime.timedelta(days=1)
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(timezone, "localdate", lambda *args: tomorrow)
        fetch(client, download_path(site_tree.library, publication, "en"))
    assert counted(publication) == 4


def test_anonymous_downloads_count_once_per_address(client, site_tree):
    publication = PublicationFactory(languages=["en"])
    path = download_path(site_tree.library, publication)
    for address in ("203.0.113.7", "203.0.113.7", "198.51.100.4", "198.51.100.4"):
        fetch(client, path, REMOTE_ADDR=address)
    assert counted() == 2


def test_behind_the_proxy_the_client_address_is_the_reader(client, site_tree, settings):
    settings.CLIENT_IP_HEADER = "X-Forwarded-For"
    publication = PublicationFactory(languages=["en"])
    path = download_path(site_tree.library, publication)
    for address in ("203.0.113.7", "198.51.100.4", "203.0.113.7"):
        fetch(client, path, REMOTE_ADDR="10.0.0.2", HTTP_X_FORWARDED_FOR=address)
    assert counted() == 2


def test_nothing_kept_holds_the_reader_in_clear(client, site_tree):
    publication = PublicationFactory(access=MEMBERS, languages=["en"])
    member = sign_in(client, MEMBER)
    fetch(client, download_path(site_tree.library, publication), REMOTE_ADDR="203.0.113.7")
    client.logout()
    public = PublicationFactory(languages=["en"])
    fetch(client, download_path(site_tree.library, public), REMOTE_ADDR="198.51.100.4")
    cache = caches["ratelimit"]
    kept = " ".join(f"{key} {cache.get(key.split(':', 2)[-1])}" for key in cache._cache)
    assert "downloads." in kept
    for clear in ("203.0.113.7", "198.51.100.4", member.email, f"user {member.pk}"):
        assert clear not in kept
    assert set(Download.objects.values().first()) == {
        "id",
        "publication_id",
        "language",
        "authority_id",
        "downloaded_on",
    }


def test_while_the_cache_is_unreachable_every_download_counts(client, site_tree, monkeypatch):
    publication = PublicationFactory(languages=["en"])
    cache = caches["ratelimit"]
    # As pages.caching.ResilientRedisCache answers while Redis is unreachable: a failed add
    # is False, a failed look-up a miss.
    monkeypatch.setattr(cache, "add", lambda *args, **kwargs: False)
    monkeypatch.setattr(cache, "has_key", lambda *args, **kwargs: False)
    for _ in range(2):
        fetch(client, download_path(site_tree.library, publication))
    assert counted() == 2
