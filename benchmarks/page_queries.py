"""Print, as JSON, the SQL queries each page costs: the argument is a JSON list of
``[path, cookie]``, the cookie a signed-in visitor's ``Cookie`` header or '' for anonymous.

Run by bench.py in the bench site's environment (production settings, bench database): each
page is rendered in-process by Django's test client, with the visitor's cookie, once to warm
it up, then once counted.
"""

import json
import sys

import django


def count_queries(path: str, cookie: str) -> int:
    from django.db import connection
    from django.test import Client
    from django.test.utils import CaptureQueriesContext

    client = Client()
    client.cookies.load(cookie)
    client.get(path)
    with CaptureQueriesContext(connection) as queries:
        response = client.get(path)
    if response.status_code != 200:
        raise SystemExit(f"{path} answered {response.status_code} instead of 200")
    return len(queries)


def main(pages: list[list[str]]) -> None:
    django.setup()
    print(json.dumps([count_queries(path, cookie) for path, cookie in pages]))


if __name__ == "__main__":
    main(json.loads(sys.argv[1]))
