"""The search page, with results and without, is valid HTML in every language (the Nu Html
Checker, as in tests/browser/test_html_validity.py)."""

from django.conf import settings

from members.factories import MemberAuthorityFactory
from publications.factories import PublicationFactory
from publications.models import Publication
from tests.browser import test_html_validity as vnu
from tests.search.conftest import search_path

pytestmark = vnu.pytestmark


def test_the_search_page_is_valid_html_in_every_language(client, site_tree, tmp_path):
    files = []
    for code, _name in settings.LANGUAGES:
        PublicationFactory(
            **{f"title_{code}": f"Nightlife {code}", f"summary_{code}": "Nightlife <b>x</b>"},
            access=Publication.Access.MEMBERS,
        )
        MemberAuthorityFactory(name=f"Nightlife City {code}")
        for name, query in (("results", "nightlife"), ("none", "zzyzx"), ("empty", "")):
            response = client.get(search_path(code), {"q": query})
            files.append(vnu.save(tmp_path, f"search-{name}-{code}", response.content))

    errors = [message for message in vnu.run_vnu(files) if vnu.is_error(message)]

    assert not errors, "vnu found HTML errors:\n" + "\n".join(map(vnu.describe, errors))
