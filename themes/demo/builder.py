"""Build (or bring up to date) the demo themes and the themes page. Themes are matched by
their slug, the page by its English slug: every run gives the same ones."""

from django.conf import settings
from django.db import transaction
from django.utils import translation

from pages.demo.builder import translated, upsert_page
from themes.demo import content
from themes.models import Theme, ThemeIndexPage


def upsert_themes() -> dict[str, Theme]:
    """The ten demo themes, by slug."""
    themes = {}
    for theme in content.THEMES:
        themes[theme["slug"]], _created = Theme.objects.update_or_create(
            slug=theme["slug"],
            defaults={
                "name": theme["name"]["en"],
                "description": theme["description"]["en"],
                **translated("name", theme["name"]),
                **translated("description", theme["description"]),
            },
        )
    return themes


@transaction.atomic
def build_demo_themes(home) -> None:
    """The ten themes, before the content that is about them."""
    with translation.override(settings.LANGUAGE_CODE):
        upsert_themes()


@transaction.atomic
def build_themes_page(home) -> ThemeIndexPage:
    """The themes page, in the main menu (after the projects, where it has always been) and
    reached from the themes named on other pages."""
    with translation.override(settings.LANGUAGE_CODE):
        return upsert_page(home, ThemeIndexPage, content.THEMES_PAGE)
