"""The stored translation statuses follow the content: what staff see in Reports →
Translations changes as soon as a translation is saved, and goes with what is deleted."""

import io
from pathlib import Path

import pytest
from django.conf import settings
from django.contrib.auth import get_user_model
from django.core.management import call_command

from members import importing
from members.demo.bulk import create_bulk_members
from members.factories import NationalForumFactory
from members.models import MemberAuthority
from news.demo.bulk import add_bulk_articles
from news.factories import NewsIndexPageFactory
from pages.models import AboutPage, Objective, TeamMember, TranslationStatus
from pages.translation_status import STORED, refresh_all_statuses
from publications.demo.bulk import create_bulk_publications

REPORT = "/admin/reports/translations/"
MEMBERS = "kind=members.memberauthority"
MEMBERS_SAMPLE = Path(settings.BASE_DIR) / "docs" / "members-import-sample.csv"


@pytest.fixture
def staff(client, db):
    client.force_login(get_user_model().objects.create_superuser("staff", "staff@example.org"))
    return client


def rows_shown(client, query):
    response = client.get(f"{REPORT}?status=all&{query}")
    assert response.status_code == 200
    return response.context["object_list"]


def statuses_shown(client, label, query, language):
    """The statuses in ``language`` the report shows, with the filters ``query``, for the
    objects named ``label``."""
    return sorted(row.statuses[language] for row in rows_shown(client, query) if row.label == label)


def stored_statuses() -> set[tuple]:
    return set(TranslationStatus.objects.values_list(*STORED))


def assert_stored_as_measured_again():
    stored = stored_statuses()
    refresh_all_statuses()
    assert stored == stored_statuses()


def test_publishing_a_page_with_its_german_texts_makes_it_complete_in_german(site_tree, staff):
    about = AboutPage.objects.get(pk=site_tree.about.pk)
    assert statuses_shown(staff, about.title, "kind=page", "de") == ["partial"]

    about.intro_de = "Einführung"
    about.mission_de = "<p>Auftrag</p>"
    about.save_revision().publish()

    assert statuses_shown(staff, about.title, "kind=page", "de") == ["complete"]


def test_saving_a_member_with_its_italian_description_makes_it_complete_in_italian(
    site_tree, staff
):
    assert statuses_shown(staff, "Lyon", MEMBERS, "it") == ["missing"]

    lyon = MemberAuthority.objects.get(name="Lyon")
    lyon.description_it = "Informazioni su Lione"
    lyon.save()

    assert statuses_shown(staff, "Lyon", MEMBERS, "it") == ["complete"]


def test_an_orderable_translated_in_its_page_and_published_is_complete(site_tree, staff):
    about = AboutPage.objects.get(pk=site_tree.about.pk)
    assert statuses_shown(staff, "Objective [en]", "kind=pages.objective", "de") == ["missing"] * 3
    objectives = list(about.objectives.all())
    objectives[0].text_de = "Ziel"
    about.objectives = objectives
    about.save_revision().publish()

    shown = statuses_shown(staff, "Objective [en]", "kind=pages.objective", "de")
    assert shown == ["complete", "missing", "missing"]


def test_a_deleted_member_leaves_the_report(site_tree, staff):
    torino = MemberAuthority.objects.get(name="Torino")
    assert statuses_shown(staff, "Torino", MEMBERS, "fr") == ["complete"]

    torino.delete()

    assert statuses_shown(staff, "Torino", MEMBERS, "fr") == []
    assert not TranslationStatus.objects.filter(
        model="members.memberauthority", object_id=torino.pk
    )


def test_a_deleted_page_takes_its_rows_and_its_orderables_rows_along(site_tree, staff):
    team = site_tree.team
    people = TeamMember.objects.filter(page=team).count()
    assert len(rows_shown(staff, "kind=pages.teammember")) == people == 2
    assert team.title in [row.label for row in rows_shown(staff, "kind=page")]

    team.delete()

    assert not TranslationStatus.objects.filter(page_id=team.pk)
    assert rows_shown(staff, "kind=pages.teammember") == []
    assert team.title not in [row.label for row in rows_shown(staff, "kind=page")]


def test_an_objective_removed_from_its_page_leaves_the_report(site_tree, staff):
    about = AboutPage.objects.get(pk=site_tree.about.pk)
    kept = list(about.objectives.all())[1:]
    about.objectives = kept
    about.save_revision().publish()

    stored = TranslationStatus.objects.filter(model="pages.objective")
    assert set(stored.values_list("object_id", flat=True)) == {o.pk for o in kept}
    assert Objective.objects.count() == len(kept)


def test_the_bulk_loaders_store_what_they_write(site_tree):
    create_bulk_members(30)
    create_bulk_publications(30)
    add_bulk_articles(NewsIndexPageFactory(parent=site_tree.home), 10)

    stored = TranslationStatus.objects
    assert stored.filter(model="members.memberauthority").count() == 32
    assert stored.filter(model="publications.publication").count() == 30
    assert stored.filter(model="news.newsarticlepage").count() == 10
    assert_stored_as_measured_again()


def test_the_member_import_stores_the_statuses_of_what_it_loads(db):
    for country in ("FR", "IT", "ES", "PT"):
        NationalForumFactory(country=country)

    importing.apply(MEMBERS_SAMPLE.read_bytes(), "members.csv")

    stored = TranslationStatus.objects.get(
        model="members.memberauthority",
        object_id=MemberAuthority.objects.get(slug="regione-emilia-romagna").pk,
    )
    assert (stored.status_fr, stored.status_it, stored.status_de) == (
        "complete",
        "complete",
        "missing",
    )
    assert_stored_as_measured_again()


def test_the_demo_content_stores_every_status(demo_content):
    assert TranslationStatus.objects.filter(model="publications.publication").exists()
    assert_stored_as_measured_again()


def test_the_command_measures_again_what_sql_wrote(site_tree, staff):
    MemberAuthority.objects.filter(name="Lyon").update(description_de="Über Lyon")
    assert statuses_shown(staff, "Lyon", MEMBERS, "de") == ["missing"]

    call_command("refresh_translation_status", stdout=io.StringIO())

    assert statuses_shown(staff, "Lyon", MEMBERS, "de") == ["complete"]
