"""The search page stays within the query budget with the same count over the editorial
pages alone and over 50,000 publications and 20,000 members (its server time at that scale is
measured by ``make bench``)."""

from members.demo.bulk import create_bulk_members
from publications.demo.bulk import create_bulk_publications
from publications.models import Publication
from search.indexing import rebuild
from search.models import SearchEntry
from tests.budgets import assert_same_counts, page_queries

PATHS = [
    "/en/search/?q=urban+security",
    "/fr/search/?q=s%C3%A9curit%C3%A9+urbaine",
    "/de/search/?q=urbane+Sicherheit&kind=publication&page=2",
    "/it/search/?q=zzyzx+qwxv",
    "/es/search/",
]


def test_search_costs_the_same_queries_over_the_pages_or_50000_publications(client, site_tree):
    rebuild()
    create_bulk_publications(50)
    create_bulk_members(20)
    small = page_queries(client, PATHS)

    create_bulk_publications(49_950, seed=1)
    create_bulk_members(19_980, seed=1)
    assert Publication.objects.count() == 50_000
    assert SearchEntry.objects.filter(kind="publication", language="de").count() == 50_000

    assert_same_counts(small, page_queries(client, PATHS), ("50 publications", "50,000"))
