"""The header: a search box that sends the query to the search page of the visitor's language,
and the phone's menu, a <details> disclosure holding every section and every language."""

import re

import pytest
from django.conf import settings
from pytest_django.asserts import assertInHTML

LANGUAGE_CODES = [code for code, _name in settings.LANGUAGES]


def path_of(page, language):
    return page.url_in(language).removeprefix("http://localhost")


def menu_disclosure(html: str) -> str:
    """The phone's menu: the header's <details> element (which holds the menu's groups)."""
    found = re.findall(
        r'<details class="site-nav">.*</details>\s*</div>\s*</header>', html, flags=re.DOTALL
    )
    assert len(found) == 1, "one menu disclosure in the page"
    return found[0]


def test_header_search_sends_the_query_to_the_french_search_page_with_a_french_label(
    client, site_tree
):
    html = client.get(path_of(site_tree.governance, "fr")).content.decode()

    form = re.search(r'<form class="site-search"[^>]*>', html)
    assert form is not None
    assert 'role="search"' in form[0]
    assert 'method="get"' in form[0]
    assert 'action="/fr/search/"' in form[0]
    assertInHTML(
        '<label class="visually-hidden" for="site-search-query">Rechercher sur le site</label>',
        html,
    )
    search_box = (
        '<input class="site-search__input" id="site-search-query" type="search" name="q"'
        ' maxlength="200">'
    )
    assertInHTML(search_box, html)
    assertInHTML('<span class="site-search__label">Rechercher</span>', html)
    assert client.get("/fr/search/", {"q": "sécurité"}).status_code == 200


@pytest.mark.parametrize("language", LANGUAGE_CODES)
def test_menu_disclosure_holds_every_section_and_every_language(client, site_tree, language):
    html = client.get(path_of(site_tree.governance, language)).content.decode()
    menu = menu_disclosure(html)

    assert re.search(r'<summary class="site-nav__toggle">[^<]+</summary>', menu)
    sections = [site_tree.about, site_tree.activities, site_tree.manifesto, site_tree.contact]
    sections += [site_tree.members, site_tree.join, site_tree.library]
    for page in [site_tree.home, *sections]:
        assert f'href="{path_of(page, language)}"' in menu, page.title
    for code in LANGUAGE_CODES:
        assert f'href="{site_tree.governance.url_in(code)}" lang="{code}"' in menu, code
    assert f'lang="{language}" hreflang="{language}" aria-current="true"' in menu
    # The governance page is below "About": its section is marked as the current one.
    about = f'href="{path_of(site_tree.about, language)}" class="is-current-section"'
    assert about in menu


def test_skip_link_comes_before_the_header(client, site_tree):
    html = client.get(path_of(site_tree.home, "en")).content.decode()
    assert html.index('class="skip-link"') < html.index('<header class="site-header">')
