"""The library, filtered or not, and a publication's page stay within the query budget, with
the same count at 50 and at 50,000 publications; serving a download adds at most 3 queries."""

from django.contrib.auth import get_user_model
from django.contrib.auth.models import AnonymousUser
from django.core.cache import caches
from django.db import connection
from django.db.models import Count
from django.test.utils import CaptureQueriesContext

from members.factories import MemberAccountFactory
from publications.demo.bulk import create_bulk_publications
from publications.downloads import download
from publications.models import Publication
from tests.budgets import assert_same_counts, page_queries, sql_of

SIZES = ("50 publications", "50,000")
DOWNLOAD_BUDGET = 3


def library_path(site_tree, language: str) -> str:
    return site_tree.library.url_in(language).removeprefix("http://localhost")


def in_several_languages(publications) -> Publication:
    """The first publication with files in at least two languages: it shows the most."""
    return (
        publications.annotate(files_count=Count("files"))
        .filter(files_count__gte=2)
        .order_by("pk")
        .first()
    )


def page_paths(site_tree, publication: Publication) -> list[str]:
    english, french = library_path(site_tree, "en"), library_path(site_tree, "fr")
    detail = site_tree.library.reverse_subpage("detail", args=[publication.slug])
    return [
        english,
        french + "?theme=nightlife&language=fr",
        english + "?sort=title&page=2",
        english + "?kind=guide&kind=report&access=public",
        library_path(site_tree, "de") + "?q=Nachtleben",
        english + detail,
        french + detail,
    ]


def download_queries(site_tree, rf, readers) -> dict[str, list[dict]]:
    """The queries of serving each (user, publication)'s first file, beyond routing to it."""
    captured = {}
    for user, publication in readers:
        language = publication.files.order_by("sort_order").first().language
        path = library_path(site_tree, "en") + site_tree.library.reverse_subpage(
            "download", args=[publication.slug, language]
        )
        request = rf.get(path)
        # As the authentication middleware gives it: loaded, nothing cached on it yet.
        request.user = get_user_model().objects.get(pk=user.pk) if user else AnonymousUser()
        caches["ratelimit"].clear()  # the reader's first download today: it is counted
        with CaptureQueriesContext(connection) as queries:
            response = download(request, site_tree.library, publication.slug, language)
        # The file only: closing the response would signal the end of a request, which
        # closes the test's database connection.
        response.file_to_stream.close()
        assert response.status_code == 200, path
        assert len(queries) <= DOWNLOAD_BUDGET, f"{path}: {len(queries)}\n{sql_of(queries)}"
        captured[f"{path} ({'member' if user else 'anonymous'})"] = queries.captured_queries
    return captured


def test_the_library_costs_the_same_queries_with_50_or_50000_publications(client, rf, site_tree):
    create_bulk_publications(50)
    publications = Publication.objects.all()
    assert publications.count() == 50
    shown = in_several_languages(publications.public())
    members_only = in_several_languages(publications.members_only())
    readers = [(None, shown), (MemberAccountFactory().user, members_only)]
    paths = page_paths(site_tree, shown)

    pages_with_50 = page_queries(client, paths)
    downloads_with_50 = download_queries(site_tree, rf, readers)

    create_bulk_publications(49_950, seed=1)
    assert publications.count() == 50_000
    assert_same_counts(pages_with_50, page_queries(client, paths), SIZES)
    assert_same_counts(downloads_with_50, download_queries(site_tree, rf, readers), SIZES)
