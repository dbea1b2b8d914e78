"""The member pages stay within the query budget, with the same count at 250 and 20,000 members."""

from members.demo.bulk import create_bulk_members
from members.models import MemberAuthority
from tests.budgets import assert_same_counts, page_queries


def member_paths(site_tree):
    directory = site_tree.members.url_in("en").removeprefix("http://localhost")
    profile = directory + MemberAuthority.objects.get(name="Lyon").slug + "/"
    return [
        directory,
        directory + "?country=FR",
        directory + "?country=IT&kind=local&city=Torino&city=Milan",
        directory + "?kind=local&page=2",
        directory + "?letter=C",
        directory + "?q=city&forum=1&committee=on",
        profile,
        site_tree.governance.url_in("fr").removeprefix("http://localhost"),
        site_tree.home.url_in("de").removeprefix("http://localhost"),
    ]


def test_member_pages_cost_the_same_queries_with_250_or_20000_members(client, site_tree):
    create_bulk_members(248)
    paths = member_paths(site_tree)
    with_250 = page_queries(client, paths)
    create_bulk_members(19_750, seed=1)
    assert MemberAuthority.objects.count() >= 20_000
    assert_same_counts(with_250, page_queries(client, paths), ("250 members", "20,000"))
