"""Query budgets: what a page costs in SQL with an empty page cache (the worst case: after a
publish or a deploy) and with its fragments kept (the usual case), and the same costs at a
small and a large size of the data. Every budget test measures pages through
``page_queries``."""

from django.core.cache import caches
from django.db import connection
from django.test.utils import CaptureQueriesContext

QUERY_BUDGET = 12


def sql_of(queries) -> str:
    return "\n".join(f"  {query['sql']}" for query in queries)


def queries_of(client, path: str) -> list[dict]:
    with CaptureQueriesContext(connection) as queries:
        response = client.get(path)
    assert response.status_code == 200, path
    return queries.captured_queries


def page_queries(client, paths, budget: int = QUERY_BUDGET) -> dict[str, list[dict]]:
    """The queries of each page, by path, with an empty page cache (``path``) and then with
    what that view kept in it (``"<path> (warm)"``): both within ``budget``, and warm never
    more than cold."""
    captured = {}
    for path in paths:
        client.get(path)  # image renditions are made on the first view
        caches["pages"].clear()
        cold = captured[path] = queries_of(client, path)
        warm = captured[f"{path} (warm)"] = queries_of(client, path)
        assert len(cold) <= budget, f"{path}: {len(cold)} queries, cold\n{sql_of(cold)}"
        assert len(warm) <= len(cold), f"{path}: {len(warm)} queries, warm\n{sql_of(warm)}"
    return captured


def assert_same_counts(small: dict, large: dict, sizes: tuple[str, str]) -> None:
    """The same number of queries at both ``sizes`` (say "50 articles", "5,000"); otherwise
    the SQL of both, to compare."""
    for path, queries in small.items():
        assert len(large[path]) == len(queries), (
            f"{path}: {len(queries)} queries with {sizes[0]}, {len(large[path])} with {sizes[1]}"
            f"\n-- with {sizes[0]}:\n{sql_of(queries)}\n-- with {sizes[1]}:\n{sql_of(large[path])}"
        )
