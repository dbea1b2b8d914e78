"""Library data for templates of other apps: the latest publications (home page, a theme's
page), the manifesto's publication (manifesto page), the publications on some themes (a
practice's page); and languages named in the visitor's language."""

from django import template
from django.template.loader import render_to_string
from django.utils.safestring import mark_safe

from pages.caching import kept
from pages.i18n import language_names
from pages.routing import live_page
from publications.models import Publication

register = template.Library()

THEME_PUBLICATION_COUNT = 5


@register.inclusion_tag("publications/latest_publications.html", takes_context=True)
def latest_publications(context, count: int = 4):
    """The newest publications, public and members-only, linked to their pages."""
    publications = list(Publication.objects.newest_first()[:count])
    library = live_page("publications.LibraryPage") if publications else None
    return {"request": context["request"], "library": library, "publications": publications}


@register.inclusion_tag("publications/manifesto_link.html", takes_context=True)
def manifesto_publication(context):
    """A link to the newest publication of the manifesto kind, if there is one."""
    manifesto = Publication.Kind.MANIFESTO
    publication = Publication.objects.filter(kind=manifesto).newest_first().first()
    library = live_page("publications.LibraryPage") if publication else None
    return {"request": context["request"], "library": library, "publication": publication}


@register.inclusion_tag("publications/theme_publications.html", takes_context=True)
def theme_publications(context, theme):
    """A theme's newest publications, a few, with a link to the library filtered by the
    theme; nothing without a library."""
    library = live_page("publications.LibraryPage")
    publications = Publication.objects.about_any([theme]).newest_first() if library else []
    return {
        "request": context.get("request"),
        "theme": theme,
        "library": library,
        "publications": list(publications[:THEME_PUBLICATION_COUNT]),
    }


@register.simple_tag(takes_context=True)
def publications_on_themes(context, themes, count: int = 4) -> str:
    """A section with the newest publications on any of ``themes`` (a practice's) and a link
    to the library; '' without one. Kept in the page cache by themes, count and language
    (a change to a publication empties it); drawing it costs one query."""
    theme_ids = sorted({theme.pk for theme in themes})
    library = live_page("publications.LibraryPage")
    if not theme_ids or library is None:
        return ""
    request = context.get("request")

    def draw() -> str:
        publications = Publication.objects.about_any(theme_ids).newest_first()
        listed = list(publications[:count])
        if not listed:
            return ""
        values = {"publications": listed, "library": library}
        return render_to_string("publications/publications_on_themes.html", values, request)

    return mark_safe(kept("publications-on-themes", count, *theme_ids, draw=draw))  # noqa: S308


@register.filter
def language_name(code: str) -> str:
    """ "fr" named in the visitor's language: "French", "français"."""
    return language_names([code])


@register.filter
def language_list(codes) -> str:
    """["en", "fr"] as words in the visitor's language: "English and French"."""
    return language_names(codes)
