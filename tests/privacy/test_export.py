"""Staff holding the permission download, as one JSON file, everything the site holds about
an address; nobody else can; the log says it happened without naming the address."""

import json

from wagtail.models import ModelLogEntry

from privacy.models import DataRequest
from tests.privacy.conftest import ADDRESS, OTHER, REQUEST_URL


def download(client, address=ADDRESS):
    return client.post(REQUEST_URL, {"email": address, "action": "export"})


def test_the_form_asks_for_an_address(officer):
    response = officer.get(REQUEST_URL)
    assert response.status_code == 200
    assert 'name="email"' in response.content.decode()


def test_the_export_is_a_json_download_of_every_declared_model(officer, held, other_person):
    response = download(officer, "  Anna.Rossi@Torino.example.org ")

    assert response.status_code == 200
    assert response["Content-Type"] == "application/json; charset=utf-8"
    assert response["Content-Disposition"].startswith('attachment; filename="personal-data-')
    assert "no-store" in response["Cache-Control"]
    document = json.loads(response.content)
    assert document["email"] == ADDRESS
    data = document["data"]
    assert data["members.MemberAccount"] == [
        {
            "authority__name": held.account.authority.name,
            "language": "en",
            "invited_at": None,
            "is_contact": False,
        }
    ]
    assert [row["changes"] for row in data["members.ProfileProposal"]] == [
        {"website": "https://example.org"}
    ]
    assert [row["contact_name"] for row in data["members.JoinApplication"]] == ["Anna Rossi"]
    assert [row["event__title_en"] for row in data["events.Registration"]] == [
        held.registration.event.title_en
    ]
    assert [row["email"] for row in data["news.Subscriber"]] == [ADDRESS]
    assert [row["method"] for row in data["privacy.Consent"]] == ["checkbox"]
    assert [row["email"] for row in data["auth.User"]] == [ADDRESS]
    assert "password" not in data["auth.User"][0]
    assert len(data["axes.AccessLog"]) == 1
    assert OTHER not in response.content.decode()


def test_an_unknown_address_gives_an_empty_export(officer):
    response = download(officer, "nobody@example.org")
    assert response.status_code == 200
    data = json.loads(response.content)["data"]
    assert data and all(rows == [] for rows in data.values())


def test_a_bad_address_is_asked_again(officer):
    response = download(officer, "not an address' OR 1=1 --")
    assert response.status_code == 200
    assert "attachment" not in response.get("Content-Disposition", "")
    assert "Enter a valid email address." in response.content.decode()


def test_the_export_is_logged_without_the_address(officer, held):
    download(officer)
    request = DataRequest.objects.get()
    assert request.kind == "export"
    entry = ModelLogEntry.objects.get(action="privacy.export")
    assert entry.user.email == "dpo@efus.example.org"
    logged = f"{entry.label} {entry.data} {entry.object_id}"
    assert ADDRESS not in logged.lower()
    assert "anna" not in logged.lower()


def test_staff_without_the_permission_are_refused(editor, held):
    assert editor.get(REQUEST_URL).status_code == 403
    assert download(editor).status_code == 403
    assert not DataRequest.objects.exists()


def test_the_admin_menu_shows_the_page_to_those_with_the_permission(officer):
    assert REQUEST_URL in officer.get("/admin/").content.decode()


def test_the_admin_menu_hides_it_from_others(editor):
    assert REQUEST_URL not in editor.get("/admin/").content.decode()


def test_visitors_are_sent_to_sign_in(client):
    response = client.get(REQUEST_URL)
    assert response.status_code == 302
    assert "/admin/login/" in response["Location"]
