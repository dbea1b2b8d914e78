"""Staff edit every page type in the admin, in every language, without corrupting URLs."""

import re

import pytest
from django.contrib.auth import get_user_model
from django.db import connection
from wagtail.models import Page
from wagtail.users.models import UserProfile

from pages.factories import ImageFactory
from tests.admin_forms import edit_form_data


@pytest.fixture
def editor(client, db):
    user = get_user_model().objects.create_superuser("editor", "editor@example.org", "pw")
    client.force_login(user)
    return user


def test_edit_and_preview_views_answer_for_every_page_type(client, site_tree, editor):
    for page in site_tree.all_pages():
        edit = client.get(f"/admin/pages/{page.pk}/edit/")
        assert edit.status_code == 200, page
        html = edit.content.decode()
        for code in ("en", "fr", "de", "it", "es", "pt"):
            assert f'name="title_{code}"' in html
        preview = client.get(f"/admin/pages/{page.pk}/edit/preview/?mode=")
        assert preview.status_code == 200, page


@pytest.mark.parametrize("interface_language", ["fr", "de"])
def test_publishing_a_french_title_keeps_english_urls(
    client, site_tree, editor, interface_language
):
    governance = site_tree.governance
    english_url_path = governance.url_path_en
    profile = UserProfile.get_for_user(editor)
    profile.preferred_language = interface_language
    profile.save()

    data = edit_form_data(
        governance, title_fr="Gouvernance nouvelle", slug_fr="gouvernance-nouvelle"
    )
    data["action-publish"] = "action-publish"
    response = client.post(
        f"/admin/pages/{governance.pk}/edit/",
        data,
        headers={"accept-language": interface_language},
    )
    assert response.status_code == 302, response.content.decode()[:3000]
    assert f'lang="{interface_language}"' in client.get("/admin/").content.decode()

    stored = Page.objects.get(pk=governance.pk)
    assert stored.url_path_en == english_url_path
    assert stored.title_en == "Governance EN"
    assert stored.slug_en == "governance-en"
    assert stored.url_path_fr.endswith("/gouvernance-nouvelle/")
    with connection.cursor() as cursor:
        cursor.execute(
            "SELECT title, slug, url_path, draft_title FROM wagtailcore_page WHERE id = %s",
            [governance.pk],
        )
        untranslated_columns = cursor.fetchone()
    assert untranslated_columns == (
        "Governance EN",
        "governance-en",
        english_url_path,
        "Governance EN",
    )

    french = client.get(stored.specific.url_in("fr").removeprefix("http://localhost"))
    assert french.status_code == 200
    assert "Gouvernance nouvelle" in french.content.decode()
    english = client.get(stored.specific.url_in("en").removeprefix("http://localhost"))
    assert "Governance EN" in english.content.decode()


def test_image_alt_text_is_edited_in_every_language(client, editor):
    image = ImageFactory()
    html = client.get(f"/admin/images/{image.pk}/").content.decode()
    for code in ("en", "fr", "de", "it", "es", "pt"):
        assert f'name="description_{code}"' in html


def test_the_admin_loads_nothing_from_other_sites(client, site_tree, editor):
    """No avatar from Gravatar, nor anything else outside the site, on the admin's pages."""
    for path in ("/admin/", f"/admin/pages/{site_tree.about.pk}/edit/", "/admin/account/"):
        html = client.get(path).content.decode()
        loaded = re.findall(r'(?:src|srcset)="(https?://[^"]+)"', html)
        loaded += re.findall(r'<link[^>]+href="(https?://[^"]+)"', html)
        assert not [url for url in loaded if not url.startswith("http://localhost")], path
        assert "gravatar" not in html, path
