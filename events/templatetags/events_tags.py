"""Events for other apps' templates: the next events (the home page, a theme's page) and the
events a member authority takes part in (its profile)."""

from django import template
from django.core.cache import caches
from django.template.loader import render_to_string
from django.utils import timezone, translation
from django.utils.safestring import mark_safe

from events.models import EventPage
from pages.models.base import TREE_CACHE_SECONDS
from pages.routing import live_page

register = template.Library()

MOST_SHOWN = 12


def until_first_ends(events) -> int:
    """How long a list of ``events`` still coming stays right, in seconds: until the first of
    them ends and leaves it (at most a day)."""
    if not events:
        return TREE_CACHE_SECONDS
    first_end = min(event.ends_at for event in events)
    return max(1, min(TREE_CACHE_SECONDS, int((first_end - timezone.now()).total_seconds())))


def cached_section(key: str, draw) -> str:
    """The section kept in the page cache under ``key``, or else drawn by ``draw()``, which
    gives its HTML and how many seconds it stays right."""
    cache = caches["pages"]
    html = cache.get(key)
    if html is None:
        html, seconds = draw()
        cache.set(key, html, seconds)
    return mark_safe(html)  # noqa: S308 - rendered by the template


def upcoming_section(request, count: int, theme) -> tuple[str, int]:
    """The section's HTML (empty when no event is coming), and how long it stays right. Two
    queries."""
    index = live_page("events.EventIndexPage")
    if index is None:
        return "", TREE_CACHE_SECONDS
    events = index.events().upcoming()
    if theme is not None:
        events = events.about(theme)
    events = list(events.for_cards()[:count])
    if not events:
        return "", TREE_CACHE_SECONDS
    context = {"events": events, "index": index, "theme": theme, "request": request}
    html = render_to_string("events/upcoming_events.html", context, request)
    return html, until_first_ends(events)


@register.simple_tag(takes_context=True)
def upcoming_events(context, count=3, theme=None):
    """ "Next events": a section with the ``count`` next events (about ``theme``, a
    ``Theme``, when given) and a link to all of them; nothing when none is coming.

    Kept in the page cache (emptied on every publish) until its first event ends: an event
    over leaves the list on time."""
    count = max(1, min(int(count), MOST_SHOWN))
    language = translation.get_language()
    key = f"events:upcoming:{language}:{count}:{theme.pk if theme is not None else ''}"
    return cached_section(key, lambda: upcoming_section(context.get("request"), count, theme))


def member_section(request, authority, upcoming: int, past: int) -> tuple[str, int]:
    """The section's HTML (empty when the authority has no event), and how long it stays
    right. Two queries."""
    events = EventPage.objects.visible().with_member(authority).for_cards()
    coming = list(events.upcoming()[:upcoming])
    context = {"request": request, "upcoming": coming, "past": list(events.past()[:past])}
    html = render_to_string("events/events_with_member.html", context, request)
    return html, until_first_ends(coming)


@register.simple_tag(takes_context=True)
def events_with_member(context, authority, upcoming=5, past=3):
    """The events ``authority`` organises or is a partner of: the next ones first, then the
    latest past ones. Kept in the page cache (emptied on every publish and member change)
    until its first coming event ends and moves to the past ones."""
    language = translation.get_language()
    key = f"events:member:{language}:{authority.pk}:{upcoming}:{past}"
    request = context.get("request")
    return cached_section(key, lambda: member_section(request, authority, upcoming, past))
