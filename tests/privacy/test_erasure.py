"""Staff holding the permission erase everything the site holds about an address, after
confirming; a second erasure is harmless; staff accounts are refused; the log names no
address."""

import pytest
from django.contrib.auth import get_user_model
from wagtail.models import ModelLogEntry

from members.factories import JoinApplicationFactory, UserFactory
from members.models import JoinApplication, ProfileProposal
from privacy.addresses import address_hash
from privacy.erasure import ErasureRefused, erase
from privacy.models import ConsentText, DataRequest
from privacy.registry import declarations
from tests.privacy.conftest import ADDRESS, ERASE_URL, OTHER, REQUEST_URL


def rows_about(address: str) -> dict[str, int]:
    return {
        declaration.label: declaration.rows_for(address).count() for declaration in declarations()
    }


def test_erase_first_shows_what_it_would_remove_and_removes_nothing(officer, held):
    response = officer.post(REQUEST_URL, {"email": ADDRESS, "action": "erase"})

    html = response.content.decode()
    assert response.status_code == 200
    assert "Registrations: 1" in html
    assert "Newsletter subscribers: 1" in html
    assert f'action="{ERASE_URL}"' in html
    assert all(rows_about(ADDRESS).values())
    assert not DataRequest.objects.exists()


def test_the_confirmed_erasure_removes_every_declared_row(officer, held, other_person):
    response = officer.post(ERASE_URL, {"email": ADDRESS.upper()}, follow=True)

    assert "The person&#x27;s data has been erased." in response.content.decode()
    assert set(rows_about(ADDRESS).values()) == {0}
    assert all(rows_about(OTHER).values())
    assert not get_user_model().objects.filter(email=ADDRESS).exists()
    proposal = ProfileProposal.objects.get(pk=held.proposal.pk)  # the authority's, unnamed
    assert proposal.proposed_by is None
    application = JoinApplication.objects.get(pk=held.application.pk)
    assert (application.organisation, application.contact_name, application.email) == (
        held.application.organisation,
        "",
        "",
    )
    assert application.purged_at is not None
    assert ConsentText.objects.exists()  # the words people agreed to, not who agreed


def test_the_erasure_is_recorded_and_logged_without_the_address(officer, held):
    officer.post(ERASE_URL, {"email": ADDRESS})

    request = DataRequest.objects.get()
    assert (request.kind, request.address_hash) == ("erasure", address_hash(ADDRESS))
    entry = ModelLogEntry.objects.get(action="privacy.erasure")
    logged = f"{entry.label} {entry.data} {entry.object_id}".lower()
    assert ADDRESS not in logged
    assert "anna" not in logged
    assert entry.data["rows"]["events.Registration"] == 1


def test_a_second_erasure_is_harmless(officer, held):
    officer.post(ERASE_URL, {"email": ADDRESS})
    response = officer.post(ERASE_URL, {"email": ADDRESS}, follow=True)

    assert response.status_code == 200
    assert DataRequest.objects.filter(kind="erasure").count() == 2


def test_an_unknown_address_is_erased_harmlessly(officer):
    response = officer.post(REQUEST_URL, {"email": "nobody@example.org", "action": "erase"})
    assert "The site holds nothing about this address" in response.content.decode()
    assert officer.post(ERASE_URL, {"email": "nobody@example.org"}).status_code == 302


def test_a_staff_account_is_refused(officer, held):
    UserFactory(email="admin@efus.example.org", is_staff=True)

    response = officer.post(ERASE_URL, {"email": "Admin@efus.example.org"}, follow=True)

    assert "belongs to a staff account" in response.content.decode()
    assert get_user_model().objects.filter(email="admin@efus.example.org").exists()
    assert not DataRequest.objects.exists()


def test_a_bad_address_erases_nothing(officer, held):
    response = officer.post(ERASE_URL, {"email": "<script>"}, follow=True)
    assert "Enter a valid email address." in response.content.decode()
    assert all(rows_about(ADDRESS).values())


def test_a_get_on_the_erasure_is_refused(officer):
    assert officer.get(ERASE_URL).status_code == 405


def test_staff_without_the_permission_cannot_erase(editor, held):
    assert editor.post(ERASE_URL, {"email": ADDRESS}).status_code == 403
    assert all(rows_about(ADDRESS).values())


@pytest.mark.django_db
def test_erasure_refuses_a_superuser_too():
    UserFactory(email="root@efus.example.org", is_superuser=True)
    with pytest.raises(ErasureRefused):
        erase("root@efus.example.org", None)


@pytest.mark.django_db
def test_two_open_applications_of_one_organisation_are_erased_one_after_the_other():
    JoinApplicationFactory(email="first@torino.example.org", organisation="Città di Torino")
    JoinApplicationFactory(email="second@torino.example.org", organisation="Città di Torino")

    erase("first@torino.example.org", None)
    erase("second@torino.example.org", None)

    assert set(JoinApplication.objects.values_list("email", "organisation")) == {
        ("", "Città di Torino")
    }
