"""Every public page stays within the query budget of DESIGN.md."""

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from wagtail.models import Page

QUERY_BUDGET = 12


@pytest.mark.parametrize("language", ["en", "fr"])
def test_every_page_stays_within_the_query_budget(client, site_tree, language):
    for page in site_tree.all_pages():
        path = page.url_in(language).removeprefix("http://localhost")
        client.get(path)  # renditions are created on the first view
        with CaptureQueriesContext(connection) as queries:
            response = client.get(path)
        assert response.status_code == 200
        assert len(queries) <= QUERY_BUDGET, f"{path}: {len(queries)} queries\n" + "\n".join(
            q["sql"][:150] for q in queries
        )


def test_demo_pages_stay_within_the_query_budget(client, demo_content):
    for page in Page.objects.live().filter(depth__gt=1).specific():
        for language in ("en", "fr"):
            path = page.url_in(language).split("://", 1)[1].split("/", 1)[1]
            client.get("/" + path)
            with CaptureQueriesContext(connection) as queries:
                response = client.get("/" + path)
            assert response.status_code == 200
            assert len(queries) <= QUERY_BUDGET, f"/{path}: {len(queries)} queries\\n" + "\\n".join(
                q["sql"][:150] for q in queries
            )
