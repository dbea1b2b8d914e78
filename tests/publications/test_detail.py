"""A publication's page: what it shows in each language, its download buttons, and the lock on
a members-only publication's files."""

import datetime
import re
from urllib.parse import urlencode

import pytest
from django.conf import settings
from django.contrib.auth.models import Group, Permission
from django.template.defaultfilters import filesizeformat
from django.urls import reverse
from django.utils import translation

from members.factories import MemberAccountFactory, UserFactory
from pages.factories import ImageFactory
from publications.factories import PublicationFactory
from publications.models import Publication
from publications.sitemaps import PublicationPagesSitemap
from tests.publications.readers import FORMER_MEMBER, MEMBER, STAFF, sign_in
from themes.factories import ThemeFactory

LANGUAGE_CODES = [code for code, _name in settings.LANGUAGES]
MEMBERS = Publication.Access.MEMBERS
FRENCH_IN = {
    "en": "French",
    "fr": "français",
    "de": "Französisch",
    "it": "francese",
    "es": "francés",
    "pt": "francês",
}


def library_path(site_tree, language="en") -> str:
    return site_tree.library.url_in(language).removeprefix("http://localhost")


def detail_path(site_tree, publication, language="en") -> str:
    return library_path(site_tree, language) + f"{publication.slug}/"


def download_links(page_html) -> list[str]:
    return re.findall(r'href="([^"]*/download/[^"]*)"', page_html)


@pytest.fixture
def report(db):
    return PublicationFactory(
        slug="safer-nights",
        kind="guide",
        languages=["en", "fr"],
        themes=[ThemeFactory(slug="nightlife", name_en="Nightlife", name_fr="Vie nocturne")],
        published_on=datetime.date(2023, 5, 4),
        authors="Efus and the City of Lyon",
        cover=ImageFactory(),
    )


@pytest.mark.parametrize("language", LANGUAGE_CODES)
def test_publication_page_renders_in_every_language(client, site_tree, report, language):
    response = client.get(detail_path(site_tree, report, language))
    assert response.status_code == 200
    page_html = response.content.decode()
    main = page_html.partition("<main")[2].partition("</main>")[0]
    if language in ("en", "fr"):
        assert f"<h1>safer-nights [{language}]</h1>" in main
        assert f"<p>Summary of safer-nights [{language}]</p>" in main
        assert 'class="notice"' not in main
    else:  # the factory writes English and French only: the rest falls back, and says so
        assert '<h1 lang="en">safer-nights [en]</h1>' in main
        assert '<div class="publication__summary" lang="en"><p>Summary of' in main
        assert 'class="notice"' in main
    assert f"<title>safer-nights [{'fr' if language == 'fr' else 'en'}] – Efus</title>" in page_html
    assert 'datetime="2023-05-04"' in main
    assert "Efus and the City of Lyon" in main
    assert "<picture>" in main and 'class="publication__cover"' in main
    assert re.search(rf'hreflang="fr">[^<]*{FRENCH_IN[language]}[^<]*</a>', main)
    assert len(download_links(main)) == 2


def test_french_page_says_it_in_french(client, site_tree, report):
    main = client.get(detail_path(site_tree, report, "fr")).content.decode().partition("<main")[2]
    assert "4 mai 2023" in main
    assert ">Vie nocturne</span>" in main
    assert "Anglais et français" in main
    with translation.override("fr"):
        size = filesizeformat(report.files.get(language="fr").document.file_size)
    assert f"PDF, {size}</span>" in main


def test_each_download_button_names_its_language_size_and_format(client, site_tree, report):
    main = client.get(detail_path(site_tree, report)).content.decode().partition("<main")[2]
    base = library_path(site_tree)
    for language, name in (("en", "English"), ("fr", "French")):
        document = report.files.get(language=language).document
        assert document.file_size > 0
        button = (
            f'<a class="button" href="{base}safer-nights/download/{language}/" '
            f'hreflang="{language}">Download in {name}</a> '
            f'<span class="downloads__details">PDF, {filesizeformat(document.file_size)}</span>'
        )
        assert button in main
    assert "/documents/" not in main and "/media/" not in main.replace("/media/images/", "")


@pytest.mark.parametrize(
    ("language", "order"),
    [
        ("en", ["en", "fr", "pt", "de"]),
        ("fr", ["fr", "en", "pt", "de"]),
        ("de", ["de", "en", "fr", "pt"]),
        ("pt", ["pt", "en", "fr", "de"]),
        ("it", ["en", "fr", "pt", "de"]),
    ],
)
def test_the_download_in_the_visitors_language_comes_first_then_the_others_in_order(
    client, site_tree, language, order
):
    publication = PublicationFactory(languages=["en", "fr", "pt", "de"])
    main = client.get(detail_path(site_tree, publication, language)).content.decode()
    assert re.findall(r'/download/(\w+)/" hreflang', main) == order


def test_a_publication_without_files_says_so(client, site_tree):
    publication = PublicationFactory(languages=[])
    page_html = client.get(detail_path(site_tree, publication)).content.decode()
    assert "No file of this publication is available yet." in page_html
    assert not download_links(page_html)


def test_anonymous_readers_see_a_members_only_publication_locked(client, site_tree):
    publication = PublicationFactory(slug="members-guide", access=MEMBERS, languages=["en", "fr"])
    path = detail_path(site_tree, publication)
    response = client.get(path)
    assert response.status_code == 200
    page_html = response.content.decode()
    assert "<h1>members-guide [en]</h1>" in page_html
    assert "Summary of members-guide [en]" in page_html
    assert 'class="locked__icon"' in page_html
    sign_in_url = reverse("account_login") + "?" + urlencode({"next": path})
    assert f'<a href="{sign_in_url.replace("&", "&amp;")}">Sign in to download it</a>' in page_html
    assert not download_links(page_html)
    assert "/documents/" not in page_html
    assert "English and French" in page_html  # which languages exist is no secret
    assert "private" in response["Cache-Control"] and "no-store" in response["Cache-Control"]
    assert not response.cookies


@pytest.mark.parametrize("reader", [MEMBER, STAFF])
def test_members_and_staff_see_the_download_buttons(client, site_tree, reader):
    publication = PublicationFactory(access=MEMBERS, languages=["en", "de"])
    sign_in(client, reader)
    response = client.get(detail_path(site_tree, publication))
    page_html = response.content.decode()
    assert len(download_links(page_html)) == 2
    assert "locked__icon" not in page_html
    assert "private" in response["Cache-Control"]


def test_staff_see_the_download_buttons_by_permission_not_by_reaching_the_admin(client, site_tree):
    publication = PublicationFactory(access=MEMBERS, languages=["en"])
    library_staff = Group.objects.create(name="Library staff")
    library_staff.permissions.add(Permission.objects.get(codename="access_admin"))
    editor = UserFactory()
    editor.groups.add(library_staff)
    client.force_login(editor)
    assert not download_links(client.get(detail_path(site_tree, publication)).content.decode())
    library_staff.permissions.add(Permission.objects.get(codename="read_members_only"))
    assert (
        len(download_links(client.get(detail_path(site_tree, publication)).content.decode())) == 1
    )


def test_a_signed_in_person_without_access_sees_the_lock_without_a_sign_in_link(client, site_tree):
    publication = PublicationFactory(access=MEMBERS, languages=["en"])
    sign_in(client, FORMER_MEMBER)
    page_html = client.get(detail_path(site_tree, publication)).content.decode()
    assert "locked__icon" in page_html
    assert "not linked to a current member authority" in page_html
    assert not download_links(page_html)
    client.force_login(UserFactory())  # signed in, but for no authority
    assert not download_links(client.get(detail_path(site_tree, publication)).content.decode())


def test_a_public_publication_page_is_the_same_for_everyone_and_may_be_cached(client, site_tree):
    publication = PublicationFactory(languages=["en"])
    anonymous = client.get(detail_path(site_tree, publication))
    assert "private" not in anonymous.get("Cache-Control", "")
    client.force_login(MemberAccountFactory().user)
    assert download_links(anonymous.content.decode()) == download_links(
        client.get(detail_path(site_tree, publication)).content.decode()
    )


def test_unknown_publications_are_not_found(client, site_tree):
    base = library_path(site_tree)
    assert client.get(f"{base}no-such-publication/").status_code == 404
    assert client.get(f"{base}%00/").status_code == 404
    assert client.get(f"{base}{'x' * 300}/").status_code == 404


def test_language_switcher_stays_on_the_publication(client, site_tree, report):
    page_html = client.get(detail_path(site_tree, report, "fr")).content.decode()
    for code in LANGUAGE_CODES:
        url = site_tree.library.url_in(code) + "safer-nights/"
        assert f'hreflang="{code}" href="{url}"' in page_html
        assert client.get(url.removeprefix("http://localhost")).status_code == 200
    assert '<link rel="canonical" href="http://localhost/fr/publications-fr/safer-nights/">' in (
        page_html
    )


def test_publication_pages_are_in_the_sitemap_with_alternates(client, site_tree, report):
    members_only = PublicationFactory(slug="members-guide", access=MEMBERS)
    xml = client.get("/sitemap-publications.xml").content.decode()
    for publication in (report, members_only):
        for code in LANGUAGE_CODES:
            url = f"{site_tree.library.url_in(code)}{publication.slug}/"
            assert xml.count(f"<loc>{url}</loc>") == 1
            assert f'hreflang="{code}" href="{url}"' in xml
    assert "/download/" not in xml and "/documents/" not in xml


def test_a_large_sitemap_section_is_split_into_files_the_index_lists(
    client, site_tree, monkeypatch
):
    monkeypatch.setattr(PublicationPagesSitemap, "limit", 2)
    PublicationFactory.create_batch(5)
    index = client.get("/sitemap.xml").content.decode()
    for number in (2, 3):
        assert f"<loc>http://testserver/sitemap-publications.xml?p={number}</loc>" in index
    assert "sitemap-publications.xml?p=4" not in index
    files = [client.get(f"/sitemap-publications.xml?p={number}") for number in (1, 2, 3)]
    assert [file.content.decode().count("<url>") for file in files] == [12, 12, 6]
    assert client.get("/sitemap-publications.xml?p=4").status_code == 404
    assert client.get("/sitemap-publications.xml?p=x").status_code == 404
    assert client.get("/sitemap-nothing.xml").status_code == 404


def test_the_cover_is_drawn_once_and_follows_changes_to_its_alt_text(client, site_tree):
    cover = ImageFactory(description_en="A red cover", description_fr="Une couverture rouge")
    publication = PublicationFactory(cover=cover)
    assert 'alt="A red cover"' in client.get(detail_path(site_tree, publication)).content.decode()
    french = client.get(detail_path(site_tree, publication, "fr")).content.decode()
    assert 'alt="Une couverture rouge"' in french

    cover.description_en = "A blue cover"
    cover.save()
    assert 'alt="A blue cover"' in client.get(detail_path(site_tree, publication)).content.decode()
