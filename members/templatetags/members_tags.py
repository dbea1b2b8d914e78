"""Member data for templates: the home page's figures, the governance page, the place of a
member on its profile."""

from django import template
from django.template.loader import render_to_string
from django.utils.safestring import mark_safe

from members import directory
from members.models import MemberAuthority
from pages.caching import kept
from pages.map import fitted_view, is_on_map, project
from pages.routing import live_page

register = template.Library()

# How wide a part of the map (in its units, of 1000) a profile shows around the city.
LOCATOR_WIDTH = 400.0


@register.simple_tag
def network_figures() -> dict:
    """``{"authorities": 250, "countries": 16}``, counted from the active members."""
    return directory.network_figures()


@register.simple_tag
def executive_committee_lists() -> str:
    """The executive committee, a list per role linked to the profiles ('' without one): HTML
    kept in the page cache, which a change to a member or a publish empties."""
    html = kept("executive-committee", draw=render_executive_committee)
    return mark_safe(html)  # noqa: S308 - rendered from a template, escaped there


def render_executive_committee() -> str:
    committee = list(MemberAuthority.objects.executive_committee())
    if not committee:
        return ""
    directory = live_page("members.MemberDirectoryPage")
    if directory:
        directory.link_profiles(committee)
    return render_to_string("members/executive_committee.html", {"committee": committee})


@register.filter
def country_name(country) -> str:
    """A country field's name in the visitor's language (``{{ member.country|country_name }}``),
    faster than ``country.name`` in long lists."""
    return directory.country_name(country.code)


@register.simple_tag
def national_forums() -> list:
    return directory.national_forums()


@register.simple_tag
def member_locator(member):
    """Where ``member``'s city lies, on a small part of the map around it: its view and
    position, or None without coordinates (or off the map)."""
    if member.latitude is None or member.longitude is None:
        return None
    x, y = project(float(member.latitude), float(member.longitude))
    if not is_on_map(x, y):
        return None
    view = fitted_view([(x, y)], width=LOCATOR_WIDTH)
    return {"view": view, "x": x, "y": y, "radius": round(view.width / 40, 1)}
