"""Print, as JSON, the SQL queries each page given on the command line costs.

Run by bench.py in the bench site's environment (production settings, bench database): each
page is rendered in-process by Django's test client, once to warm it up, then once counted.
"""

import json
import sys

import django


def count_queries(client, path: str) -> int:
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    client.get(path)
    with CaptureQueriesContext(connection) as queries:
        response = client.get(path)
    if response.status_code != 200:
        raise SystemExit(f"{path} answered {response.status_code} instead of 200")
    return len(queries)


def main(paths: list[str]) -> None:
    django.setup()
    from django.test import Client

    client = Client()
    print(json.dumps({path: count_queries(client, path) for path in paths}))


if __name__ == "__main__":
    main(sys.argv[1:])
