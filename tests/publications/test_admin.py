"""Staff manage publications, their files and the themes in the Wagtail admin."""

import datetime

import pytest
from django.contrib.auth.models import Group
from django.core.cache import caches
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from wagtail.test.utils.form_data import inline_formset, nested_form_data

from members.factories import MemberAccountFactory, UserFactory
from publications.factories import DocumentFactory, PublicationFactory
from publications.models import Download, Publication
from themes.factories import ThemeFactory

LANGUAGE_CODES = ("en", "fr", "de", "it", "es", "pt")


def snippet_url(model_name: str, view: str, *args) -> str:
    return reverse(f"wagtailsnippets_publications_{model_name}:{view}", args=args)


PUBLICATIONS_URL = "/admin/snippets/publications/publication/"


def listed_titles(response) -> set[str]:
    return {str(item) for item in response.context["object_list"]}


@pytest.fixture
def library(db):
    prevention = ThemeFactory(slug="prevention", name_en="Prevention", name_fr="Prévention")
    nightlife = ThemeFactory(slug="nightlife", name_en="Nightlife", name_fr="Vie nocturne")
    return {
        "guide": PublicationFactory(
            slug="safer-nightlife",
            title_en="Safer nightlife",
            title_fr="Une vie nocturne plus sûre",
            kind=Publication.Kind.GUIDE,
            published_on=datetime.date(2021, 5, 4),
            languages=["en", "fr", "de"],
            themes=[nightlife],
        ),
        "report": PublicationFactory(
            slug="prevention-report",
            title_en="Prevention report",
            title_fr="Rapport sur la prévention",
            kind=Publication.Kind.REPORT,
            published_on=datetime.date(2023, 9, 1),
            access=Publication.Access.MEMBERS,
            languages=["fr"],
            themes=[prevention],
        ),
        "prevention": prevention,
        "nightlife": nightlife,
    }


def test_the_listing_shows_kind_date_access_and_file_languages(admin_client, library):
    response = admin_client.get(PUBLICATIONS_URL)

    html = response.content.decode()
    assert response.status_code == 200
    for text in ("Safer nightlife", "Guide", "Members only", "Public", "EN, FR, DE"):
        assert text in html
    assert listed_titles(response) == {"Safer nightlife", "Prevention report"}


def query_count(client, url) -> int:
    with CaptureQueriesContext(connection) as queries:
        assert client.get(url).status_code == 200
    return len(queries.captured_queries)


def test_the_listing_reads_the_file_languages_in_one_query(admin_client, library):
    few = query_count(admin_client, PUBLICATIONS_URL)
    PublicationFactory.create_batch(5, languages=["en", "it"])

    assert query_count(admin_client, PUBLICATIONS_URL) == few


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        ("kind=guide", {"Safer nightlife"}),
        ("access=members", {"Prevention report"}),
        ("year=2021", {"Safer nightlife"}),
        ("q=nocturne", {"Safer nightlife"}),
        ("q=prevention-rep", {"Prevention report"}),
    ],
)
def test_the_listing_filters_and_searches(admin_client, library, query, expected):
    response = admin_client.get(f"{PUBLICATIONS_URL}?{query}")

    assert response.status_code == 200
    assert listed_titles(response) == expected


def test_the_listing_filters_by_theme(admin_client, library):
    response = admin_client.get(f"{PUBLICATIONS_URL}?theme={library['prevention'].pk}")

    assert listed_titles(response) == {"Prevention report"}


@pytest.mark.parametrize(
    "query", ["kind=<script>", "theme=abc", "year=99999999999999999999", "year=x", "q=%00"]
)
def test_garbage_filters_do_not_break_the_listing(admin_client, library, query):
    assert admin_client.get(f"{PUBLICATIONS_URL}?{query}").status_code in (200, 400)


def publication_form_data(files, **changes) -> dict:
    data = {
        "slug": "urban-security-guide",
        "kind": Publication.Kind.GUIDE,
        "published_on": "2024-03-15",
        "access": Publication.Access.PUBLIC,
        "authors": "Efus and partners",
        "cover": "",
        "themes": [],
        "files": inline_formset(files),
    }
    for code in LANGUAGE_CODES:
        data[f"title_{code}"] = ""
        data[f"summary_{code}"] = ""
    data.update(title_en="Urban security guide", title_fr="Guide de la sécurité urbaine")
    data.update(changes)
    themes = data.pop("themes")
    return {**nested_form_data(data), "themes": themes}


def test_the_create_form_has_every_language_and_the_themes_as_checkboxes(admin_client, library):
    html = admin_client.get(snippet_url("publication", "add")).content.decode()

    for code in LANGUAGE_CODES:
        assert f'name="title_{code}"' in html
        assert f'name="summary_{code}"' in html
    assert f'type="checkbox" name="themes" value="{library["prevention"].pk}"' in html
    assert 'name="files-__prefix__-document"' in html


def test_staff_create_a_publication_with_files_in_two_languages(admin_client, library):
    english, french = DocumentFactory(), DocumentFactory()

    response = admin_client.post(
        snippet_url("publication", "add"),
        publication_form_data(
            [{"language": "en", "document": english.pk}, {"language": "fr", "document": french.pk}],
            themes=[library["prevention"].pk, library["nightlife"].pk],
            summary_fr="Un guide pour les villes.",
        ),
    )

    assert response.status_code == 302, response.content.decode()[:3000]
    publication = Publication.objects.get(slug="urban-security-guide")
    assert publication.title_fr == "Guide de la sécurité urbaine"
    assert publication.summary_fr == "Un guide pour les villes."
    assert set(publication.themes.values_list("slug", flat=True)) == {"prevention", "nightlife"}
    files = {file.language: file.document for file in publication.files.all()}
    assert files == {"en": english, "fr": french}


def test_two_files_in_one_language_are_a_form_error(admin_client, library):
    first, second = DocumentFactory(), DocumentFactory()

    response = admin_client.post(
        snippet_url("publication", "add"),
        publication_form_data(
            [{"language": "fr", "document": first.pk}, {"language": "fr", "document": second.pk}]
        ),
    )

    assert response.status_code == 200
    assert "The publication has two files in French: keep one." in response.content.decode()
    assert not Publication.objects.filter(slug="urban-security-guide").exists()


def existing_files(publication) -> list[dict]:
    return [
        {"id": file.pk, "language": file.language, "document": file.document_id}
        for file in publication.files.all()
    ]


def edit_form_data(publication, files, **changes) -> dict:
    data = {
        "slug": publication.slug,
        "kind": publication.kind,
        "published_on": publication.published_on.isoformat(),
        "access": publication.access,
        "authors": publication.authors,
        "cover": "",
        "files": inline_formset(files, initial=publication.files.count()),
    }
    for code in LANGUAGE_CODES:
        data[f"title_{code}"] = getattr(publication, f"title_{code}") or ""
        data[f"summary_{code}"] = getattr(publication, f"summary_{code}") or ""
    data.update(changes)
    themes = [theme.pk for theme in publication.themes.all()]
    return {**nested_form_data(data), "themes": themes}


def test_a_new_file_in_a_language_already_there_is_a_form_error(admin_client, library):
    guide = library["guide"]
    files = existing_files(guide) + [{"language": "de", "document": DocumentFactory().pk}]

    response = admin_client.post(
        snippet_url("publication", "edit", guide.pk), edit_form_data(guide, files)
    )

    assert response.status_code == 200
    assert "The publication has two files in German: keep one." in response.content.decode()
    assert guide.files.count() == 3


def test_staff_swap_the_languages_of_two_files(admin_client, library):
    guide = library["guide"]
    files = existing_files(guide)
    documents = {file["language"]: file["document"] for file in files}
    files[0]["language"], files[1]["language"] = files[1]["language"], files[0]["language"]

    response = admin_client.post(
        snippet_url("publication", "edit", guide.pk), edit_form_data(guide, files)
    )

    assert response.status_code == 302, response.content.decode()[:3000]
    saved = {file.language: file.document_id for file in guide.files.all()}
    assert saved == {"en": documents["fr"], "fr": documents["en"], "de": documents["de"]}


def test_staff_replace_a_file_by_another_in_the_same_language(admin_client, library):
    guide = library["guide"]
    files = existing_files(guide)
    english = next(file for file in files if file["language"] == "en")
    english["DELETE"] = "1"
    replacement = DocumentFactory()
    files.append({"language": "en", "document": replacement.pk})

    response = admin_client.post(
        snippet_url("publication", "edit", guide.pk), edit_form_data(guide, files)
    )

    assert response.status_code == 302, response.content.decode()[:3000]
    assert guide.files.get(language="en").document == replacement
    assert guide.files.count() == 3


@pytest.mark.parametrize(
    "path",
    [
        PUBLICATIONS_URL,
        f"{PUBLICATIONS_URL}add/",
        "/admin/snippets/themes/theme/",
        "/admin/snippets/themes/theme/add/",
    ],
)
def test_members_and_visitors_cannot_reach_the_library_admin(client, library, path):
    anonymous = client.get(path)
    client.force_login(MemberAccountFactory().user)
    member = client.get(path)
    edit = client.get(snippet_url("publication", "edit", library["guide"].pk))

    for response in (anonymous, member, edit):
        assert response.status_code == 302
        assert response["Location"].startswith("/admin/login/")


def test_editing_a_publication_empties_the_page_cache(admin_client, library):
    guide = library["guide"]
    caches["pages"].set("cached-page", "Safer nightlife")

    response = admin_client.post(
        snippet_url("publication", "edit", guide.pk),
        edit_form_data(guide, existing_files(guide), title_en="Safer nights"),
    )

    assert response.status_code == 302, response.content.decode()[:3000]
    assert caches["pages"].get("cached-page") is None


def test_saving_or_deleting_library_content_empties_the_page_cache(library):
    guide, report = library["guide"], library["report"]
    changes = {
        "publication saved": guide.save,
        "file deleted": guide.files.first().delete,
        "theme saved": library["nightlife"].save,
        "theme deleted": library["prevention"].delete,
        "publication deleted": report.delete,
    }
    for change, make_it in changes.items():
        caches["pages"].set("cached-page", "the library")
        make_it()
        assert caches["pages"].get("cached-page") is None, change


def test_a_download_keeps_the_page_cache(library):
    caches["pages"].set("cached-page", "the library")

    Download.objects.create(publication=library["guide"], language="en")

    assert caches["pages"].get("cached-page") == "the library"


def test_the_publication_chooser_searches_titles_in_every_language(admin_client, library):
    chooser = Publication.snippet_viewset.chooser_viewset
    url = reverse(chooser.get_url_name("choose_results"))

    found = admin_client.get(url, {"q": "nocturne"})
    garbage = admin_client.get(url, {"q": "\x00"})

    assert [str(item) for item in found.context["results"]] == ["Safer nightlife"]
    assert garbage.status_code == 200


@pytest.mark.parametrize("group", ["Editors", "Moderators"])
def test_staff_groups_manage_the_library_and_the_members_and_read_the_report(
    client, library, group
):
    """Not only superusers: Wagtail's staff groups are granted the apps' permissions."""
    editor = UserFactory(email=f"{group.lower()}@efus.eu")
    editor.groups.add(Group.objects.get(name=group))
    client.force_login(editor)
    for url in [
        PUBLICATIONS_URL,
        snippet_url("publication", "edit", library["guide"].pk),
        "/admin/snippets/themes/theme/",
        "/admin/reports/downloads/",
        "/admin/snippets/members/memberauthority/",
        "/admin/members/accounts/new/",
    ]:
        assert client.get(url).status_code == 200, url
