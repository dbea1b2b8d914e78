"""Themes for templates of every app: the themes section (home page) and a theme's tag
linked to its page."""

from django import template

from pages.routing import live_page
from themes.listing import themes_by_name

register = template.Library()


@register.inclusion_tag("themes/themes_section.html")
def themes_section():
    """Every theme, linked to its page; nothing where the site has no themes page."""
    themes_page = live_page("themes.ThemeIndexPage")
    themes = themes_by_name() if themes_page else []
    return {
        "themes_page": themes_page,
        "themes": [(theme, themes_page.theme_url(theme.slug)) for theme in themes],
    }


@register.inclusion_tag("themes/theme_tag.html")
def theme_tag(slug: str, name: str, lang: str | None = None):
    """A theme's tag, a link to the theme's page (a plain tag where the site has none);
    ``lang`` the language of ``name`` when it is not the page's."""
    themes_page = live_page("themes.ThemeIndexPage")
    url = themes_page.theme_url(slug) if themes_page else None
    return {"url": url, "name": name, "lang": lang}
