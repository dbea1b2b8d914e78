"""What the practices' public pages are tested with: the practices page, practices in several
languages, and the paths of their pages."""

import pytest
from django.conf import settings

from members.factories import MemberAuthorityFactory
from practices.factories import PracticeFactory, PracticeLibraryPageFactory, PracticeTextFactory
from practices.models import Practice
from themes.factories import ThemeFactory

LANGUAGE_CODES = [code for code, _name in settings.LANGUAGES]
MEMBERS_ONLY = Practice.Access.MEMBERS


def path_of(page, language="en") -> str:
    return page.url_in(language).removeprefix("http://localhost")


def practice_path(page, practice, language="en") -> str:
    return path_of(page, language) + page.reverse_subpage("detail", args=[practice.slug])


@pytest.fixture
def practices_page(site_tree):
    return PracticeLibraryPageFactory(parent=site_tree.home)


@pytest.fixture
def nightlife(db):
    return ThemeFactory(slug="nightlife")


def italian_practice(**fields) -> Practice:
    """A practice of Torino (a city of 850,000), written in Italian and translated into
    French."""
    authority = fields.pop("authority", None) or MemberAuthorityFactory(
        name="Città di Torino",
        city="Torino",
        country="IT",
        latitude=45.07,
        longitude=7.69,
        population=850_000,
    )
    practice = PracticeFactory(authority=authority, original_language="it", original=None, **fields)
    PracticeTextFactory(practice=practice, language="it", title="Mediazione notturna")
    PracticeTextFactory(practice=practice, language="fr", title="Médiation de nuit")
    return practice


def with_themes(practice: Practice, *themes) -> Practice:
    practice.themes.set(themes)
    practice.themes.commit()
    return practice
