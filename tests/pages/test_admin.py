"""Staff edit every page type in the admin, in every language, without corrupting URLs."""

import pytest
from django.contrib.auth import get_user_model
from django.db import connection
from wagtail.fields import RichTextField, StreamField
from wagtail.models import Page
from wagtail.test.utils.form_data import (
    inline_formset,
    nested_form_data,
    rich_text,
    streamfield,
)
from wagtail.users.models import UserProfile

from pages.factories import ImageFactory

INLINE_RELATIONS = {
    "aboutpage": ["objectives"],
    "governancepage": ["national_forums"],
    "internationalpage": ["statuses"],
    "teampage": ["people"],
    "activitiespage": ["services"],
    "manifestopage": ["commitments"],
}


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


def edit_form_data(page, **changes):
    """The edit form of ``page`` as the admin would post it, with ``changes`` applied."""
    page = page.specific
    data = {}
    for field in page._meta.concrete_fields:
        value = field.value_from_object(page)
        if field.name.startswith(
            ("title_", "slug_", "intro_", "seo_title_", "search_description_")
        ):
            data[field.name] = value or ""
    for name in page.content_field_names():
        for code in ("en", "fr", "de", "it", "es", "pt"):
            value = getattr(page, f"{name}_{code}")
            field = page._meta.get_field(f"{name}_{code}")
            if isinstance(field, StreamField):
                data[field.name] = streamfield([])
            elif isinstance(field, RichTextField):
                data[field.name] = rich_text(value or "")
            else:
                data[field.name] = value or ""
    for relation in INLINE_RELATIONS.get(page._meta.model_name, []):
        data[relation] = inline_formset([])
    data.update(changes)
    return nested_form_data(data)


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
