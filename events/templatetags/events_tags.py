"""Events for other apps' templates: the next events (the home page, a theme's page) and the
events a member authority takes part in (its profile)."""

from datetime import datetime

from django import template
from django.template.loader import render_to_string
from django.utils import timezone
from django.utils.safestring import mark_safe

from events.models import EventPage
from pages.caching import FRAGMENT_SECONDS, kept
from pages.routing import live_page

register = template.Library()

MOST_SHOWN = 12


def until_first_ends(section: tuple[str, datetime | None]) -> int:
    """How long a section of events still coming stays right, in seconds: until the first
    of them ends and leaves it."""
    _html, first_end = section
    if first_end is None:
        return FRAGMENT_SECONDS
    return int((first_end - timezone.now()).total_seconds())


def kept_section(name: str, *parts, draw) -> str:
    """The section kept in the page cache as the fragment ``name`` of ``parts`` until its
    first event ends, or else drawn by ``draw()``, which gives its HTML and when the first
    of its coming events ends (None without one)."""
    html, _first_end = kept(name, *parts, draw=draw, right_for=until_first_ends)
    return mark_safe(html)  # noqa: S308 - rendered by the template


def first_end(events) -> datetime | None:
    return min((event.ends_at for event in events), default=None)


def upcoming_section(request, count: int, theme) -> tuple[str, datetime | None]:
    """The section's HTML (empty when no event is coming), and when its first event ends.
    Two queries."""
    index = live_page("events.EventIndexPage")
    if index is None:
        return "", None
    events = index.events().upcoming()
    if theme is not None:
        events = events.about(theme)
    events = list(events.for_cards()[:count])
    if not events:
        return "", None
    context = {"events": events, "index": index, "theme": theme, "request": request}
    html = render_to_string("events/upcoming_events.html", context, request)
    return html, first_end(events)


@register.simple_tag(takes_context=True)
def upcoming_events(context, count=3, theme=None):
    """ "Next events": a section with the ``count`` next events (about ``theme``, a
    ``Theme``, when given) and a link to all of them; nothing when none is coming.

    Kept in the page cache (emptied on every publish) until its first event ends: an event
    over leaves the list on time."""
    count = max(1, min(int(count), MOST_SHOWN))
    theme_key = theme.pk if theme is not None else ""

    def draw():
        return upcoming_section(context.get("request"), count, theme)

    return kept_section("upcoming-events", count, theme_key, draw=draw)


def member_section(request, authority, upcoming: int, past: int) -> tuple[str, datetime | None]:
    """The section's HTML (empty when the authority has no event), and when its first
    coming event ends. Two queries."""
    events = EventPage.objects.visible().with_member(authority).for_cards()
    coming = list(events.upcoming()[:upcoming])
    context = {"request": request, "upcoming": coming, "past": list(events.past()[:past])}
    html = render_to_string("events/events_with_member.html", context, request)
    return html, first_end(coming)


@register.simple_tag(takes_context=True)
def events_with_member(context, authority, upcoming=5, past=3):
    """The events ``authority`` organises or is a partner of: the next ones first, then the
    latest past ones. Kept in the page cache (emptied on every publish and member change)
    until its first coming event ends and moves to the past ones."""

    def draw():
        return member_section(context.get("request"), authority, upcoming, past)

    return kept_section("events-with-member", authority.pk, upcoming, past, draw=draw)
