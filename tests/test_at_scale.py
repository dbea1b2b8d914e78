"""At the network's largest size, 20,000 member authorities and 50,000 publications, the pages
whose work grows with the data cost the same queries as with 20 and 50, each within its budget:
the library (filtered, searched, a publication's page), serving a download (at most 3 queries),
the site search (its server time at that scale is measured by ``make bench``), Reports →
Translations (with 300 practices among the rows) and the admin's dashboard. The large data is
built once, in bulk, for all of them: building it is most of this test's minute."""

from django.contrib.auth import get_user_model
from django.contrib.auth.models import AnonymousUser, Group
from django.core.cache import caches
from django.db import connection
from django.db.models import Count
from django.test import Client
from django.test.utils import CaptureQueriesContext

from members.demo.bulk import SLUG_PREFIX, create_bulk_members
from members.factories import MemberAccountFactory
from members.models import MemberAuthority
from practices.bulk import create_bulk_practices
from practices.models import Practice
from publications.demo.bulk import create_bulk_publications
from publications.downloads import download
from publications.models import Publication
from search.indexing import rebuild
from search.models import SearchEntry
from tests.budgets import assert_same_counts, page_queries, sql_of
from tests.pages.test_translation_report import ONE_KIND_VIEWS, VIEWS, report_rows
from tests.pages.test_translation_report import QUERY_BUDGET as REPORT_BUDGET

SIZES = ("20 members and 50 publications", "20,000 and 50,000")
DOWNLOAD_BUDGET = 3
SEARCH_PATHS = [
    "/en/search/?q=urban+security",
    "/fr/search/?q=s%C3%A9curit%C3%A9+urbaine",
    "/de/search/?q=urbane+Sicherheit&kind=publication&page=2",
    "/it/search/?q=zzyzx+qwxv",
    "/es/search/",
]


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


def signed_in_editor() -> Client:
    """A member of Wagtail's Editors group, signed in: the report lists what they may edit."""
    user = get_user_model().objects.create_user("editor", "editor@example.org", "pw")
    user.groups.add(Group.objects.get(name="Editors"))
    editor = Client()
    editor.force_login(user)
    return editor


def test_the_library_search_and_report_cost_the_same_queries_at_the_network_s_largest_size(
    client, rf, site_tree
):
    rebuild()
    create_bulk_members(18)  # beside the site tree's two
    create_bulk_publications(50)
    create_bulk_practices(20)
    publications = Publication.objects.all()
    shown = in_several_languages(publications.public())
    members_only = in_several_languages(publications.members_only())
    readers = [(None, shown), (MemberAccountFactory().user, members_only)]
    editor = signed_in_editor()

    def costs() -> dict[str, dict]:
        page_queries(editor, VIEWS, budget=REPORT_BUDGET)  # every filter, on rows of every kind
        return {
            "library": page_queries(client, page_paths(site_tree, shown)),
            "downloads": download_queries(site_tree, rf, readers),
            "search": page_queries(client, SEARCH_PATHS),
            "report": page_queries(editor, ONE_KIND_VIEWS, budget=REPORT_BUDGET),
        }

    small = costs()
    create_bulk_members(19_980, seed=1)
    create_bulk_publications(49_950, seed=1)
    create_bulk_practices(280, seed=1)
    assert MemberAuthority.objects.filter(slug__startswith=SLUG_PREFIX).count() == 19_998
    assert publications.count() == 50_000
    assert Practice.objects.count() == 300
    assert SearchEntry.objects.filter(kind="publication", language="de").count() == 50_000
    large = costs()

    for area, queries in small.items():
        assert_same_counts(queries, large[area], SIZES)
    response, _rows = report_rows(editor, "kind=publications.publication")
    [french] = [line for line in response.context["summaries"] if line.name == "French"]
    assert french.complete + french.incomplete == 50_000
