"""The member directory, a member's profile, and member data on the governance and home pages."""

import pytest
from django.conf import settings
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


def test_map_has_a_linked_dot_per_city_and_no_outside_request(client, site_tree):
    html = client.get(path_of(site_tree.members, "fr")).content.decode()
    svg = html.split('aria-labelledby="member-map-caption">', 1)[1].split("</svg>", 1)[0]
    assert svg.count("<circle") == 2
    assert 'aria-label="Torino, Italie : 1 membre"' in svg or 'aria-label="Torino, Italie' in svg
    assert 'href="?country=IT&amp;city=Torino"' in svg
    assert "http" not in svg.replace('xmlns="http://www.w3.org/2000/svg"', "")


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
