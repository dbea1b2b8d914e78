"""The upcoming and the past events, served by ``EventIndexPage``'s routes.

Filters come from the query string and are never trusted: a value that does not validate (an
unknown theme or kind, script text…) is ignored, so a visitor always gets the events,
filtered by whatever made sense.
"""

from django import forms
from django.template.loader import render_to_string
from django.template.response import TemplateResponse
from django.utils.translation import gettext_lazy as _

from events.models import EventIndexPage, EventPage
from pages.caching import kept_each
from pages.listing import ListingFilters, paginate
from pages.models.base import LANGUAGE_CODES
from themes.listing import theme_choices, themes_by_name
from themes.models import Theme

PER_PAGE = 12


class EventFilters(ListingFilters):
    theme = forms.ChoiceField(label=_("Theme"), required=False)
    kind = forms.ChoiceField(
        label=_("Kind"), choices=[("", _("All kinds")), *EventPage.Kind.choices], required=False
    )

    def __init__(self, data, *, themes: list[Theme]):
        super().__init__(data, label_suffix="")
        self.themes = themes
        self.fields["theme"].choices = theme_choices(themes)

    def apply(self, events):
        chosen = self.chosen
        if "theme" in chosen:
            events = events.about(next(t for t in self.themes if t.slug == chosen["theme"]))
        if "kind" in chosen:
            events = events.of_kind(chosen["kind"])
        return events


def event_list(request, index: EventIndexPage, past: bool):
    """The upcoming events, the next first, or the past ones, the latest first."""
    filters = EventFilters(request.GET, themes=themes_by_name())
    events = filters.apply(index.events())
    events = events.past() if past else events.upcoming()
    listing = paginate(events.only("pk"), request.GET.get("page"), PER_PAGE)
    context = index.get_context(request)
    context.update(filters=filters, listing=listing, cards=event_cards(listing, request), past=past)
    if past:
        route = index.reverse_subpage("past")
        context["alternate_urls"] = {
            code: index.url_in(code, request) + route for code in LANGUAGE_CODES
        }
    return TemplateResponse(request, "events/event_index_page.html", context)


def event_cards(listed, request) -> list[str]:
    """The card of each of the ``listed`` events, as HTML, in their order.

    Cards are kept in the page cache by language and event: what they show changes only
    when an event is published or a theme changed, which empties it. A list loads and draws
    only those missing, in one query."""

    def draw(missing) -> dict[int, str]:
        events = EventPage.objects.filter(pk__in=[event.pk for event in missing]).for_cards()
        return {
            event.pk: render_to_string("events/event_card.html", {"event": event}, request)
            for event in events
        }

    return kept_each("event-card", listed, draw)
