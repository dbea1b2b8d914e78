"""Practices in bulk: live, told in one to three languages, with the revision Wagtail would
have published, in a number of queries that does not grow with their number."""

import pytest
from django.core.management import CommandError, call_command
from django.db import connection
from django.db.models import Count
from django.test.utils import CaptureQueriesContext
from django.utils.html import escape

from members.factories import MemberAuthorityFactory
from members.models import MemberAuthority
from practices.bulk import MIN_AUTHORITIES, create_bulk_practices
from practices.demo.texts import stories
from practices.models import Practice
from themes.factories import ThemeFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def network():
    """Authorities writing in French, Italian and English, and the demo stories' themes."""
    for slug in {theme for story in stories() for theme in story.themes}:
        ThemeFactory(slug=slug)
    return [
        MemberAuthorityFactory(name="Lyon", city="Lyon", country="FR"),
        MemberAuthorityFactory(name="Torino", city="Turin", city_it="Torino", country="IT"),
        MemberAuthorityFactory(name="Leeds", city="Leeds", country="GB"),
    ]


def test_bulk_practices_are_live_in_one_to_three_languages_over_the_authorities(network):
    assert create_bulk_practices(400) == 400

    practices = Practice.objects.filter(slug__startswith="bulk-")
    assert practices.count() == practices.live().count() == 400
    assert MemberAuthority.objects.count() == MIN_AUTHORITIES  # synthetic ones added
    assert practices.filter(authority__in=network).exists()
    languages = set(practices.annotate(n=Count("texts")).values_list("n", flat=True))
    assert languages == {1, 2, 3}
    assert practices.values("original_language").distinct().count() == 6
    assert 0.1 < practices.filter(access=Practice.Access.MEMBERS).count() / 400 < 0.3
    assert practices.filter(status=Practice.Status.FINISHED, ended_in__isnull=False).exists()
    assert {practice.evidence_level for practice in practices} == {0, 1, 2, 3, 4}
    assert not practices.filter(themes__isnull=True).exists()

    turin = practices.filter(authority=network[1], original_language="it").first()
    assert "Torino" in turin.original_text.title
    for practice in practices.prefetch_related("texts"):
        assert practice.original_text is not None
        assert not practice.original_text.missing_sections


def test_a_bulk_practice_has_the_revision_it_would_have_had_once_published(network):
    create_bulk_practices(30)

    for practice in Practice.objects.filter(slug__startswith="bulk-"):
        assert practice.live_revision_id == practice.latest_revision_id is not None
        assert not practice.has_unpublished_changes
        assert practice.first_published_at is not None
        revision = practice.latest_revision
        assert revision.object_str == str(practice)
        as_saved = Practice.objects.get(pk=practice.pk).serializable_data()
        for name in ("slug", "authority", "access", "original_language", "evaluated"):
            assert revision.content[name] == as_saved[name], name
        for name in ("texts", "adaptations"):
            assert sorted(revision.content[name], key=by_pk) == sorted(as_saved[name], key=by_pk)
        assert sorted(revision.content["themes"]) == sorted(as_saved["themes"])
        assert revision.as_object().original_text.title == practice.original_text.title


def by_pk(row: dict) -> int:
    return row["pk"]


def test_adding_more_practices_costs_no_more_queries(network):
    create_bulk_practices(5)  # the synthetic authorities, first
    with CaptureQueriesContext(connection) as few:
        create_bulk_practices(100, seed=1)
    with CaptureQueriesContext(connection) as many:
        create_bulk_practices(900, seed=2)
    assert len(many) == len(few)


def test_the_command_adds_new_practices_after_those_there_are(network):
    call_command("load_bulk_practices", "3")
    call_command("load_bulk_practices", "2", "--seed", "4")
    slugs = set(Practice.objects.values_list("slug", flat=True))
    assert slugs == {f"bulk-{number}" for number in range(1, 6)}
    with pytest.raises(CommandError):
        call_command("load_bulk_practices", "-1")


def test_the_admin_lists_and_opens_bulk_practices(network, admin_client):
    create_bulk_practices(60)
    newest = Practice.objects.first()

    listing = admin_client.get("/admin/snippets/practices/practice/")
    assert listing.status_code == 200
    assert str(newest) in listing.content.decode()
    second = admin_client.get("/admin/snippets/practices/practice/?p=2")
    assert second.status_code == 200

    editor = admin_client.get(f"/admin/snippets/practices/practice/edit/{newest.pk}/")
    assert editor.status_code == 200
    assert escape(newest.original_text.summary.split("\n")[0]) in editor.content.decode()
