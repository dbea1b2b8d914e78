"""The member pages stay within the query budget, with the same count at 250 and 20,000 members."""

from django.core.cache import caches
from django.db import connection
from django.test.utils import CaptureQueriesContext

from members.demo.bulk import create_bulk_members
from members.models import MemberAuthority

QUERY_BUDGET = 12


def member_paths(site_tree):
    directory = site_tree.members.url_in("en").removeprefix("http://localhost")
    profile = directory + MemberAuthority.objects.get(name="Lyon").slug + "/"
    return [
        directory,
        directory + "?country=FR",
        directory + "?kind=local&page=2",
        directory + "?letter=C",
        directory + "?q=city&forum=1&committee=on",
        profile,
        site_tree.governance.url_in("fr").removeprefix("http://localhost"),
        site_tree.home.url_in("de").removeprefix("http://localhost"),
    ]


def query_counts(client, paths) -> dict[str, int]:
    counts = {}
    for path in paths:
        client.get(path)  # image renditions are made on the first view
        caches["pages"].clear()  # the map and footer fragments are rebuilt: the worst case
        with CaptureQueriesContext(connection) as queries:
            response = client.get(path)
        assert response.status_code == 200, path
        assert len(queries) <= QUERY_BUDGET, f"{path}: {len(queries)} queries\n" + "\n".join(
            query["sql"][:200] for query in queries
        )
        counts[path] = len(queries)
    return counts


def test_member_pages_cost_the_same_queries_with_250_or_20000_members(client, site_tree):
    create_bulk_members(248)
    paths = member_paths(site_tree)
    with_250 = query_counts(client, paths)
    create_bulk_members(19_750, seed=1)
    assert MemberAuthority.objects.count() >= 20_000
    assert query_counts(client, paths) == with_250
