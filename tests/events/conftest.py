"""The events page under the site tree's home page, an event, helpers to reach them, and
what puts the database back after a test that commits."""

import pytest
from django.db import connections

from events.factories import EventIndexPageFactory, EventPageFactory

ORIGIN = "http://testserver"
RESTORE_MIGRATED_DATA = pytest.StashKey()


@pytest.fixture
def events_index(site_tree):
    return EventIndexPageFactory(parent=site_tree.home)


@pytest.fixture
def event(events_index):
    """A conference in Lyon next month, registration open, no limit of places."""
    return EventPageFactory(parent=events_index, name="Night summit", registration_open=True)


@pytest.fixture
def migrated_data_restored(request, django_db_blocker):
    """For a test that commits (``transaction=True``): once pytest-django has emptied the
    database after it, put back what the migrations created (Wagtail's root page, locale,
    groups…), for the tests that follow and for the next run that reuses the database
    (``--reuse-db``). See ``pytest_runtest_teardown``."""
    request.node.stash[RESTORE_MIGRATED_DATA] = django_db_blocker


@pytest.hookimpl(wrapper=True)
def pytest_runtest_teardown(item, nextitem):
    result = yield
    blocker = item.stash.get(RESTORE_MIGRATED_DATA, None)
    # After the last test the database is gone, unless it is kept for the next run.
    if blocker is not None and (nextitem is not None or item.config.getoption("reuse_db")):
        with blocker.unblock():
            connection = connections["default"]
            contents = getattr(connection, "_test_serialized_contents", None)
            if contents:
                connection.creation.deserialize_db_from_string(contents)
    return result


def path_of(page, language: str = "en") -> str:
    """The page's address in ``language``, without the host."""
    return page.url_in(language).removeprefix("http://localhost")


def route_path(page, route: str, *args, language: str = "en") -> str:
    """The address of one of ``page``'s routes in ``language``, without the host."""
    return path_of(page, language) + page.reverse_subpage(route, args=args)
