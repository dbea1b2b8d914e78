"""The member directory, a member's profile, and member data on the governance and home pages."""

import re
from html import unescape

import pytest
from django.conf import settings
from django.utils import translation
from django.utils.html import escape
from django.utils.translation import gettext
from hypothesis import given
from hypothesis import strategies as st

from members.factories import MemberAuthorityFactory, NationalForumFactory
from members.models import MemberAuthority
from tests.pages.test_fuzz import FUZZ, assert_no_server_error, nasty_text

LANGUAGE_CODES = [code for code, _name in settings.LANGUAGES]


def path_of(page, language):
    return page.url_in(language).removeprefix("http://localhost")


def profile_path(site_tree, member, language):
    return path_of(site_tree.members, language) + f"{member.slug}/"


@pytest.mark.parametrize("language", LANGUAGE_CODES)
def test_directory_lists_active_members_with_country_names_in_the_language(
    client, site_tree, language
):
    MemberAuthorityFactory(name="Former Town", status=MemberAuthority.Status.FORMER)
    html = client.get(path_of(site_tree.members, language)).content.decode()
    assert "Lyon" in html and "Torino" in html
    assert "Former Town" not in html
    italy = {"en": "Italy", "fr": "Italie", "de": "Italien", "it": "Italia", "es": "Italia"}
    assert italy.get(language, "Itália") in html


def test_directory_filters_by_country_kind_forum_committee_and_letter(client, site_tree):
    path = path_of(site_tree.members, "en")
    forum = NationalForumFactory(country="IT")
    MemberAuthorityFactory(name="Regione Esempio", country="IT", kind="regional")
    MemberAuthorityFactory(name="Émilie Town", country="IT", national_forum=forum)

    def names(query):
        html = client.get(path, query).content.decode()
        listed = html.partition('class="member-list"')[2].partition("</ul>")[0]
        return {
            name for name in ("Lyon", "Torino", "Regione Esempio", "Émilie Town") if name in listed
        }

    assert names({"country": "IT"}) == {"Torino", "Regione Esempio", "Émilie Town"}
    assert names({"kind": "regional"}) == {"Regione Esempio"}
    assert names({"forum": forum.pk}) == {"Émilie Town"}
    assert names({"committee": "on"}) == {"Lyon"}
    assert names({"letter": "E"}) == {"Émilie Town"}
    assert names({"q": "regione"}) == {"Regione Esempio"}
    assert names({"country": "IT", "city": "Torino"}) == {"Torino"}


@pytest.mark.parametrize(
    "query",
    [
        {"country": "ZZ"},
        {"kind": "<script>alert(1)</script>"},
        {"forum": "1 OR 1=1"},
        {"forum": "1" + "0" * 30},
        {"page": "abc"},
        {"letter": "ÉÉ"},
        {"q": "x" * 5000},
        {"q": "a\x00b"},
        {"city": "'; DROP TABLE members_memberauthority; --"},
    ],
)
def test_directory_ignores_garbage_filters(client, site_tree, query):
    response = client.get(path_of(site_tree.members, "en"), query)
    assert response.status_code == 200
    html = response.content.decode()
    assert "<script>alert(1)</script>" not in html
    assert "Lyon" in html or "No member matches" in html


def test_a_page_past_the_end_is_not_found(client, site_tree):
    path = path_of(site_tree.members, "en")
    assert client.get(path, {"page": "1" + "0" * 30}).status_code == 404
    assert client.get(path, {"page": 3}).status_code == 404
    assert client.get(path, {"page": -4}).status_code == 200


def test_repeated_and_undecodable_parameters_do_not_break_the_directory(client, site_tree):
    path = path_of(site_tree.members, "en")
    assert client.get(f"{path}?country=FR&country=IT&page=2&page=x").status_code == 200
    assert client.get(f"{path}?page=1&page=2").status_code == 404
    assert client.get(f"{path}?q=%ff%fe%00&country=%c3").status_code == 200


def test_directory_paginates(client, site_tree):
    MemberAuthorityFactory.create_batch(40, country="DE")
    path = path_of(site_tree.members, "en")
    first = client.get(path, {"country": "DE"}).content.decode()
    assert "Page 1 of 2" in first
    assert 'href="?country=DE&amp;page=2"' in first
    assert "Page 2 of 2" in client.get(path, {"country": "DE", "page": 2}).content.decode()


def map_svg(html: str) -> str:
    return html.split('aria-labelledby="member-map-caption">', 1)[1].split("</svg>", 1)[0]


def markers(html: str) -> dict[str, str]:
    """The map's markers: their accessible names and links."""
    found = re.findall(r'<a href="([^"]*)" aria-label="([^"]*)"', map_svg(html))
    return {unescape(label): unescape(href) for href, label in found}


def caption(html: str) -> str:
    return unescape(html.split('id="member-map-caption">', 1)[1].split("</figcaption>", 1)[0])


def test_map_markers_are_links_named_by_place_and_count_with_no_outside_request(client, site_tree):
    MemberAuthorityFactory(name="Roma", city="Rome", country="IT", latitude=41.9, longitude=12.5)
    html = client.get(path_of(site_tree.members, "en"), {"country": "IT"}).content.decode()
    assert markers(html) == {
        "Torino: 1 member": "?country=IT&city=Torino#results",
        "Rome: 1 member": "?country=IT&city=Rome#results",
    }
    assert "http" not in map_svg(html)


def test_map_shows_and_counts_only_the_filtered_members_fitted_to_them(client, site_tree):
    MemberAuthorityFactory(name="Roma", city="Rome", country="IT", latitude=41.9, longitude=12.5)
    path = path_of(site_tree.members, "en")
    everything = client.get(path).content.decode()
    assert 'viewBox="0 0 1000 800"' in everything
    assert caption(everything).startswith("3 member authorities in 2 countries.")
    italy = client.get(path, {"country": "IT"}).content.decode()
    assert set(markers(italy)) == {"Torino: 1 member", "Rome: 1 member"}
    assert caption(italy).startswith("2 member authorities in 1 country.")
    assert 'viewBox="0 0 1000 800"' not in italy
    french = client.get(path_of(site_tree.members, "fr"), {"country": "IT"}).content.decode()
    assert caption(french).startswith("2 collectivités membres dans 1 pays.")


def test_nearby_places_share_one_marker_that_counts_them_all(client, site_tree):
    MemberAuthorityFactory(city="Villeurbanne", latitude=45.77, longitude=4.88)
    html = client.get(path_of(site_tree.members, "en")).content.decode()
    label, href = next(item for item in markers(html).items() if "Villeurbanne" in item[0])
    assert "Lyon" in label and label.endswith(": 3 members")
    assert "city=Lyon" in href and "city=Villeurbanne" in href


def test_a_chosen_place_is_a_removable_chip_with_the_results_in_view(client, site_tree):
    path = path_of(site_tree.members, "fr")
    html = client.get(path, {"kind": "local", "city": "Lyon"}).content.decode()
    chips = html.split('class="chips"', 1)[1].split("</ul>", 1)[0]
    assert 'href="?kind=local#results" aria-label="Retirer le lieu Lyon"' in chips
    assert ">×</span> Lyon</a>" in chips
    label = next(label for label in markers(html) if label.startswith("Lyon"))
    assert f'aria-label="{label}" aria-current="true"' in map_svg(html)
    assert 'href="#results"' in html  # the map's way to the list
    assert 'class="chips"' not in client.get(path, {"kind": "local"}).content.decode()


def test_letters_keep_the_other_filters_and_letters_without_members_are_not_links(
    client, site_tree
):
    html = client.get(path_of(site_tree.members, "en"), {"country": "IT", "kind": "local"})
    alphabet = html.content.decode().split('class="alphabet"', 1)[1].split("</nav>", 1)[0]
    assert '<a href="?country=IT&amp;kind=local&amp;letter=T">T</a>' in alphabet
    assert '<span class="alphabet__empty">L</span>' in alphabet  # Lyon is in France
    assert len(re.findall(r"<a ", alphabet)) == 1


@pytest.mark.parametrize(
    ("language", "name"),
    [
        ("en", "Antwerp"),
        ("fr", "Anvers"),
        ("de", "Antwerpen"),
        ("es", "Amberes"),
        ("pt", "Antwerp"),
    ],
)
def test_city_names_are_in_the_visitors_language_with_english_as_fallback(
    client, site_tree, language, name
):
    antwerp = MemberAuthorityFactory(
        name="Stad Antwerpen",
        country="BE",
        city="Antwerp",
        city_fr="Anvers",
        city_de="Antwerpen",
        city_es="Amberes",
        latitude=51.22,
        longitude=4.4,
    )
    directory = path_of(site_tree.members, language)
    listed = client.get(directory, {"country": "BE"}).content.decode()
    assert f"{name}, " in listed.partition('class="member-list"')[2]
    assert any(label.startswith(f"{name}") for label in markers(listed))
    chosen = client.get(directory, {"city": "Antwerp"}).content.decode()
    assert "Stad Antwerpen" in chosen.partition('class="member-list"')[2]
    assert f"</span> {name}</a>" in chosen.split('class="chips"', 1)[1]
    profile = client.get(profile_path(site_tree, antwerp, language)).content.decode()
    assert f"<dd>{name}</dd>" in profile
    if name != "Antwerp":
        assert "Antwerp" not in profile.replace("Antwerpen", "")


@pytest.mark.parametrize("language", LANGUAGE_CODES)
def test_profile_shows_the_description_in_the_language_or_says_it_falls_back(
    client, site_tree, language
):
    member = MemberAuthority.objects.get(name="Lyon")
    html = client.get(profile_path(site_tree, member, language)).content.decode()
    assert "<h1>Lyon</h1>" in html
    if language in ("en", "fr"):
        assert f"About Lyon [{language}]" in html
        assert 'class="notice"' not in html
    else:
        assert '<p lang="en">About Lyon [en]</p>' in html
        assert 'class="notice"' in html


def test_profile_language_switcher_stays_on_the_profile(client, site_tree):
    member = MemberAuthority.objects.get(name="Lyon")
    html = client.get(profile_path(site_tree, member, "fr")).content.decode()
    for code in LANGUAGE_CODES:
        url = site_tree.members.url_in(code) + f"{member.slug}/"
        assert f'hreflang="{code}" href="{url}"' in html
        assert client.get(url.removeprefix("http://localhost")).status_code == 200
    assert "<title>Lyon – Efus</title>" in html


def test_unknown_and_former_members_have_no_profile(client, site_tree):
    former = MemberAuthorityFactory(status=MemberAuthority.Status.FORMER)
    base = path_of(site_tree.members, "en")
    assert client.get(f"{base}{former.slug}/").status_code == 404
    assert client.get(f"{base}no-such-member/").status_code == 404


def test_profiles_are_in_the_sitemap_with_alternates(client, site_tree):
    xml = client.get("/sitemap-members.xml").content.decode()
    assert xml.count("<url>") == MemberAuthority.objects.active().count() * len(LANGUAGE_CODES)
    member = MemberAuthority.objects.get(name="Lyon")
    for code in LANGUAGE_CODES:
        assert f"<loc>{site_tree.members.url_in(code)}{member.slug}/</loc>" in xml
    assert f'hreflang="de" href="{site_tree.members.url_in("de")}{member.slug}/"' in xml


def test_governance_shows_committee_president_and_forums_live(client, site_tree):
    path = path_of(site_tree.governance, "fr")
    html = client.get(path).content.decode()
    assert "Lyon" in html and "Forum FR [fr]" in html
    assert "Présidence" in html
    MemberAuthorityFactory(name="Brussels", country="BE", committee_role="vice_president")
    assert "Brussels" in client.get(path).content.decode()


def test_home_counts_members_and_countries(client, site_tree):
    html = client.get(path_of(site_tree.home, "en")).content.decode()
    assert "<strong>2</strong> <span>local and regional authorities" in html
    MemberAuthorityFactory(country="ES")
    html = client.get(path_of(site_tree.home, "en")).content.decode()
    assert "<strong>3</strong> <span>local and regional authorities" in html
    assert "<strong>3</strong> <span>countries" in html


def test_directory_filters_take_any_value(client, site_tree):
    names = ["q", "country", "kind", "forum", "committee", "letter", "city", "page"]
    path = path_of(site_tree.members, "fr")

    @FUZZ
    @given(pairs=st.lists(st.tuples(st.sampled_from(names), nasty_text), max_size=8))
    def check(pairs):
        assert_no_server_error(client.get(path, pairs))

    check()


@pytest.mark.parametrize("language", LANGUAGE_CODES)
def test_profile_shows_every_fact_and_says_when_it_has_no_project_event_or_news(
    client, site_tree, language
):
    member = MemberAuthorityFactory(
        name="Ville Longue", website="https://www.a-very-long-address-of-a-city.example.org/"
    )
    html = client.get(profile_path(site_tree, member, language)).content.decode()
    with translation.override(language):
        expected = [
            gettext("Kind"),
            gettext("City"),
            gettext("Member since"),
            gettext("Website"),
            gettext("This member takes part in no European project with Efus yet."),
            gettext(
                "This member has organised no event with Efus, nor been a partner of one, yet."
            ),
            gettext("No news article mentions this member yet."),
        ]
    for text in expected:
        assert escape(text) in html, text
    for section in ("member-projects", "member-events", "member-news"):
        assert f'<h2 id="{section}">' in html
    assert 'role="img" aria-labelledby="member-place"' in html  # where the city lies
    if language != "en":
        english = "No news article mentions this member yet."
        assert english not in html
