"""The practice exchange's list: cards in the visitor's language (or the original), filters
and their chips, the map, pages, and who sees members-only practices."""

import re
from html import unescape

import pytest
from django.core.cache import caches
from django.db import connection
from django.test.utils import CaptureQueriesContext

from members.factories import MemberAuthorityFactory
from practices.factories import PracticeFactory
from practices.models import Practice
from tests.practices.conftest import (
    LANGUAGE_CODES,
    MEMBERS_ONLY,
    italian_practice,
    path_of,
    with_themes,
)
from tests.publications.readers import FORMER_MEMBER, MEMBER, STAFF, sign_in


def get_html(client, page, query=None, language="en") -> str:
    response = client.get(path_of(page, language), query)
    assert response.status_code == 200
    return response.content.decode()


def listed_slugs(html: str) -> list[str]:
    results = html.partition('class="publication-list"')[2].partition("</ol>")[0]
    return re.findall(r'<h3><a href="[^"]*/([^/"]+)/"', results)


def results_count(html: str) -> int:
    """How many practices the heading of the results says the list holds."""
    return int(re.search(r'<h2 id="results"[^>]*>([0-9,]+) practices?</h2>', html)[1])


def map_markers(html: str) -> dict[str, str]:
    svg = html.split('aria-labelledby="practice-map-caption">', 1)[1].split("</svg>", 1)[0]
    found = re.findall(r'<a href="([^"]*)" aria-label="([^"]*)"', svg)
    return {unescape(label): unescape(href) for href, label in found}


@pytest.mark.parametrize("language", LANGUAGE_CODES)
def test_the_list_shows_each_practice_in_the_visitors_language_or_the_original(
    client, practices_page, language
):
    italian_practice(slug="night-mediation")
    html = get_html(client, practices_page, language=language)
    assert listed_slugs(html) == ["night-mediation"]
    if language == "fr":
        assert ">Médiation de nuit</a>" in html
        assert "Mediazione notturna" not in html
    elif language == "it":
        assert ">Mediazione notturna</a>" in html
    else:
        assert ' lang="it">Mediazione notturna</a>' in html
        assert "Summary of Mediazione notturna [it]" in html


def test_a_card_says_who_where_how_well_evidenced_in_which_languages_and_its_themes(
    client, practices_page, nightlife
):
    practice = italian_practice(evaluated=True)
    with_themes(practice, nightlife)
    html = get_html(client, practices_page)
    card = html.partition('class="publication-list"')[2].partition("</ol>")[0]
    assert "Città di Torino, Italy" in card
    assert "Evidence: Evaluated (3 of 4)" in card
    assert "Available in French and Italian" in card
    assert "nightlife [en]" in card
    assert "Members only" not in card


def test_only_live_practices_are_listed(client, practices_page):
    PracticeFactory(slug="published")
    PracticeFactory(slug="draft", live=False)
    assert listed_slugs(get_html(client, practices_page)) == ["published"]


@pytest.mark.parametrize(
    "query, expected",
    [
        ({"theme": "nightlife"}, {"torino"}),
        ({"country": "IT"}, {"torino"}),
        ({"country": "FR"}, {"lyon-small", "lyon-big"}),
        ({"population": "under-50k"}, {"lyon-small"}),
        ({"population": "250k-1m"}, {"torino"}),
        ({"population": "over-1m"}, {"lyon-big"}),
        ({"evidence": "plausible"}, {"torino", "lyon-small"}),
        ({"evidence": "evaluated"}, {"torino"}),
        ({"evidence": "transferred"}, set()),
        ({"language": "fr"}, {"torino"}),
        ({"language": "en"}, {"lyon-small", "lyon-big"}),
        ({"status": "finished"}, {"lyon-big"}),
        ({"year": "2015"}, {"lyon-big"}),
        ({"city": "Torino"}, {"torino"}),
        ({"country": "FR", "status": "running"}, {"lyon-small"}),
        ({"city": ["Torino", "Marseille"]}, {"torino", "lyon-big"}),
        ({"city": ["Torino", "Marseille"], "status": "finished"}, {"lyon-big"}),
        ({"city": "Marseille", "theme": "nightlife"}, set()),
    ],
)
def test_filters_narrow_the_list(client, practices_page, nightlife, query, expected):
    with_themes(italian_practice(slug="torino", evaluated=True), nightlife)
    small = MemberAuthorityFactory(city="Villeurbanne", population=40_000)
    big = MemberAuthorityFactory(city="Marseille", population=1_500_000)
    PracticeFactory(slug="lyon-small", authority=small)
    PracticeFactory(
        slug="lyon-big",
        authority=big,
        plausible=False,
        started_in=2015,
        ended_in=2018,
        status=Practice.Status.FINISHED,
    )
    html = get_html(client, practices_page, query)
    assert set(listed_slugs(html)) == expected
    assert results_count(html) == len(expected)


@pytest.mark.parametrize(
    "query",
    [
        "theme=nowhere&theme=%3Cscript%3E",
        "country=ZZ",
        "population=huge",
        "evidence=1",
        "language=xx",
        "status=%27%20OR%201%3D1%20--",
        "year=twenty",
        "year=99999999999999999999",
        "city=%00",
        "page=-3",
        "country=%c3&theme=%ff%fe",
    ],
)
def test_garbage_filters_are_ignored(client, practices_page, query):
    italian_practice(slug="torino")
    response = client.get(f"{path_of(practices_page)}?{query}")
    assert response.status_code == 200
    assert listed_slugs(response.content.decode()) == ["torino"]


def test_chosen_filters_show_as_chips_that_remove_them(client, practices_page, nightlife):
    with_themes(italian_practice(slug="torino"), nightlife)
    html = get_html(client, practices_page, {"theme": "nightlife", "country": "IT"})
    theme = 'type="checkbox" name="theme" value="nightlife"'
    assert re.search(theme + r" [^>]*checked>\s*nightlife \[en\]</label>", html)
    chips = html.partition('class="chosen-filters"')[2].partition("</nav>")[0]
    assert "Themes: nightlife [en]" in chips
    assert "Country: Italy" in chips
    assert 'href="/en/practices-en/?country=IT#results"' in chips
    assert 'href="/en/practices-en/?theme=nightlife#results"' in chips


def test_the_language_switcher_carries_the_filters(client, practices_page):
    italian_practice()
    html = get_html(client, practices_page, {"population": "250k-1m", "evidence": "described"})
    assert (
        'href="http://localhost/fr/practices-fr/?population=250k-1m&amp;evidence=described"' in html
    )


def test_the_map_marks_each_place_linked_to_its_practices(client, practices_page):
    italian_practice()
    italian_practice(authority=Practice.objects.get().authority)
    html = get_html(client, practices_page)
    assert map_markers(html) == {"Torino: 2 practices": "?city=Torino#results"}
    assert "2 practices in 1 country." in html
    svg = html.split('id="practice-map"', 1)[1].split("</svg>", 1)[0]
    assert "http" not in svg


def test_the_list_has_pages(client, practices_page):
    PracticeFactory.create_batch(25)
    first = get_html(client, practices_page)
    assert len(listed_slugs(first)) == 20
    assert "Page 1 of 2" in first
    assert len(listed_slugs(get_html(client, practices_page, {"page": 2}))) == 5
    assert client.get(path_of(practices_page), {"page": 3}).status_code == 404


def test_cards_follow_changes_to_their_practice_its_texts_and_authority_at_once(
    client, practices_page
):
    practice = italian_practice(slug="night-mediation")
    assert "Médiation de nuit" in get_html(client, practices_page, language="fr")
    assert "Città di Torino, Italy" in get_html(client, practices_page)

    text = practice.texts.get(language="fr")
    text.title = "Médiateurs de nuit"
    text.save()
    assert "Médiateurs de nuit" in get_html(client, practices_page, language="fr")
    assert "Città di Torino, Italy" in get_html(client, practices_page)

    practice.authority.name = "Comune di Torino"
    practice.authority.save()
    assert "Comune di Torino, Italy" in get_html(client, practices_page)

    practice.access = MEMBERS_ONLY
    practice.save()
    assert listed_slugs(get_html(client, practices_page)) == []


def test_a_page_of_the_list_reads_its_cards_from_the_page_cache(client, practices_page):
    PracticeFactory.create_batch(3)
    first = get_html(client, practices_page)
    with CaptureQueriesContext(connection) as queries:
        again = get_html(client, practices_page)
    assert again == first
    assert not [query for query in queries if "OVER ()" in query["sql"]]
    assert not [query for query in queries if "GROUP BY" in query["sql"]]


def test_members_only_practices_are_hidden_from_anonymous_visitors(client, practices_page):
    PracticeFactory(slug="public")
    PracticeFactory(slug="for-members", access=MEMBERS_ONLY)
    html = get_html(client, practices_page)
    assert listed_slugs(html) == ["public"]
    assert "1 practice in 1 country." in html


@pytest.mark.parametrize("reader", [MEMBER, STAFF])
def test_members_and_staff_see_members_only_practices_on_a_private_page(
    client, practices_page, reader
):
    PracticeFactory(slug="public")
    PracticeFactory(slug="for-members", access=MEMBERS_ONLY)
    sign_in(client, reader)
    response = client.get(path_of(practices_page))
    html = response.content.decode()
    assert set(listed_slugs(html)) == {"public", "for-members"}
    assert '<span class="badge">Members only</span>' in html
    assert "private" in response["Cache-Control"] and "no-store" in response["Cache-Control"]


def test_a_former_member_sees_public_practices_only(client, practices_page):
    PracticeFactory(slug="public")
    PracticeFactory(slug="for-members", access=MEMBERS_ONLY)
    sign_in(client, FORMER_MEMBER)
    assert listed_slugs(get_html(client, practices_page)) == ["public"]


def test_anonymous_visitors_get_the_page_cache_and_no_cookie(
    client, practices_page, page_cache, django_assert_max_num_queries
):
    PracticeFactory()
    first = client.get(path_of(practices_page), {"country": "FR"})
    assert first.status_code == 200
    assert not first.cookies
    with django_assert_max_num_queries(0):
        cached = client.get(path_of(practices_page), {"country": "FR"})
    assert cached.content == first.content
    caches["pages"].clear()
