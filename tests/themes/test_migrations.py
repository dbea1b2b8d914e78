"""A database made before the themes had their own app migrates without losing a row: its
themes, their links, the themes page and the staff's permissions on themes all follow."""

import pytest
from django.contrib.auth.models import Group
from django.contrib.contenttypes.models import ContentType
from django.db import connection
from django.db.migrations.executor import MigrationExecutor
from wagtail.models import Locale, Page

from publications.models import Publication
from themes.models import Theme, ThemeIndexPage

BEFORE = [
    ("publications", "0005_fold_accents"),
    ("projects", "0002_partner_name_in_every_language"),
    ("news", "0003_staff_groups_manage_subscribers"),
    ("events", "0005_registration_pending"),
]


def migrate(targets):
    """The database migrated to ``targets``; the old models, as they were there."""
    executor = MigrationExecutor(connection)
    return executor.migrate(targets).apps


@pytest.fixture
def old_database(db):
    """The test database moved back to the migrations before the themes app; what the
    test does is rolled back with it, and the content types' cache emptied after."""
    yield migrate([("themes", None), *BEFORE])
    ContentType.objects.clear_cache()


def old_site(apps) -> dict:
    """A theme, a publication about it and a themes page, written with the old models."""
    OldTheme = apps.get_model("publications", "Theme")
    OldPublication = apps.get_model("publications", "Publication")
    OldThemesPage = apps.get_model("publications", "ThemeIndexPage")
    OldContentType = apps.get_model("contenttypes", "ContentType")
    theme = OldTheme.objects.create(
        slug="nightlife", name="Nightlife", name_en="Nightlife", name_fr="Vie nocturne"
    )
    publication = OldPublication.objects.create(
        slug="safer-nights", title="Safer nights", kind="guide", published_on="2024-05-01"
    )
    OldPublication.themes.through.objects.create(publication=publication, theme=theme)
    page_type, _created = OldContentType.objects.get_or_create(
        app_label="publications", model="themeindexpage"
    )
    root = Page.get_first_root_node()
    page = OldThemesPage.objects.create(
        title="Themes",
        draft_title="Themes",
        slug="old-themes",
        path=root.path + "0099",
        depth=root.depth + 1,
        numchild=0,
        url_path="/old-themes/",
        content_type=page_type,
        locale_id=Locale.get_default().pk,
    )
    return {"theme": theme.pk, "publication": publication.pk, "page": page.pk, "type": page_type.pk}


def test_an_old_database_keeps_its_themes_their_links_and_the_themes_page(old_database):
    before = old_site(old_database)

    migrate(MigrationExecutor(connection).loader.graph.leaf_nodes())
    ContentType.objects.clear_cache()

    theme = Theme.objects.get(slug="nightlife")
    assert (theme.pk, theme.name_fr) == (before["theme"], "Vie nocturne")
    assert list(Publication.objects.get(pk=before["publication"]).themes.all()) == [theme]
    assert Page.objects.get(pk=before["page"]).specific_class is ThemeIndexPage
    assert ThemeIndexPage.objects.get(pk=before["page"]).draft_title == "Themes"
    assert ContentType.objects.get_for_model(ThemeIndexPage).pk == before["type"]
    assert not ContentType.objects.filter(app_label="publications", model__startswith="theme")
    editors = Group.objects.get(name="Editors").permissions
    assert editors.filter(content_type__app_label="themes", codename="change_theme").exists()
