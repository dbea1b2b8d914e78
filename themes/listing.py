"""The themes as the lists show them: sorted by their names in the visitor's language, offered
in a list's theme filter, and a listed item's themes picked from those loaded once."""

from django.utils.translation import gettext_lazy as _

from pages.folding import alphabetical
from themes.models import Theme


def by_name(themes) -> list[Theme]:
    """``themes`` sorted by their name in the visitor's language, accents ignored."""
    return sorted(themes, key=lambda theme: alphabetical(theme.name))


def themes_by_name() -> list[Theme]:
    """Every theme, sorted by its name in the visitor's language, accents ignored."""
    return by_name(Theme.objects.all())


def theme_choices(themes: list[Theme]) -> list[tuple[str, str]]:
    """The choices of a list's theme filter: all themes, then each of ``themes`` by its key."""
    return [("", _("All themes")), *((theme.slug, theme.name) for theme in themes)]


def listed_themes(item, themes: list[Theme]) -> list[Theme]:
    """The themes of ``item`` (a publication, an article, a project, read with its
    ``theme_ids``) among ``themes``, in their order, without a query."""
    ids = set(item.theme_ids)
    return [theme for theme in themes if theme.pk in ids]
