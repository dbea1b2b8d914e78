"""The demo themes: ten themes named and described in six languages, and the themes page with
its translated addresses, in the menu; building twice changes nothing."""

import pytest
from django.conf import settings

from tests.projects.conftest import path_of
from themes.demo import build_demo_themes, build_themes_page
from themes.models import Theme, ThemeIndexPage

LANGUAGE_CODES = [code for code, _name in settings.LANGUAGES]


@pytest.fixture
def demo(site_tree):
    build_demo_themes(site_tree.home)
    build_themes_page(site_tree.home)
    return site_tree


def test_the_demo_has_ten_themes_in_six_languages(demo):
    themes = Theme.objects.all()

    assert themes.count() == 10
    for theme in themes:
        for code in LANGUAGE_CODES:
            assert getattr(theme, f"name_{code}"), (theme.slug, code)
            assert getattr(theme, f"description_{code}"), (theme.slug, code)
    assert themes.get(slug="nightlife").name_fr == "Vie nocturne"


def test_the_demo_themes_page_has_translated_addresses_and_is_in_the_menu(demo, client):
    themes = ThemeIndexPage.objects.get()

    assert (themes.slug_en, themes.slug_it) == ("themes", "temi")
    assert themes.show_in_menus
    for code, nightlife in (("en", "Nightlife"), ("fr", "Vie nocturne")):
        response = client.get(path_of(themes, code))
        assert response.status_code == 200
        assert f">{nightlife}</a></h3>" in response.content.decode()


def test_building_the_demo_themes_again_changes_nothing(demo):
    before = dict(Theme.objects.values_list("slug", "pk"))
    page = ThemeIndexPage.objects.get()

    build_demo_themes(demo.home)
    build_themes_page(demo.home)

    assert dict(Theme.objects.values_list("slug", "pk")) == before
    assert ThemeIndexPage.objects.get().pk == page.pk
