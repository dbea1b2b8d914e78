"""``events_tags`` for other apps' templates: the next events (home page, a theme's page) and
the events of a member authority (its profile), in two queries at most."""

import datetime

import pytest
from django.core.cache import caches
from django.template import Context, Template
from django.test import RequestFactory
from django.utils import timezone, translation
from wagtail.models import Page, Site

from events.factories import EventPageFactory
from members.factories import MemberAuthorityFactory
from pages.models.base import paths_to_check_for_restrictions
from themes.factories import ThemeFactory

DAY = datetime.timedelta(days=1)


def on(index, days: float, name: str, hours: float = 2, **fields):
    starts = timezone.now() + days * DAY
    return EventPageFactory(
        parent=index,
        name=name,
        starts_at=starts,
        ends_at=starts + datetime.timedelta(hours=hours),
        **fields,
    )


def page_request():
    """A request as a page's template gets it: its site and the sites' root paths (which
    every page's address needs) found already, by the routing."""
    request = RequestFactory().get("/en/")
    Site.find_for_request(request)
    Page()._get_site_root_paths(request)  # kept on the request, as the first page's address does
    paths_to_check_for_restrictions()  # every page request reads them before its template
    return request


def render(source: str, request=None, **context) -> str:
    template = Template("{% load events_tags %}" + source)
    return template.render(Context({"request": request or page_request(), **context}))


def shown(html: str, names: list[str]) -> list[str]:
    found = [name for name in names if f">{name} EN</a>" in html]
    return sorted(found, key=lambda name: html.index(f">{name} EN</a>"))


def test_next_events_lists_the_next_ones_with_a_link_to_all(
    events_index, django_assert_max_num_queries
):
    names = ["Fourth", "Second", "First", "Third", "Over"]
    for days, name in zip([40, 10, 1, 20, -2], names, strict=True):
        on(events_index, days, name)
    request = page_request()
    with django_assert_max_num_queries(2):
        html = render("{% upcoming_events count=3 %}", request)
    assert '<h2 id="upcoming-events-title">Next events</h2>' in html
    assert shown(html, names) == ["First", "Second", "Third"]
    assert f'href="{events_index.url}"' in html
    with django_assert_max_num_queries(0):  # kept in the page cache
        assert render("{% upcoming_events count=3 %}", request) == html


def test_next_events_of_a_theme(events_index):
    nightlife = ThemeFactory(slug="nightlife")
    on(events_index, 3, "Party", themes=[nightlife])
    on(events_index, 1, "Other")
    html = render("{% upcoming_events count=3 theme=theme %}", theme=nightlife)
    assert shown(html, ["Party", "Other"]) == ["Party"]
    assert f'href="{events_index.url}?theme=nightlife"' in html


def test_next_events_shows_nothing_when_none_is_coming(events_index):
    on(events_index, -5, "Over")
    assert render("{% upcoming_events %}").strip() == ""


def test_next_events_shows_nothing_without_an_events_page(site_tree):
    assert render("{% upcoming_events %}").strip() == ""


@pytest.fixture
def saved_timeouts(monkeypatch) -> dict[str, int]:
    """How long each key the page cache is given is kept, in seconds."""
    saved = {}
    cache = caches["pages"]
    original_set = cache.set

    def set_and_note(key, value, timeout):
        saved[key] = timeout
        original_set(key, value, timeout)

    monkeypatch.setattr(cache, "set", set_and_note)
    return saved


def test_the_cached_list_lasts_until_its_first_event_ends(events_index, saved_timeouts):
    on(events_index, 0.5, "Soon", hours=1)
    on(events_index, 3, "Later")
    render("{% upcoming_events count=2 %}")
    [timeout] = [seconds for key, seconds in saved_timeouts.items() if "upcoming" in key]
    assert 12 * 3600 < timeout <= 13.5 * 3600  # "Soon" ends in 13.5 hours


@pytest.fixture
def lyon():
    return MemberAuthorityFactory(name="Ville de Lyon")


def test_a_member_profile_lists_its_events_upcoming_first_then_past(
    events_index, lyon, django_assert_max_num_queries
):
    other = MemberAuthorityFactory()
    on(events_index, 30, "Later", organisers=[lyon])
    on(events_index, 3, "Soon", partners=[lyon])
    on(events_index, -3, "Recent", organisers=[lyon], partners=[lyon])
    on(events_index, -30, "Old", partners=[lyon])
    on(events_index, 5, "Not theirs", organisers=[other])
    request = page_request()
    with django_assert_max_num_queries(2):
        html = render("{% events_with_member authority %}", request, authority=lyon)
    assert '<h2 id="member-events">Events</h2>' in html
    assert shown(html, ["Later", "Soon", "Recent", "Old", "Not theirs"]) == [
        "Soon",
        "Later",
        "Recent",
        "Old",
    ]
    assert html.count(">Recent EN</a>") == 1
    with django_assert_max_num_queries(0):  # kept in the page cache
        assert render("{% events_with_member authority %}", request, authority=lyon) == html


def test_a_member_s_events_are_kept_in_each_language(events_index, lyon):
    on(events_index, 3, "Soon", organisers=[lyon])
    english = render("{% events_with_member authority %}", authority=lyon)
    with translation.override("fr"):
        french = render("{% events_with_member authority %}", authority=lyon)

    assert ">Soon EN</a>" in english
    assert ">Soon FR</a>" in french
    assert '<h2 id="member-events">Événements</h2>' in french


def test_a_member_s_events_show_a_newly_published_one_at_once(events_index, lyon):
    on(events_index, 3, "Soon", organisers=[lyon])
    assert shown(render("{% events_with_member authority %}", authority=lyon), ["Soon"])
    later = on(events_index, 9, "Later")
    later.partners.add(lyon)

    later.save_revision().publish()

    html = render("{% events_with_member authority %}", authority=lyon)
    assert shown(html, ["Soon", "Later"]) == ["Soon", "Later"]


def test_a_member_s_events_are_kept_until_the_first_coming_one_ends(
    events_index, lyon, saved_timeouts
):
    on(events_index, 0.25, "Soon", hours=1, organisers=[lyon])
    on(events_index, -3, "Recent", partners=[lyon])
    render("{% events_with_member authority %}", authority=lyon)
    [timeout] = [seconds for key, seconds in saved_timeouts.items() if "events-with" in key]
    assert 6 * 3600 < timeout <= 7.5 * 3600  # "Soon" ends in 7 hours


def test_a_member_without_events_is_told_so(events_index, lyon):
    on(events_index, 3, "Someone else's")
    html = render("{% events_with_member authority %}", authority=lyon)
    assert "has organised no event with Efus, nor been a partner of one, yet" in html
    assert "Someone else" not in html
