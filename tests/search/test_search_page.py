"""The search page: kinds with their counts, pages of results, promoted results, the page
without results, members-only publications, and the same page in every language."""

import pytest
from django.conf import settings
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import translation
from wagtail.contrib.search_promotions.models import Query, SearchPromotion

from members.factories import MemberAuthorityFactory
from publications.factories import PublicationFactory
from publications.models import Publication
from tests.search.conftest import escaped, found_titles, search_path

LANGUAGE_CODES = [code for code, _name in settings.LANGUAGES]


def shelve_nightlife(count: int) -> None:
    for number in range(count):
        PublicationFactory(title_fr=f"La vie nocturne, volume {number}", summary_fr="Un guide.")


def test_results_are_filtered_by_kind_with_the_count_of_each(client, site_tree):
    for number in range(2):
        PublicationFactory(title_en=f"Nightlife, volume {number}", summary_en="A guide.")
    MemberAuthorityFactory(name="Nightlife City", description_en="A city known for its nights.")

    everything = client.get(search_path("en"), {"q": "nightlife"}).content.decode()
    with CaptureQueriesContext(connection) as queries:
        members = client.get(search_path("en"), {"q": "nightlife", "kind": "member"})

    assert not [query for query in queries if "GROUP BY" in query["sql"]]  # counted once

    assert "3 results for “nightlife”" in everything
    assert 'href="?q=nightlife&amp;kind=publication">Publications' in everything
    assert 'Publications <span class="facet__count">(2)</span>' in everything
    assert 'Member authorities <span class="facet__count">(1)</span>' in everything
    assert 'Pages <span class="facet__count">(0)</span>' in everything
    assert found_titles(members) == ["Nightlife City"]
    assert "1 result for “nightlife”" in members.content.decode()
    assert 'aria-current="true">Member authorities' in members.content.decode()


def test_results_come_twenty_a_page_and_the_links_keep_the_query_and_kind(client, site_tree):
    shelve_nightlife(25)

    first = client.get(search_path("fr"), {"q": "nocturne", "kind": "publication"})
    second = client.get(search_path("fr"), {"q": "nocturne", "kind": "publication", "page": 2})
    past_the_end = client.get(search_path("fr"), {"q": "nocturne", "page": 99})

    assert len(found_titles(first)) == 20
    assert len(found_titles(second)) == 5
    assert set(found_titles(first)).isdisjoint(found_titles(second))
    assert 'href="?q=nocturne&amp;kind=publication&amp;page=2"' in first.content.decode()
    assert found_titles(past_the_end) == found_titles(second)
    assert '<ol class="search-results" start="21">' in second.content.decode()


def test_promoted_results_come_first_and_say_so(client, site_tree):
    shelve_nightlife(1)
    query = Query.get("vie nocturne")
    SearchPromotion.objects.create(query=query, page=site_tree.manifesto, sort_order=0)

    html = client.get(search_path("fr"), {"q": "Vie  Nocturne"}).content.decode()

    promoted = html.index(
        f'href="{site_tree.manifesto.url_in("fr").removeprefix("http://localhost")}"'
    )
    assert promoted < html.index('<ol class="search-results"')
    with translation.override("fr"):
        assert translation.gettext("Recommended") in html
    assert site_tree.manifesto.title_fr in html


def test_a_result_staff_pin_or_unpin_shows_at_once_through_the_page_cache(
    client, site_tree, settings
):
    settings.CACHE_MIDDLEWARE_SECONDS = 300
    shelve_nightlife(1)
    guide = 'href="https://guide.example.org/"'
    assert guide not in client.get(search_path("fr"), {"q": "nocturne"}).content.decode()

    pick = SearchPromotion.objects.create(
        query=Query.get("nocturne"),
        external_link_url="https://guide.example.org/",
        external_link_text="Guide de la nuit",
        sort_order=0,
    )
    assert guide in client.get(search_path("fr"), {"q": "nocturne"}).content.decode()

    pick.delete()
    assert guide not in client.get(search_path("fr"), {"q": "nocturne"}).content.decode()


def test_searching_records_nothing(client, site_tree):
    client.get(search_path("fr"), {"q": "vie nocturne"})

    assert not Query.objects.exists()


def test_no_results_gives_a_helpful_page_in_the_visitors_language(client, site_tree):
    response = client.get(search_path("fr"), {"q": "zzyzx"})
    html = response.content.decode()

    assert response.status_code == 200
    assert '<html lang="fr">' in html
    with translation.override("fr"):
        expected = translation.gettext("Nothing on the site matches “%(query)s”.") % {
            "query": "zzyzx"
        }
        assert expected in html
        assert translation.gettext("Browse the member directory") in html
    assert "Nothing on the site matches" not in html  # the French sentence, not the English
    assert f'href="{site_tree.library.url_in("fr").removeprefix("http://localhost")}"' in html
    assert f'href="{site_tree.members.url_in("fr").removeprefix("http://localhost")}"' in html


def test_an_empty_query_shows_the_form_only(client, site_tree):
    html = client.get(search_path("de"), {"q": "   "}).content.decode()

    assert 'id="search-q"' in html
    assert 'id="results"' not in html


def test_a_members_only_publication_shows_its_title_and_summary_and_no_file(client, site_tree):
    publication = PublicationFactory(
        title_fr="Rapport confidentiel sur la nuit",
        summary_fr="Résumé du rapport confidentiel.",
        access=Publication.Access.MEMBERS,
        languages=["fr", "en"],
    )

    html = client.get(search_path("fr"), {"q": "confidentiel"}).content.decode()

    assert found_titles_from(html) == ["Rapport confidentiel sur la nuit"]
    assert "Résumé du rapport" in html
    assert '<span class="badge">' in html
    assert "/download/" not in html
    assert "/documents/" not in html
    assert publication.files.first().document.file.name not in html


def found_titles_from(html: str) -> list[str]:
    class Response:
        content = html.encode()

    return found_titles(Response())


def test_stored_text_and_the_query_are_shown_escaped(client, site_tree):
    PublicationFactory(
        title_fr="<script>alert(1)</script> nocturne", summary_fr='<img src=x onerror="alert(2)">'
    )

    html = client.get(search_path("fr"), {"q": 'nocturne "<script>alert(3)</script>'})
    html = html.content.decode()

    assert "<script>alert" not in html
    assert "<img src=x" not in html
    assert escaped("<script>alert(1)</script>") in html
    assert escaped('"<script>alert(3)</script>') in html


@pytest.mark.parametrize("language", LANGUAGE_CODES)
def test_the_search_page_renders_in_every_language_without_a_cookie(client, site_tree, language):
    PublicationFactory(**{f"title_{language}": "Nightlife nightlife", f"summary_{language}": "x"})

    with_results = client.get(search_path(language), {"q": "nightlife"})
    without = client.get(search_path(language), {"q": "zzyzx"})
    empty = client.get(search_path(language))

    for response in (with_results, without, empty):
        assert response.status_code == 200
        assert f'<html lang="{language}">' in response.content.decode()
        assert not response.cookies
    assert len(found_titles(with_results)) == 1
    assert found_titles(without) == []
