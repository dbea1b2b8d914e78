"""Query budgets: what a page costs in SQL with an empty page cache (the worst case), and the
same cost at a small and a large size of the data."""

from django.core.cache import caches
from django.db import connection
from django.test.utils import CaptureQueriesContext

QUERY_BUDGET = 12


def sql_of(queries) -> str:
    return "\n".join(f"  {query['sql']}" for query in queries)


def page_queries(client, paths, budget: int = QUERY_BUDGET) -> dict[str, list[dict]]:
    """The queries of each page, rendered with an empty page cache, each within ``budget``."""
    captured = {}
    for path in paths:
        client.get(path)  # image renditions are made on the first view
        caches["pages"].clear()
        with CaptureQueriesContext(connection) as queries:
            response = client.get(path)
        assert response.status_code == 200, path
        assert len(queries) <= budget, f"{path}: {len(queries)} queries\n{sql_of(queries)}"
        captured[path] = queries.captured_queries
    return captured


def assert_same_counts(small: dict, large: dict, sizes: tuple[str, str]) -> None:
    """The same number of queries at both ``sizes`` (say "50 articles", "5,000"); otherwise
    the SQL of both, to compare."""
    for path, queries in small.items():
        assert len(large[path]) == len(queries), (
            f"{path}: {len(queries)} queries with {sizes[0]}, {len(large[path])} with {sizes[1]}"
            f"\n-- with {sizes[0]}:\n{sql_of(queries)}\n-- with {sizes[1]}:\n{sql_of(large[path])}"
        )
