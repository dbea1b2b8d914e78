"""Practices in Reports → Translations: each language measured against the practice's
original text (not English), kept current as texts are saved and deleted, listed to the
staff who may edit practices, and counted on the dashboard."""

import re

import pytest
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group, Permission
from wagtail.users.models import UserProfile

from members.factories import MemberAccountFactory
from pages.models import TranslationStatus
from pages.translation_status import STORED, completeness, refresh_all_statuses
from practices.bulk import create_bulk_practices
from practices.factories import PracticeFactory, PracticeTextFactory
from practices.models import Practice
from tests.practices.conftest import italian_practice

REPORT = "/admin/reports/translations/"
PRACTICES = "kind=practices.practice"
ITALIAN_TITLE = "Mediazione notturna"


@pytest.fixture
def editor(client, db):
    """A member of Wagtail's Editors group, who edit and review practices."""
    user = get_user_model().objects.create_user("editor", "editor@example.org", "pw")
    user.groups.add(Group.objects.get(name="Editors"))
    client.force_login(user)
    return user


def rows_of(client, query: str) -> list:
    response = client.get(f"{REPORT}?{query}")
    assert response.status_code == 200
    return list(response.context["object_list"])


def practice_row(client, query: str, title: str = ITALIAN_TITLE):
    return next((row for row in rows_of(client, query) if row.label == title), None)


def stored(practice: Practice) -> TranslationStatus:
    return TranslationStatus.objects.get(model="practices.practice", object_id=practice.pk)


def test_an_italian_practice_without_english_is_missing_in_english(client, editor):
    practice = italian_practice()  # in Italian, translated into French

    row = practice_row(client, "language=en&status=missing")

    assert row is not None
    assert row.kind == "Practice (original: Italian)"
    assert row.statuses == {
        "en": "missing",
        "fr": "complete",
        "de": "missing",
        "it": "complete",
        "es": "missing",
        "pt": "missing",
    }
    assert row.reference_fields == 8  # the title, five sections and two justifications
    assert row.edit_url == f"/admin/snippets/practices/practice/edit/{practice.pk}/"
    assert client.get(row.edit_url).status_code == 200
    # English is among the report's languages, its filter's and its summary's.
    html = client.get(f"{REPORT}?{PRACTICES}").content.decode()
    assert '<th scope="col">English</th>' in html
    assert '<option value="en">English</option>' in html
    assert '<th scope="row">English</th>' in html


def test_a_translation_without_what_the_original_has_is_partial(client, editor):
    practice = italian_practice()
    PracticeTextFactory(practice=practice, language="de", results="", plausible_because="")

    row = practice_row(client, f"{PRACTICES}&language=de&status=partial")

    assert row is not None and row.statuses["de"] == "partial"
    assert stored(practice).written_de == 6


def test_a_section_the_original_lacks_is_not_asked_of_a_translation(client, editor):
    practice = PracticeFactory(original_language="en", original=None)
    PracticeTextFactory(practice=practice, language="en", title="Night buses", results="")
    PracticeTextFactory(practice=practice, language="fr", title="Bus de nuit", results="")

    row = practice_row(client, f"{PRACTICES}&status=all", "Night buses")

    assert row.statuses["fr"] == "complete"
    assert row.statuses["de"] == "missing"


def test_a_practice_translated_into_every_language_leaves_what_is_incomplete(client, editor):
    practice = italian_practice()
    for code in ("en", "de", "es", "pt"):
        PracticeTextFactory(practice=practice, language=code)

    assert practice_row(client, PRACTICES) is None  # the report opens on what is incomplete
    row = practice_row(client, f"{PRACTICES}&status=complete")
    assert row is not None and set(row.statuses.values()) == {"complete"}
    assert stored(practice).complete


def test_saving_or_deleting_a_text_measures_the_practice_again(client, editor):
    practice = italian_practice()
    assert practice_row(client, "language=en&status=missing") is not None

    english = PracticeTextFactory(practice=practice, language="en", title="Night mediation")

    assert practice_row(client, "language=en&status=missing") is None
    assert practice_row(client, "language=en&status=complete") is not None

    english.delete()

    assert stored(practice).status_en == "missing"


def test_a_text_published_with_its_practice_is_measured(client, editor):
    """A text added in the editor is saved with its practice (modelcluster) on publication."""
    practice = italian_practice()
    practice.texts.add(PracticeTextFactory.build(practice=practice, language="es"))
    practice.save_revision().publish()

    assert stored(practice).status_es == "complete"


def test_changing_the_original_language_changes_the_reference(editor):
    practice = italian_practice()
    practice.original_language = "fr"
    practice.save()

    assert stored(practice).status_fr == "complete"
    assert stored(practice).status_it == "complete"  # the same sections in both
    assert stored(practice).status_en == "missing"


def test_without_its_original_text_a_practice_is_measured_against_its_fullest(editor):
    practice = italian_practice()
    practice.texts.get(language="fr").delete()
    PracticeTextFactory(practice=practice, language="de", results="")
    Practice.objects.filter(pk=practice.pk).update(original_language="fr")
    refresh_all_statuses()

    statuses = stored(practice)
    assert statuses.reference_fields == 8  # the Italian text's
    assert (statuses.status_fr, statuses.status_it, statuses.status_de) == (
        "missing",
        "complete",
        "partial",
    )


def test_a_deleted_practice_leaves_the_report(client, editor):
    practice = italian_practice()
    assert practice_row(client, f"{PRACTICES}&status=all") is not None

    practice.delete()

    assert not TranslationStatus.objects.filter(model="practices.practice")
    assert practice_row(client, f"{PRACTICES}&status=all") is None


def test_members_and_staff_who_may_not_edit_practices_do_not_see_them(client, db):
    italian_practice()
    member = MemberAccountFactory().user
    client.force_login(member)
    assert client.get(REPORT).status_code == 302  # to the admin's sign-in

    staff = get_user_model().objects.create_user("desk", "desk@example.org", "pw", is_staff=True)
    members_desk = Group.objects.create(name="Members desk")
    members_desk.permissions.add(
        Permission.objects.get(codename="access_admin"),
        Permission.objects.get(codename="change_memberauthority"),
    )
    staff.groups.add(members_desk)
    client.force_login(staff)

    rows = rows_of(client, "status=all")
    assert rows, "the authority is shown"
    assert not [row for row in rows if row.label == ITALIAN_TITLE]
    assert rows_of(client, f"{PRACTICES}&status=all") == []


def test_the_french_admin_names_the_kind_in_french(client, editor):
    """Needs the French catalogue."""
    italian_practice()
    profile = UserProfile.get_for_user(editor)
    profile.preferred_language = "fr"
    profile.save()

    html = client.get(f"{REPORT}?{PRACTICES}").content.decode()

    cells = re.search(rf">{ITALIAN_TITLE}</a>\s*</th>\s*<td>([^<]*)</td>", html)
    assert cells is not None
    assert cells.group(1).startswith("Pratique (original")


def test_the_dashboard_counts_practices_in_every_language(client, editor):
    practice = italian_practice()
    before = completeness()
    dashboard = client.get("/admin/").content.decode()
    assert re.search(rf'data-language="en">\s*{before["en"]} %', dashboard)

    PracticeTextFactory(practice=practice, language="en")

    assert completeness()["en"] > before["en"]
    assert completeness()["fr"] == before["fr"]


def test_the_bulk_loader_and_the_command_measure_the_practices(db):
    assert create_bulk_practices(30) == 30

    practices = TranslationStatus.objects.filter(model="practices.practice")
    assert practices.count() == 30
    assert practices.filter(complete=False).exists()
    measured = set(TranslationStatus.objects.values_list(*STORED))
    refresh_all_statuses()
    assert set(TranslationStatus.objects.values_list(*STORED)) == measured
