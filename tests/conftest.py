import io
from dataclasses import dataclass

import boto3
import pytest
from django.conf import settings
from django.core.cache import caches
from django.core.management import call_command
from django.utils import translation
from moto import mock_aws
from wagtail.models import Page, Site

from members import factories as member_factories
from pages import factories
from pages.models import SiteSettings
from publications import factories as publication_factories
from tests import snapshots
from tests.public_forms import forms  # noqa: F401  (the public forms, for any test)


@dataclass
class SiteTree:
    home: object
    about: object
    governance: object
    international: object
    team: object
    activities: object
    manifesto: object
    contact: object
    members: object
    join: object
    library: object

    def all_pages(self):
        return [getattr(self, name) for name in self.__dataclass_fields__]


def build_site_tree() -> dict[str, int]:
    """The editorial site: every page type, filled in English and French, titled in all six;
    returns each page's id by name."""
    root = Page.get_first_root_node()
    home = factories.HomePageFactory(parent=root, hero_image=factories.ImageFactory())
    Site.objects.update_or_create(
        is_default_site=True, defaults={"root_page": home, "hostname": "localhost", "port": 80}
    )
    root.get_children().exclude(pk=home.pk).delete()
    about = factories.AboutPageFactory(parent=home)
    factories.ObjectiveFactory.create_batch(3, page=about)
    governance = factories.GovernancePageFactory(parent=about)
    international = factories.InternationalPageFactory(parent=about)
    factories.InternationalStatusFactory.create_batch(2, page=international)
    team = factories.TeamPageFactory(parent=about)
    factories.TeamMemberFactory.create_batch(2, page=team)
    activities = factories.ActivitiesPageFactory(parent=home)
    factories.ServiceFactory.create_batch(3, page=activities)
    manifesto = factories.ManifestoPageFactory(parent=home)
    factories.CommitmentFactory.create_batch(2, page=manifesto)
    contact = factories.ContactPageFactory(parent=home)
    members = member_factories.MemberDirectoryPageFactory(parent=home)
    join = member_factories.JoinPageFactory(parent=home)
    library = publication_factories.LibraryPageFactory(parent=home)
    forum = member_factories.NationalForumFactory(country="FR")
    member_factories.MemberAuthorityFactory(
        name="Lyon", city="Lyon", national_forum=forum, committee_role="president"
    )
    member_factories.MemberAuthorityFactory(
        name="Torino", city="Torino", country="IT", latitude=45.07, longitude=7.69
    )
    SiteSettings.objects.update_or_create(
        site=Site.objects.get(is_default_site=True),
        defaults={
            "address_en": "10, rue des Montiboeufs\n75020 Paris\nFrance",
            "address_fr": "10, rue des Montiboeufs\n75020 Paris\nFrance",
            "email": "contact@efus.eu",
        },
    )
    pages = SiteTree(
        home,
        about,
        governance,
        international,
        team,
        activities,
        manifesto,
        contact,
        members,
        join,
        library,
    )
    return {name: getattr(pages, name).pk for name in SiteTree.__dataclass_fields__}


@pytest.fixture(scope="session", autouse=True)
def migrated_data_kept(django_db_setup, django_db_blocker):
    """What the migrations created, kept before any test runs, to be put back by the tests and
    fixtures that empty the database (tests/snapshots.py)."""
    with django_db_blocker.unblock():
        snapshots.keep_migrated_data()


RESTORE_MIGRATED_DATA = pytest.StashKey()


@pytest.fixture
def migrated_data_restored(request, django_db_blocker):
    """For a test that commits (a transactional database, a live server): once pytest-django
    has emptied the database after it, put back what the migrations created (Wagtail's root
    page and collection, locale, content types, groups), as the tests that follow expect to
    find it, and the next run that reuses the database (``--reuse-db``).

    pytest-django empties the database in the teardown of a fixture that its own autouse
    fixtures set up first, so it is torn down last: the copy is put back by
    ``pytest_runtest_teardown`` below, after every fixture of the test."""
    request.node.stash[RESTORE_MIGRATED_DATA] = django_db_blocker


@pytest.hookimpl(wrapper=True)
def pytest_runtest_teardown(item, nextitem):
    result = yield
    blocker = item.stash.get(RESTORE_MIGRATED_DATA, None)
    # After the last test the database is gone, unless it is kept for the next run.
    if blocker is not None and (nextitem is not None or item.config.getoption("reuse_db")):
        with blocker.unblock():
            snapshots.put_back_migrated_data()
    return result


@pytest.fixture
def page_cache(settings):
    """The page cache on, as in production (tests run without it), and empty before and
    after the test; gives how long it keeps a page."""
    settings.CACHE_MIDDLEWARE_SECONDS = 300
    caches["pages"].clear()
    yield settings.CACHE_MIDDLEWARE_SECONDS
    caches["pages"].clear()


SITE_TREE = snapshots.Snapshot("site_tree_snapshot", build_site_tree)
DEMO = snapshots.Snapshot("demo_snapshot", lambda: call_command("load_demo", stdout=io.StringIO()))


@pytest.fixture(scope="session")
def site_tree_copy(django_db_setup, django_db_blocker):
    with django_db_blocker.unblock():
        SITE_TREE.take()


@pytest.fixture
def site_tree(db, site_tree_copy) -> SiteTree:
    """The editorial site (``build_site_tree``), built once per run and copied back into the
    test's database. It replaces the rows of the tables it fills: a test names it before the
    fixtures that add their own."""
    page_ids = SITE_TREE.restore()
    pages = Page.objects.filter(pk__in=page_ids.values()).specific().in_bulk()
    return SiteTree(**{name: pages[pk] for name, pk in page_ids.items()})


@pytest.fixture(scope="session")
def demo_copy(django_db_setup, django_db_blocker):
    with django_db_blocker.unblock():
        DEMO.take()


@pytest.fixture
def demo_content(db, demo_copy):
    """The demo content in this test's database, as ``manage.py load_demo`` builds it, loaded
    once per run and copied back. It replaces the rows of the tables it fills: a test names
    it before the fixtures that add their own."""
    DEMO.restore()


@pytest.fixture(autouse=True)
def default_language():
    """Each test starts in English: a request in another language leaves its language active
    in the thread, which would change what the next test's code reads and writes."""
    translation.activate(settings.LANGUAGE_CODE)


@pytest.fixture(autouse=True)
def fresh_rate_limits():
    """Each test starts with no request counted by the rate limits (join, password reset)."""
    caches["ratelimit"].clear()


@pytest.fixture(autouse=True)
def empty_page_cache():
    """Each test starts with an empty page cache (it also holds the footer fragments)."""
    caches["pages"].clear()


@pytest.fixture
def s3_media(settings, monkeypatch):
    """Media in an S3 bucket (moto's, in memory); yields the S3 client to look inside it."""
    monkeypatch.setenv("AWS_ACCESS_KEY_ID", "testing")
    monkeypatch.setenv("AWS_SECRET_ACCESS_KEY", "testing")
    with mock_aws():
        s3 = boto3.client("s3", region_name="eu-west-3")
        s3.create_bucket(
            Bucket="efus-media", CreateBucketConfiguration={"LocationConstraint": "eu-west-3"}
        )
        settings.AWS_STORAGE_BUCKET_NAME = "efus-media"
        settings.AWS_S3_REGION_NAME = "eu-west-3"
        settings.AWS_DEFAULT_ACL = None
        settings.AWS_QUERYSTRING_AUTH = True
        settings.STORAGES = {
            **settings.STORAGES,
            "default": {"BACKEND": "storages.backends.s3.S3Storage"},
        }
        yield s3
