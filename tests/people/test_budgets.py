"""The people directory, filtered or not, and a person's page stay within the query budget
with an empty page cache, with the same count at 20 and at 5,000 people. Staff pay what any
signed-in page costs them beyond (the reads of their permissions and of their admin
preferences for Wagtail's user bar)."""

import pytest
from django.contrib.auth.models import Group

from members.factories import UserFactory
from people import photos
from people.bulk import create_bulk_people
from people.models import Profile
from tests.budgets import QUERY_BUDGET, assert_same_counts, page_queries
from tests.people.conftest import image_bytes, url
from tests.practices.test_budgets import SIGNED_IN
from themes.factories import ThemeFactory

SIZES = ("20 people", "5,000")
THEMES = ("nightlife", "public-spaces", "youth", "drugs-and-addictions", "social-cohesion")


def measured_paths(person: Profile) -> list[str]:
    directory = url("directory")
    return [
        directory,
        url("directory", "fr") + "?theme=nightlife&language=en",
        directory + "?q=prevention+coordinator&country=IT",
        url("directory", "de") + "?page=1&country=FR&theme=youth",
        url("person", pk=person.pk),
        url("person", "pt", pk=person.pk),
    ]


def test_the_people_pages_cost_the_same_queries_with_20_or_5000_people(
    signed_in, member, site_tree, media
):
    for slug in THEMES:
        ThemeFactory(slug=slug)
    create_bulk_people(19)
    person = Profile.objects.listed().exclude(themes=None).order_by("pk").first()
    person.replace_photo(photos.store(image_bytes()))
    paths = measured_paths(person)
    with_20 = page_queries(signed_in, paths, budget=QUERY_BUDGET)

    create_bulk_people(4_981, seed=1)
    assert Profile.objects.listed().count() == 5_000
    assert_same_counts(with_20, page_queries(signed_in, paths, budget=QUERY_BUDGET), SIZES)


@pytest.mark.parametrize("kind", ["directory", "person"])
def test_staff_reading_members_only_content_stay_within_the_budget(client, site_tree, media, kind):
    create_bulk_people(5)
    staff = UserFactory(email="staff@efus.eu")
    staff.groups.add(Group.objects.get(name="Editors"))
    client.force_login(staff)
    person = Profile.objects.order_by("pk").first()
    path = url("directory") if kind == "directory" else url("person", pk=person.pk)
    page_queries(client, [path], budget=QUERY_BUDGET + SIGNED_IN)
