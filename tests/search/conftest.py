import pytest
from django.utils.html import escape

from search.indexing import rebuild


def search_path(language: str) -> str:
    return f"/{language}/search/"


def found_titles(response) -> list[str]:
    """The titles of the results shown, without their markup, best first."""
    html = response.content.decode()
    results = html.split('<ol class="search-results"', 1)
    if len(results) == 1:
        return []
    titles = []
    for item in results[1].split("</ol>", 1)[0].split("<h3>")[1:]:
        title = item.split("</a></h3>", 1)[0].split(">", 1)[1]
        titles.append(title.replace("<mark>", "").replace("</mark>", ""))
    return titles


def escaped(text: str) -> str:
    return str(escape(text))


@pytest.fixture
def indexed_site(site_tree):
    """The editorial site, with every page indexed (factories publish without the signal)."""
    rebuild()
    return site_tree
