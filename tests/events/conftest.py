"""The events page under the site tree's home page, an event, and helpers to reach them."""

import pytest

from events.factories import EventIndexPageFactory, EventPageFactory

ORIGIN = "http://testserver"


@pytest.fixture
def events_index(site_tree):
    return EventIndexPageFactory(parent=site_tree.home)


@pytest.fixture
def event(events_index):
    """A conference in Lyon next month, registration open, no limit of places."""
    return EventPageFactory(parent=events_index, name="Night summit", registration_open=True)


def path_of(page, language: str = "en") -> str:
    """The page's address in ``language``, without the host."""
    return page.url_in(language).removeprefix("http://localhost")


def route_path(page, route: str, *args, language: str = "en") -> str:
    """The address of one of ``page``'s routes in ``language``, without the host."""
    return path_of(page, language) + page.reverse_subpage(route, args=args)
