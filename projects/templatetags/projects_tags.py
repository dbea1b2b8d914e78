"""Project data for templates of other apps (a member's profile, a theme's page, a practice's
page), and sums of money in the visitor's language."""

from decimal import Decimal

from babel.numbers import format_currency
from django import template
from django.template.loader import render_to_string
from django.utils.safestring import mark_safe

from pages.caching import kept
from pages.i18n import babel_locale
from pages.routing import live_page
from projects.models import ProjectPage

register = template.Library()

THEME_PROJECT_COUNT = 6


@register.simple_tag(takes_context=True)
def projects_with_member(context, authority):
    """The visible projects ``authority`` coordinates or takes part in, ongoing first. Kept in
    the page cache by authority and language (emptied on every publish and member change);
    drawing it costs one query."""
    request = context.get("request")
    html = kept(
        "projects-with-member", authority.pk, draw=lambda: member_section(request, authority)
    )
    return mark_safe(html)  # noqa: S308 - rendered from a template, escaped there


def member_section(request, authority) -> str:
    projects = ProjectPage.objects.visible().defer_streamfields().with_member(authority)
    context = {"request": request, "projects": list(projects.ongoing_first())}
    return render_to_string("projects/projects_with_member.html", context, request)


@register.inclusion_tag("projects/theme_projects.html", takes_context=True)
def theme_projects(context, theme):
    """A theme's visible projects, ongoing first, a few, with a link to the projects page
    filtered by the theme; nothing when there is none."""
    projects = ProjectPage.objects.visible().defer_streamfields().about(theme).ongoing_first()
    return {
        "request": context.get("request"),
        "theme": theme,
        "projects": list(projects[:THEME_PROJECT_COUNT]),
        "project_index": live_page("projects.ProjectIndexPage"),
    }


@register.simple_tag(takes_context=True)
def projects_on_themes(context, themes, count: int = 4) -> str:
    """A section with the visible projects on any of ``themes`` (a practice's), ongoing
    first, and a link to the projects; '' without one. Kept in the page cache by themes,
    count and language (emptied on every publish); drawing it costs one query."""
    theme_ids = sorted({theme.pk for theme in themes})
    if not theme_ids:
        return ""
    request = context.get("request")

    def draw() -> str:
        projects = ProjectPage.objects.visible().defer_streamfields().about_any(theme_ids)
        listed = list(projects.ongoing_first()[:count])
        if not listed:
            return ""
        index = live_page("projects.ProjectIndexPage")
        values = {"projects": listed, "project_index": index}
        return render_to_string("projects/projects_on_themes.html", values, request)

    return mark_safe(kept("projects-on-themes", count, *theme_ids, draw=draw))  # noqa: S308


@register.filter
def euros(amount: Decimal | None) -> str:
    """An amount in euros as the visitor's language writes it: "€1,250,000", "1 250 000 €";
    cents only when there are some."""
    if amount is None:
        return ""
    locale = babel_locale()
    if amount == amount.to_integral_value():
        whole = locale.currency_formats["standard"].pattern.replace(".00", "")
        return format_currency(amount, "EUR", format=whole, locale=locale, currency_digits=False)
    return format_currency(amount, "EUR", locale=locale)
