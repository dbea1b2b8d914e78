"""The themes' pages, served by ``ThemeIndexPage``'s routes: every theme, and one theme's
page. What the theme's page gathers (latest news, upcoming events, projects, publications)
comes through those apps' template tags, named in ``templates/themes/theme.html``."""

from django.shortcuts import get_object_or_404
from django.template.response import TemplateResponse

from pages.models.base import LANGUAGE_CODES
from themes.listing import themes_by_name
from themes.models import Theme


def theme_list(request, page):
    context = page.get_context(request)
    context.update(themes=themes_by_name())
    return TemplateResponse(request, "themes/theme_index_page.html", context)


def theme_detail(request, page, slug):
    theme = get_object_or_404(Theme, slug=slug)
    context = page.get_context(request)
    context.update(
        theme=theme,
        alternate_urls={
            code: page.url_in(code, request) + page.reverse_subpage("theme", args=[theme.slug])
            for code in LANGUAGE_CODES
        },
    )
    return TemplateResponse(request, "themes/theme.html", context)
