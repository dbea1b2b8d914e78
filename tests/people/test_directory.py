"""The people directory and a person's page: who is found, by which filters and words, what a
page shows, and who may see them, by every path."""

import re

import pytest
from django.contrib.auth.models import Group
from django.urls import reverse
from django.utils.http import urlencode

from members.factories import MemberAccountFactory, MemberAuthorityFactory, UserFactory
from members.models import MemberAuthority
from pages.folding import alphabetical
from people.factories import ProfileFactory
from tests.people.conftest import html_of, url

pytestmark = pytest.mark.django_db


def names_found(client, reader_language="en", **query) -> list[str]:
    response = client.get(url("directory", reader_language) + "?" + urlencode(query, doseq=True))
    assert response.status_code == 200
    return [profile.name for profile in response.context["listing"]]


@pytest.fixture
def camille(lyon, youth, nightlife):
    """Camille Moreau, of Lyon, listed, on youth and nightlife, speaking French and Spanish."""
    return ProfileFactory(
        account__authority=lyon,
        account__user__first_name="Camille",
        account__user__last_name="Moreau",
        role="Cheffe de projet prévention",
        about="Marches exploratoires et médiation de nuit.",
        languages=["fr", "es"],
        themes=[youth, nightlife],
    )


@pytest.fixture
def people(giulia, camille, hidden, former):
    return {"giulia": giulia, "camille": camille, "hidden": hidden, "former": former}


# What the directory finds.


def test_the_directory_lists_listed_people_of_active_authorities_by_name(signed_in, people):
    assert names_found(signed_in) == ["Camille Moreau", "Giulia Romano"]


def test_a_person_whose_user_is_deactivated_is_not_listed(signed_in, people):
    user = people["giulia"].account.user
    user.is_active = False
    user.save()
    assert names_found(signed_in) == ["Camille Moreau"]


@pytest.mark.parametrize(
    ("query", "found"),
    [
        ({"theme": "nightlife"}, ["Camille Moreau", "Giulia Romano"]),
        ({"theme": "youth"}, ["Camille Moreau"]),
        ({"country": "IT"}, ["Giulia Romano"]),
        ({"language": "es"}, ["Camille Moreau"]),
        ({"language": "it", "theme": "nightlife"}, ["Giulia Romano"]),
        ({"country": "FR", "language": "it"}, []),
        ({"q": "romano"}, ["Giulia Romano"]),
        ({"q": "giulia romano"}, ["Giulia Romano"]),
        ({"q": "prevention"}, ["Camille Moreau"]),  # "prévention", accents aside
        ({"q": "MEDIAZIONE"}, ["Giulia Romano"]),
        ({"q": "torino"}, ["Giulia Romano"]),  # the authority's name
        ({"q": "girard"}, []),  # unlisted
        ({"q": "becker"}, []),  # of a former member
    ],
)
def test_filters_and_words_narrow_the_directory(signed_in, people, query, found):
    assert names_found(signed_in, **query) == found


@pytest.mark.parametrize(
    "query",
    [
        {"theme": "no-such-theme"},
        {"country": "XX"},
        {"language": "klingon"},
        {"q": "x" * 500},
        {"q": "nul\x00byte"},
        {"theme": ["nightlife", "youth"], "page": "-3"},
        {"q": "'; DROP TABLE people_profile; --"},
        {"q": "(((["},
        {"q": "<script>alert(1)</script>"},
        {"page": "99999999999999999999"},
        {"unknown": "value"},
    ],
)
def test_garbage_filters_are_ignored_never_a_server_error(signed_in, people, query):
    response = signed_in.get(url("directory") + "?" + urlencode(query, doseq=True))
    assert response.status_code in (200, 404)
    assert "<script>alert(1)</script>" not in html_of(response)


def test_a_search_with_regex_or_sql_text_finds_nothing_and_says_so(signed_in, people):
    assert names_found(signed_in, q="(((") == []
    assert "Nobody listed matches these filters." in html_of(
        signed_in.get(url("directory") + "?q=%28%28%28")
    )


def test_chosen_filters_are_chips_that_remove_them(signed_in, people):
    page = html_of(signed_in.get(url("directory") + "?theme=nightlife&country=IT"))
    assert "Theme: Nightlife" in page
    assert 'href="/en/account/people/?country=IT"' in page
    assert 'href="/en/account/people/?theme=nightlife"' in page
    assert "1 person" in page


def test_the_directory_pages_twenty_people_at_a_time(signed_in, lyon):
    for number in range(45):
        ProfileFactory(account__authority=lyon, account__user__last_name=f"Name{number:02}")
    first = signed_in.get(url("directory"))
    assert len(first.context["listing"]) == 20
    assert "45 people" in html_of(first)
    last = signed_in.get(url("directory") + "?page=3")
    assert len(last.context["listing"]) == 5
    assert signed_in.get(url("directory") + "?page=4").status_code == 404


# A person's page.


def test_a_person_s_page_shows_their_profile_and_links_their_authority(
    signed_in, site_tree, people
):
    giulia = people["giulia"]
    profile_url = site_tree.members.profile_url_in(giulia.account.authority, "en")
    page = html_of(signed_in.get(url("person", pk=giulia.pk)))
    assert "Giulia Romano" in page
    assert "Funzionaria, polizia locale" in page
    assert "Mediazione notturna nei quartieri della movida." in page
    assert "Italian and English" in page
    assert '?theme=nightlife">Nightlife</a>' in page
    assert f'<a href="{profile_url}">Torino</a>' in page
    assert giulia.account.user.email not in page  # not shown unless they choose


def test_an_email_address_is_shown_when_its_person_chooses(signed_in, people):
    giulia = people["giulia"]
    giulia.shows_email = True
    giulia.save()
    page = html_of(signed_in.get(url("person", pk=giulia.pk)))
    assert f'href="mailto:{giulia.account.user.email}"' in page


def test_an_unlisted_person_s_page_and_photo_are_not_found_by_others(signed_in, people):
    hidden = people["hidden"]
    assert signed_in.get(url("person", pk=hidden.pk)).status_code == 404
    assert signed_in.get(url("photo", pk=hidden.pk, photo_id=1)).status_code == 404
    former = people["former"]
    assert signed_in.get(url("person", pk=former.pk)).status_code == 404


def test_an_unlisted_person_sees_their_own_page_and_is_told_nobody_else_does(client, people):
    client.force_login(people["hidden"].account.user)
    response = client.get(url("person", pk=people["hidden"].pk))
    assert response.status_code == 200
    assert "only you see this page" in html_of(response)


def test_the_pages_are_private_never_cached_and_not_indexed(signed_in, people):
    for path in (url("directory"), url("person", pk=people["giulia"].pk), url("profile")):
        response = signed_in.get(path)
        assert "private" in response["Cache-Control"] and "no-store" in response["Cache-Control"]
        assert '<meta name="robots" content="noindex">' in html_of(response)


# Who may see the directory: each reader × each path.

ANONYMOUS, NO_AUTHORITY, FORMER, MEMBER, STAFF, STAFF_WITHOUT = (
    "anonymous",
    "person without an authority",
    "former member",
    "member",
    "staff reading members-only content",
    "staff without that permission",
)
SIGN_IN, REFUSED, SHOWN, NOT_FOUND = "sent to sign in", "403, told why", "200", "404"
EXPECTED = {
    ANONYMOUS: {"directory": SIGN_IN, "listed": SIGN_IN, "unlisted": SIGN_IN, "photo": SIGN_IN},
    NO_AUTHORITY: {"directory": REFUSED, "listed": REFUSED, "unlisted": REFUSED, "photo": REFUSED},
    FORMER: {"directory": REFUSED, "listed": REFUSED, "unlisted": REFUSED, "photo": REFUSED},
    MEMBER: {"directory": SHOWN, "listed": SHOWN, "unlisted": NOT_FOUND, "photo": SHOWN},
    STAFF: {"directory": SHOWN, "listed": SHOWN, "unlisted": NOT_FOUND, "photo": SHOWN},
    STAFF_WITHOUT: {"directory": REFUSED, "listed": REFUSED, "unlisted": REFUSED, "photo": REFUSED},
}


def reader(kind: str):
    if kind == NO_AUTHORITY:
        return UserFactory()
    if kind == FORMER:
        return MemberAccountFactory(authority__status=MemberAuthority.Status.FORMER).user
    if kind == MEMBER:
        return MemberAccountFactory().user
    if kind in (STAFF, STAFF_WITHOUT):
        user = UserFactory(email="staff@efus.eu")
        user.groups.add(Group.objects.get(name="Editors"))
        if kind == STAFF_WITHOUT:
            user.user_permissions.add(
                *Group.objects.get(name="Editors").permissions.exclude(codename="read_members_only")
            )
            user.groups.clear()
        return user
    return None


def outcome(response) -> str:
    if response.status_code == 302 and response["Location"].startswith(reverse("account_login")):
        return SIGN_IN
    if response.status_code == 403:
        return REFUSED
    return str(response.status_code)


@pytest.mark.parametrize("kind", list(EXPECTED))
def test_each_reader_gets_what_the_access_rule_says(client, people, media, kind):
    from people import photos
    from tests.people.conftest import image_bytes

    giulia = people["giulia"]
    giulia.replace_photo(photos.store(image_bytes("WEBP")))
    user = reader(kind)
    if user is not None:
        client.force_login(user)
    got = {
        "directory": outcome(client.get(url("directory"))),
        "listed": outcome(client.get(url("person", pk=giulia.pk))),
        "unlisted": outcome(client.get(url("person", pk=people["hidden"].pk))),
        "photo": outcome(client.get(giulia.photo_url)),
    }
    assert got == EXPECTED[kind]


def test_a_former_member_is_told_why_the_directory_is_closed(client, people):
    client.force_login(people["former"].account.user)
    response = client.get(url("directory"))
    assert response.status_code == 403
    assert (
        "The membership of Stadt Gießen in Efus has ended, so the people directory is no "
        "longer open to you." in html_of(response)
    )


# In French (needs the French catalogue).


def test_the_directory_speaks_french(signed_in, people):
    page = html_of(signed_in.get(url("directory", "fr") + "?theme=nightlife"))
    assert '<html lang="fr"' in page
    assert "Annuaire des personnes" in page
    assert "Vie nocturne" in page
    assert "2 personnes" in page


def test_a_person_s_page_and_the_profile_speak_french(signed_in, people):
    page = html_of(signed_in.get(url("person", "fr", pk=people["giulia"].pk)))
    assert "Italien et anglais" in page  # Babel's names
    assert "Langues parlées" in page
    assert "Votre profil" in html_of(signed_in.get(url("profile", "fr")))


def test_a_former_member_is_told_in_french(client, people):
    client.force_login(people["former"].account.user)
    page = html_of(client.get(url("directory", "fr")))
    assert "Stadt Gießen n’est plus membre de l’Efus" in page


def test_an_authority_s_former_status_takes_its_people_out_at_once(signed_in, people):
    torino = people["giulia"].account.authority
    MemberAuthority.objects.filter(pk=torino.pk).update(status="former")
    assert names_found(signed_in) == ["Camille Moreau"]
    assert signed_in.get(url("person", pk=people["giulia"].pk)).status_code == 404
    MemberAuthorityFactory()  # another active authority changes nothing
    assert names_found(signed_in) == ["Camille Moreau"]


# The languages listed in the reader's alphabet.


def language_options(html: str) -> list[str]:
    select = html.split('name="language"', 1)[1].split("</select>", 1)[0]
    return re.findall(r'<option value="\w+"[^>]*>([^<]+)</option>', select)


@pytest.mark.parametrize("language", ["pt", "es", "fr"])
def test_the_spoken_languages_are_sorted_in_the_reader_s_alphabet_accents_aside(
    signed_in, language
):
    names = language_options(html_of(signed_in.get(url("directory", language))))

    assert names == sorted(names, key=lambda name: alphabetical(name))
    first_letters = [alphabetical(name)[0][0] for name in names]
    assert first_letters == sorted(first_letters)


def test_in_portuguese_arabe_is_among_the_a_and_servio_before_sueco(signed_in):
    names = language_options(html_of(signed_in.get(url("directory", "pt"))))

    assert names.index("árabe") < names.index("búlgaro")
    assert names.index("sérvio") < names.index("sueco")
    assert names[-1] == "ucraniano"


# A city searched by the name the reader knows it by.


@pytest.fixture
def lukas(db):
    """Lukas Koch, of Stadt Köln: "Cologne" in English, "Colónia" in Portuguese."""
    authority = MemberAuthorityFactory(
        name="Stadt Köln", country="DE", city_en="Cologne", city_de="Köln", city_pt="Colónia"
    )
    return ProfileFactory(
        account__authority=authority,
        account__user__first_name="Lukas",
        account__user__last_name="Koch",
    )


@pytest.mark.parametrize(
    ("language", "query"),
    [
        ("pt", "Colónia"),
        ("pt", "colonia"),  # accents aside
        ("pt", "Cologne"),  # the English name, found in every language
        ("de", "Köln"),
        ("en", "cologne"),
        ("fr", "Koln"),  # the authority's own name
    ],
)
def test_a_city_is_found_by_its_name_in_the_reader_s_language(
    signed_in, people, lukas, language, query
):
    assert names_found(signed_in, language, q=query) == ["Lukas Koch"]


def test_a_city_s_name_in_another_language_finds_nobody(signed_in, people, lukas):
    assert names_found(signed_in, "fr", q="Colónia") == []
