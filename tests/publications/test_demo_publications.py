import datetime
import io

import pytest
from django.core.management import CommandError, call_command
from django.db.models import Count
from django.utils import timezone
from django.utils.html import escape
from pypdf import PdfReader
from wagtail.documents import get_document_model

from members.access import reads_members_only
from members.factories import MemberAuthorityFactory
from members.management.commands import demo_accounts
from members.models import MemberAccount, MemberAuthority
from pages.models import SiteImage
from publications.collections import MEMBERS_ONLY_COLLECTION
from publications.demo.bulk import SHARED_PDF, create_bulk_publications
from publications.models import Download, LibraryPage, Publication, PublicationFile
from themes.models import Theme

LANGUAGES = ("en", "fr", "de", "it", "es", "pt")
LANGUAGE_NAMES = {
    "en": "English",
    "fr": "Français",
    "de": "Deutsch",
    "it": "Italiano",
    "es": "Español",
    "pt": "Português",
}


def snapshot() -> dict:
    return {
        "publications": dict(Publication.objects.values_list("slug", "title_fr")),
        "files": PublicationFile.objects.count(),
        "documents": get_document_model().objects.count(),
        "images": SiteImage.objects.count(),
        "downloads": Download.objects.count(),
        "themes": dict(Theme.objects.values_list("slug", "name_it")),
    }


def pdf_text(document) -> tuple[int, str]:
    with document.open_file() as stored:
        reader = PdfReader(io.BytesIO(stored.read()))
    return len(reader.pages), "\n".join(page.extract_text() for page in reader.pages)


def test_load_demo_builds_the_library_in_six_languages(demo_content, client):
    check_library_page()
    check_themes()
    check_publications()
    check_files()
    check_downloads()
    check_pages(client)


def check_library_page():
    library = LibraryPage.objects.get()
    assert [getattr(library, f"slug_{code}") for code in LANGUAGES] == [
        "publications",
        "publications",
        "publikationen",
        "pubblicazioni",
        "publicaciones",
        "publicacoes",
    ]
    assert library.live and library.show_in_menus
    assert library.title_de == "Publikationen" and library.intro_pt


def check_pages(client):
    """The library and a members-only publication's page show the demo in French; the
    manifesto page links to the manifesto's full text."""
    manifesto = client.get("/en/manifesto/").content.decode()
    assert "/en/publications/cities-manifesto-security-democracy-and-cities/" in manifesto
    library = client.get("/fr/publications/")
    assert library.status_code == 200
    assert "Vie nocturne" in library.content.decode()
    members_only = Publication.objects.members_only().first()
    page = client.get(f"/fr/publications/{members_only.slug}/")
    assert page.status_code == 200
    assert escape(members_only.title_fr) in page.content.decode()


def check_themes():
    themes = Theme.objects.all()
    assert themes.count() == 10
    for theme in themes:
        names = [getattr(theme, f"name_{code}") for code in LANGUAGES]
        assert all(names) and len(set(names)) > 2
        assert all(getattr(theme, f"description_{code}") for code in LANGUAGES)
    assert themes.get(slug="nightlife").name_fr == "Vie nocturne"


def check_publications():
    today = timezone.localdate()
    publications = Publication.objects.all()
    assert publications.count() == 120
    assert set(publications.values_list("kind", flat=True)) == set(Publication.Kind.values)
    assert 1 <= publications.filter(kind=Publication.Kind.MANIFESTO).count() <= 2
    assert 0.3 <= publications.members_only().count() / 120 <= 0.37
    years = {publication.published_on.year for publication in publications}
    assert today.year - 14 <= min(years) <= today.year - 12 and len(years) >= 13
    assert not publications.filter(published_on__gt=today).exists()
    assert 20 <= publications.exclude(authors="").count() <= 60
    for publication in publications.annotate(themes_count=Count("themes")):
        titles = [getattr(publication, f"title_{code}") for code in LANGUAGES]
        assert all(titles) and len(set(titles)) >= 3, titles
        assert all(getattr(publication, f"summary_{code}") for code in LANGUAGES)
        assert publication.themes_count >= 2
        assert publication.cover is not None
        assert all(getattr(publication.cover, f"description_{code}") for code in LANGUAGES)
    assert len({publication.title_en for publication in publications}) == 120
    manifesto = publications.get(slug="cities-manifesto-security-democracy-and-cities")
    assert manifesto.title_fr == "Le Manifeste des villes : sécurité, démocratie et villes"
    last_year = publications.get(slug=f"activity-report-{today.year - 1}")
    assert last_year.title_de == f"Tätigkeitsbericht {today.year - 1}"

    per_publication = publications.annotate(files_count=Count("files"))
    assert set(per_publication.values_list("files_count", flat=True)) == {1, 2, 3, 4}
    languages = set(PublicationFile.objects.values_list("language", flat=True))
    assert languages == set(LANGUAGES)


def check_files():
    """Each file opens as a PDF in its language; members-only ones are in the restricted
    collection."""
    files = PublicationFile.objects.select_related("publication", "document__collection")
    for publication_file in files:
        publication, document = publication_file.publication, publication_file.document
        pages, text = pdf_text(document)
        assert pages >= 2
        assert LANGUAGE_NAMES[publication_file.language] in text
        assert str(publication.published_on.year) in text
        assert document.file_size == document.file.size
        restricted = document.collection.name == MEMBERS_ONLY_COLLECTION
        assert restricted == publication.is_members_only, publication.slug

    report = files.filter(language="de").first()
    _pages, text = pdf_text(report.document)
    assert report.publication.title_de.split()[0] in text


def check_downloads():
    """A few hundred downloads over the last eighteen months, for the report."""
    today = timezone.localdate()

    downloads = Download.objects.all()
    assert 300 <= downloads.count() <= 500
    assert downloads.values("publication").distinct().count() > 50
    assert downloads.values("language").distinct().count() >= 5
    assert downloads.values("authority").distinct().count() > 50
    assert not downloads.filter(
        publication__access=Publication.Access.MEMBERS, authority=None
    ).exists()
    oldest = downloads.order_by("downloaded_on").first().downloaded_on
    assert today - datetime.timedelta(days=549) <= oldest <= today - datetime.timedelta(days=400)
    months = {(d.year, d.month) for d in downloads.values_list("downloaded_on", flat=True)}
    assert len(months) >= 17
    for download in downloads.select_related("publication"):
        assert download.downloaded_on >= download.publication.published_on
        assert download.publication.files.filter(language=download.language).exists()


def test_loading_the_demo_twice_changes_nothing(demo_content):
    first = snapshot()
    call_command("load_demo")
    assert snapshot() == first
    assert LibraryPage.objects.count() == 1


def test_bulk_publications_read_like_the_demo_and_share_one_pdf(db):
    assert create_bulk_publications(900) == 900
    bulk = Publication.objects.filter(slug__startswith="bulk-")
    assert bulk.count() == 900
    assert 0.28 <= bulk.members_only().count() / 900 <= 0.39
    assert bulk.values("kind").distinct().count() == 5
    assert bulk.dates("published_on", "year").count() >= 14
    for code in LANGUAGES:
        assert not bulk.filter(**{f"title_{code}": ""}).exists()
        assert not bulk.filter(**{f"summary_{code}": ""}).exists()
    counts = set(bulk.annotate(n=Count("files")).values_list("n", flat=True))
    assert counts == {1, 2, 3}
    assert set(bulk.annotate(n=Count("themes")).values_list("n", flat=True)) == {1, 2, 3}

    files = PublicationFile.objects.filter(publication__in=bulk).select_related(
        "publication", "document__collection"
    )
    assert {f.document.file.name for f in files} == {SHARED_PDF}
    for publication_file in files[:50]:
        restricted = publication_file.document.collection.name == MEMBERS_ONLY_COLLECTION
        assert restricted == publication_file.publication.is_members_only
    pages, _text = pdf_text(files[0].document)
    assert pages == 2

    call_command("load_bulk_publications", "--count", "5")
    assert bulk.count() == 905
    assert bulk.filter(slug="bulk-905").exists()


@pytest.fixture
def password_file(tmp_path, monkeypatch):
    path = tmp_path / "member-password.txt"
    monkeypatch.setattr(demo_accounts, "PASSWORD_FILE", path)
    return path


def test_demo_accounts_print_the_sign_ins_of_three_people(db, password_file, capsys):
    MemberAuthorityFactory(name="Lyon", country="FR", population=500_000)
    MemberAuthorityFactory(name="Bologna", country="IT", population=390_000)
    leaving = MemberAuthorityFactory(name="Namur", country="BE", population=110_000)

    call_command("demo_accounts")
    printed = capsys.readouterr().out
    password = password_file.read_text().strip()

    assert printed.count("/en/account/login/") == 3
    assert printed.count(f"password: {password}") == 3
    accounts = MemberAccount.objects.select_related("user", "authority")
    assert accounts.count() == 3
    for account in accounts:
        assert f"email: {account.user.email}" in printed
        assert account.authority.name in printed
        assert account.user.check_password(password)
        assert account.user.username == account.user.email
    by_language = {account.language: account for account in accounts}
    assert by_language["fr"].authority.name == "Lyon" and reads_members_only(by_language["fr"].user)
    assert by_language["it"].authority.name == "Bologna"
    assert reads_members_only(by_language["it"].user)
    leaving.refresh_from_db()
    assert leaving.status == MemberAuthority.Status.FORMER
    former = accounts.get(authority=leaving)
    assert not reads_members_only(former.user)

    call_command("demo_accounts")
    assert MemberAccount.objects.count() == 3
    assert password_file.read_text().strip() == password


def test_demo_accounts_need_the_demo_members(db, password_file):
    with pytest.raises(CommandError, match="load_demo"):
        call_command("demo_accounts")
