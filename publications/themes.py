"""The themes' pages, served by ``ThemeIndexPage``'s routes: every theme, and one theme's
latest news, upcoming events, projects and publications.

News and events come through their apps' template tags (``latest_news``,
``upcoming_events``); projects and publications are read here, a few of each, with links to
their full lists filtered by the theme."""

from django.shortcuts import get_object_or_404
from django.template.response import TemplateResponse
from django.utils import translation

from pages.i18n import shows_english_for
from pages.models.base import LANGUAGE_CODES
from pages.routing import live_page
from projects.models import ProjectPage
from publications.library import themes_by_name
from publications.models import Publication, Theme

PROJECT_COUNT = 6
PUBLICATION_COUNT = 5


def theme_list(request, page):
    context = page.get_context(request)
    context.update(themes=themes_by_name())
    return TemplateResponse(request, "publications/theme_index_page.html", context)


def theme_detail(request, page, slug):
    theme = get_object_or_404(Theme, slug=slug)
    project_index = live_page("projects.ProjectIndexPage")
    library = live_page("publications.LibraryPage")
    projects = ProjectPage.objects.visible().defer_streamfields().about(theme).ongoing_first()
    publications = Publication.objects.about_any([theme]).newest_first()
    language = translation.get_language()
    context = page.get_context(request)
    context.update(
        theme=theme,
        theme_shows_fallback=any(
            shows_english_for(theme, field, language) for field in ("name", "description")
        ),
        projects=list(projects[:PROJECT_COUNT]),
        project_index=project_index,
        publications=list(publications[:PUBLICATION_COUNT]) if library else [],
        library=library,
        alternate_urls={
            code: page.url_in(code, request) + page.reverse_subpage("theme", args=[theme.slug])
            for code in LANGUAGE_CODES
        },
    )
    return TemplateResponse(request, "publications/theme.html", context)
