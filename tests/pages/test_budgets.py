"""Every public page stays within the query budget of DESIGN.md."""

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

QUERY_BUDGET = 12


@pytest.mark.parametrize("language", ["en", "fr"])
def test_every_page_stays_within_the_query_budget(client, site_tree, language):
    for page in site_tree.all_pages():
        path = page.url_in(language).removeprefix("http://localhost")
        client.get(path)  # renditions are created on the first view
        with CaptureQueriesContext(connection) as queries:
            response = client.get(path)
        assert response.status_code == 200
        print(path, len(queries))
        assert len(queries) <= QUERY_BUDGET, f"{path}: {len(queries)} queries\n" + "\n".join(
            q["sql"][:150] for q in queries
        )
