"""What other apps' templates show of the working groups: the groups on a theme (its page)."""

from django import template
from django.template.loader import render_to_string

from groups.models import WorkingGroup, groups_page
from pages.caching import kept

register = template.Library()


@register.simple_tag(takes_context=True)
def groups_on_theme(context, theme) -> str:
    """A theme page's section: the working groups on ``theme``, '' when there is none."""
    page = groups_page()
    if page is None:
        return ""

    def draw() -> str:
        groups = list(WorkingGroup.objects.filter(themes=theme).listed())
        if not groups:
            return ""
        return render_to_string(
            "groups/groups_on_theme.html",
            {"groups": groups, "groups_page": page},
            request=context.get("request"),
        )

    return kept("groups-on-theme", theme.pk, draw=draw)
