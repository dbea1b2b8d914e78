"""Member data for templates of other apps: the home page's figures, the governance page."""

from django import template

from members import directory
from members.models import MemberAuthority, MemberDirectoryPage

register = template.Library()


@register.simple_tag
def network_figures() -> dict:
    """``{"authorities": 250, "countries": 16}``, counted from the active members."""
    return directory.network_figures()


@register.simple_tag
def executive_committee() -> list:
    return list(MemberAuthority.objects.executive_committee())


@register.simple_tag
def national_forums() -> list:
    return directory.national_forums()


@register.simple_tag
def member_directory():
    """The live member directory page, to link to profiles from elsewhere (or None)."""
    return MemberDirectoryPage.objects.live().first()


@register.simple_tag
def member_map():
    return directory.map_dots()
