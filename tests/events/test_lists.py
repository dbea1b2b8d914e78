"""The upcoming and past lists: their order, their filters by theme and kind, pagination, and
query strings that never break them."""

import datetime

import pytest
from django.utils import timezone
from hypothesis import HealthCheck, given
from hypothesis import settings as hypothesis_settings
from hypothesis import strategies as st

from events.factories import EventPageFactory
from events.models import EventPage
from tests.events.conftest import path_of, route_path
from tests.pages.test_fuzz import assert_no_server_error, query_strings
from themes.factories import ThemeFactory

DAY = datetime.timedelta(days=1)


def event_on(index, days: int, name: str, **fields) -> EventPage:
    """An event ``days`` from now (negative: over), lasting two hours."""
    starts = timezone.now() + days * DAY
    return EventPageFactory(
        parent=index,
        name=name,
        starts_at=starts,
        ends_at=starts + datetime.timedelta(hours=2),
        **fields,
    )


def titles_in(html: str, names: list[str]) -> list[str]:
    """``names`` in the order the page shows them."""
    shown = [name for name in names if f">{name} EN</a>" in html]
    return sorted(shown, key=lambda name: html.index(f">{name} EN</a>"))


@pytest.fixture
def calendar(events_index):
    nightlife = ThemeFactory(slug="nightlife", name_en="Nightlife")
    drugs = ThemeFactory(slug="drugs", name_en="Drugs")
    event_on(events_index, 20, "Later", kind="webinar", themes=[nightlife])
    event_on(events_index, 2, "Soon", kind="conference", themes=[drugs])
    event_on(events_index, -3, "Recent", kind="webinar", themes=[nightlife, drugs])
    event_on(events_index, -40, "Older", kind="meeting")
    return ["Later", "Soon", "Recent", "Older"]


def test_upcoming_events_come_next_first_and_past_ones_latest_first(client, events_index, calendar):
    upcoming = client.get(path_of(events_index)).content.decode()
    past = client.get(route_path(events_index, "past")).content.decode()
    assert titles_in(upcoming, calendar) == ["Soon", "Later"]
    assert titles_in(past, calendar) == ["Recent", "Older"]
    assert "2 upcoming events" in upcoming
    assert "2 past events" in past


def test_an_event_under_way_is_still_upcoming(client, events_index):
    starts = timezone.now() - datetime.timedelta(hours=1)
    EventPageFactory(
        parent=events_index, name="Now", starts_at=starts, ends_at=starts + 3 * DAY / 24
    )
    html = client.get(path_of(events_index)).content.decode()
    assert ">Now EN</a>" in html


@pytest.mark.parametrize(
    "query, upcoming, past",
    [
        ("theme=nightlife", ["Later"], ["Recent"]),
        ("theme=drugs", ["Soon"], ["Recent"]),
        ("kind=webinar", ["Later"], ["Recent"]),
        ("kind=meeting", [], ["Older"]),
        ("theme=drugs&kind=webinar", [], ["Recent"]),
    ],
)
def test_filters_by_theme_and_kind(client, events_index, calendar, query, upcoming, past):
    html = client.get(f"{path_of(events_index)}?{query}").content.decode()
    assert titles_in(html, calendar) == upcoming
    past_html = client.get(f"{route_path(events_index, 'past')}?{query}").content.decode()
    assert titles_in(past_html, calendar) == past


@pytest.mark.parametrize(
    "query",
    [
        "theme=unknown",
        "kind=party",
        "theme=' OR 1=1 --",
        "kind=<script>alert(1)</script>",
        "theme=" + "9" * 400,
        "page=letters",
        "page=-1",
        "page=99999999999999999999999",
        "theme=%ff%fe",
        "theme=nightlife&theme=drugs",
    ],
)
def test_bad_values_are_ignored(client, events_index, calendar, query):
    response = client.get(f"{path_of(events_index)}?{query}")
    assert response.status_code in (200, 404)
    assert b"<script>alert(1)</script>" not in response.content
    if response.status_code == 200:
        assert_no_server_error(response)


def test_the_chosen_filters_stay_selected_and_in_the_pagination(client, events_index):
    nightlife = ThemeFactory(slug="nightlife")
    for number in range(14):
        event_on(events_index, number + 1, f"Webinar {number}", kind="webinar", themes=[nightlife])
    html = client.get(f"{path_of(events_index)}?theme=nightlife&kind=webinar").content.decode()
    assert '<option value="nightlife" selected>' in html
    assert '<option value="webinar" selected>' in html
    assert 'href="?theme=nightlife&amp;kind=webinar&amp;page=2"' in html
    second = client.get(f"{path_of(events_index)}?theme=nightlife&kind=webinar&page=2")
    assert second.status_code == 200
    assert titles_in(second.content.decode(), [f"Webinar {n}" for n in range(14)]) == [
        "Webinar 12",
        "Webinar 13",
    ]
    assert client.get(f"{path_of(events_index)}?page=3&kind=webinar").status_code == 404


def test_drafts_and_unpublished_events_are_not_listed(client, events_index):
    event_on(events_index, 5, "Shown")
    event_on(events_index, 6, "Hidden").unpublish()
    html = client.get(path_of(events_index)).content.decode()
    assert ">Shown EN</a>" in html
    assert "Hidden EN" not in html


def test_generated_query_strings_never_break_the_lists(client, events_index, calendar):
    paths = [path_of(events_index), route_path(events_index, "past", language="fr")]

    @hypothesis_settings(
        max_examples=200,
        deadline=None,
        suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
    )
    @given(path=st.sampled_from(paths), query=query_strings)
    def check(path, query):
        assert_no_server_error(client.get(path, QUERY_STRING=query))

    check()
