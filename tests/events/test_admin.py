"""Registrations in the Wagtail admin: listed, filtered by event and status, exported as CSV
and Excel for staff; refused to others; no registration is added there. An event's admin
pages link to its registrations."""

import csv
import io

import pytest
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group, Permission
from django.urls import NoReverseMatch, reverse
from openpyxl import load_workbook

from events.factories import EventPageFactory, RegistrationFactory
from events.models import Registration

LIST_URL = "/admin/snippets/events/registration/"


@pytest.fixture
def registrations(events_index):
    summit = EventPageFactory(parent=events_index, name="Summit")
    visit = EventPageFactory(parent=events_index, name="Visit")
    return {
        "anna": RegistrationFactory(event=summit, name="Anna", email="anna@x.org"),
        "bruno": RegistrationFactory(event=summit, name="Bruno", status="waiting"),
        "carla": RegistrationFactory(event=visit, name="Carla", status="cancelled"),
        "summit": summit,
        "visit": visit,
    }


def names(response) -> list[str]:
    return sorted(registration.name for registration in response.context["object_list"])


def test_staff_list_registrations_filtered_by_event_and_status(admin_client, registrations):
    assert names(admin_client.get(LIST_URL)) == ["Anna", "Bruno", "Carla"]
    summit = registrations["summit"].pk
    assert names(admin_client.get(f"{LIST_URL}?event={summit}")) == ["Anna", "Bruno"]
    assert names(admin_client.get(f"{LIST_URL}?event={summit}&status=waiting")) == ["Bruno"]
    assert names(admin_client.get(f"{LIST_URL}?status=cancelled")) == ["Carla"]
    assert names(admin_client.get(f"{LIST_URL}?event=abc&status=nope")) == [
        "Anna",
        "Bruno",
        "Carla",
    ]


def test_the_export_is_a_csv_of_the_filtered_registrations(admin_client, registrations):
    summit = registrations["summit"].pk
    response = admin_client.get(f"{LIST_URL}?export=csv&event={summit}")
    assert response.status_code == 200
    assert response["Content-Type"].startswith("text/csv")
    assert 'filename="event-registrations.csv"' in response["Content-Disposition"]
    rows = list(csv.DictReader(io.StringIO(b"".join(response.streaming_content).decode())))
    assert sorted(row["name"] for row in rows) == ["Anna", "Bruno"]
    anna = next(row for row in rows if row["name"] == "Anna")
    assert anna["email"] == "anna@x.org"
    assert anna["event"] == "Summit EN"
    assert anna["status"] == "confirmed"


def test_the_export_is_an_excel_workbook_too(admin_client, registrations):
    response = admin_client.get(f"{LIST_URL}?export=xlsx")
    assert response.status_code == 200
    assert 'filename="event-registrations.xlsx"' in response["Content-Disposition"]
    workbook = load_workbook(io.BytesIO(b"".join(response.streaming_content)))
    rows = list(workbook.active.values)
    assert rows[0][:3] == ("event", "name", "organisation")
    assert len(rows) == 4


def test_no_registration_is_added_in_the_admin(admin_client, registrations):
    with pytest.raises(NoReverseMatch):
        reverse("wagtailsnippets_events_registration:add")
    assert admin_client.get(f"{LIST_URL}add/", follow=True).status_code == 404
    assert f"{LIST_URL}add/" not in admin_client.get(LIST_URL).content.decode()


def test_staff_change_only_the_status(admin_client, registrations):
    bruno = registrations["bruno"]
    edit_url = reverse("wagtailsnippets_events_registration:edit", args=[bruno.pk])
    response = admin_client.post(edit_url, {"status": "confirmed", "email": "evil@x.org"})
    assert response.status_code == 302
    bruno.refresh_from_db()
    assert bruno.status == "confirmed"
    assert bruno.email != "evil@x.org"


def test_an_event_admin_page_links_to_its_registrations(admin_client, registrations):
    summit = registrations["summit"]
    html = admin_client.get(reverse("wagtailadmin_pages:edit", args=[summit.pk])).content.decode()
    assert f"{LIST_URL}?event={summit.pk}" in html
    # Anna confirmed, Bruno waiting; the cancelled one does not count.
    assert "Registrations — confirmed: 1, waiting list: 1" in html
    listing = reverse("wagtailadmin_explore", args=[summit.get_parent().pk])
    assert f"{LIST_URL}?event={summit.pk}" in admin_client.get(listing).content.decode()


def test_staff_without_the_permission_see_no_link_to_registrations(client, registrations):
    summit = registrations["summit"]
    user = get_user_model().objects.create_user("writer", "w@example.org", "pw")
    user.groups.add(Group.objects.get(name="Moderators"))
    moderators = Group.objects.get(name="Moderators")
    moderators.permissions.remove(*moderators.permissions.filter(codename="view_registration"))
    client.force_login(user)
    response = client.get(reverse("wagtailadmin_pages:edit", args=[summit.pk]))
    assert response.status_code == 200
    assert f"{LIST_URL}?event={summit.pk}" not in response.content.decode()


@pytest.fixture
def staff(client, db):
    user = get_user_model().objects.create_user("staff", "staff@example.org", "pw", is_staff=True)
    user.user_permissions.add(Permission.objects.get(codename="access_admin"))
    client.force_login(user)
    return client, user


@pytest.mark.parametrize("path", [LIST_URL, f"{LIST_URL}?export=csv", f"{LIST_URL}?export=xlsx"])
def test_staff_without_the_permission_are_refused(staff, registrations, path):
    client, _user = staff
    response = client.get(path)
    assert response.status_code in (302, 403)
    assert b"anna@x.org" not in b"".join(getattr(response, "streaming_content", [response.content]))


@pytest.mark.parametrize("path", [LIST_URL, f"{LIST_URL}?export=csv"])
def test_visitors_are_sent_to_the_sign_in_page(client, registrations, path):
    response = client.get(path)
    assert response.status_code == 302
    assert response["Location"].startswith("/admin/login/")


def test_the_editors_group_reads_exports_and_changes_registrations(client, registrations):
    editors = Group.objects.get(name="Editors")
    granted = set(
        editors.permissions.filter(content_type__app_label="events").values_list(
            "codename", flat=True
        )
    )
    assert granted == {"view_registration", "change_registration", "delete_registration"}
    user = get_user_model().objects.create_user("editor", "e@example.org", "pw", is_staff=True)
    user.groups.add(editors)
    client.force_login(user)
    assert client.get(LIST_URL).status_code == 200
    assert client.get(f"{LIST_URL}?export=csv").status_code == 200
    assert Registration.objects.count() == 3


def test_staff_open_the_event_editors(admin_client, events_index, registrations):
    add = reverse("wagtailadmin_pages:add", args=["events", "eventpage", events_index.pk])
    edit = reverse("wagtailadmin_pages:edit", args=[registrations["summit"].pk])
    for url in (add, edit):
        html = admin_client.get(url).content.decode()
        for name in ("kind", "starts_at", "time_zone", "registration_open", "capacity"):
            assert f'name="{name}"' in html, name
        assert 'name="venue_fr"' in html
