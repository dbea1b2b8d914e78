"""Staff manage members, national forums and applications to join in the Wagtail admin."""

import csv
import io

import pytest
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Permission
from django.urls import NoReverseMatch, reverse

from members import importing
from members.factories import (
    JoinApplicationFactory,
    MemberAuthorityFactory,
    NationalForumFactory,
)
from members.models import JoinApplication, MemberAuthority


def snippet_url(model_name: str, view: str, *args) -> str:
    return reverse(f"wagtailsnippets_members_{model_name}:{view}", args=args)


MEMBERS_URL = "/admin/snippets/members/memberauthority/"
IMPORT_URL = "/admin/members/import/"


@pytest.fixture
def members(db):
    forum = NationalForumFactory(country="IT")
    return {
        "torino": MemberAuthorityFactory(
            name="Città di Torino",
            city="Torino",
            country="IT",
            national_forum=forum,
            committee_role=MemberAuthority.CommitteeRole.PRESIDENT,
        ),
        "lyon": MemberAuthorityFactory(name="Ville de Lyon", city="Lyon", country="FR"),
        "porto": MemberAuthorityFactory(
            name="Câmara do Porto",
            city="Porto",
            country="PT",
            kind=MemberAuthority.Kind.REGIONAL,
            status=MemberAuthority.Status.FORMER,
        ),
    }


def listed_names(response) -> set[str]:
    return {str(item) for item in response.context["object_list"]}


def test_the_three_listings_answer(admin_client, members):
    JoinApplicationFactory()
    for model_name in ("memberauthority", "nationalforum", "joinapplication"):
        response = admin_client.get(snippet_url(model_name, "list"))
        assert response.status_code == 200, model_name


def test_the_members_listing_shows_its_columns(admin_client, members):
    html = admin_client.get(MEMBERS_URL).content.decode()

    for text in ("Città di Torino", "Torino", "Italy", "Local authority", "Active", "President"):
        assert text in html
    assert f'href="{IMPORT_URL}"' in html
    assert listed_names(admin_client.get(MEMBERS_URL)) == {
        "Città di Torino",
        "Ville de Lyon",
        "Câmara do Porto",
    }


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        ("country=IT", {"Città di Torino"}),
        ("kind=regional", {"Câmara do Porto"}),
        ("status=former", {"Câmara do Porto"}),
        ("committee_role=president", {"Città di Torino"}),
        ("q=torino", {"Città di Torino"}),
        ("q=Lyon", {"Ville de Lyon"}),
    ],
)
def test_the_members_listing_filters_and_searches(admin_client, members, query, expected):
    response = admin_client.get(f"{MEMBERS_URL}?{query}")

    assert response.status_code == 200
    assert listed_names(response) == expected


def test_the_members_listing_filters_by_national_forum(admin_client, members):
    forum = members["torino"].national_forum

    response = admin_client.get(f"{MEMBERS_URL}?national_forum={forum.pk}")

    assert listed_names(response) == {"Città di Torino"}


@pytest.mark.parametrize("query", ["country=ZZ", "kind=<script>", "national_forum=abc", "q=%00"])
def test_garbage_filters_do_not_break_the_listing(admin_client, members, query):
    assert admin_client.get(f"{MEMBERS_URL}?{query}").status_code in (200, 400)


def member_form_data(member: MemberAuthority, **changes) -> dict:
    data = {
        "name": member.name,
        "slug": member.slug,
        "kind": member.kind,
        "status": member.status,
        "member_since": member.member_since or "",
        "country": member.country.code,
        "city_en": member.city,
        "latitude": member.latitude or "",
        "longitude": member.longitude or "",
        "population": member.population or "",
        "website": member.website,
        "logo": "",
        "national_forum": member.national_forum_id or "",
        "committee_role": member.committee_role,
        "committee_since": member.committee_since or "",
    }
    for code in ("en", "fr", "de", "it", "es", "pt"):
        data[f"description_{code}"] = getattr(member, f"description_{code}") or ""
    data.update(changes)
    return data


def test_the_member_edit_form_saves_a_french_description(admin_client, members):
    member = members["lyon"]
    edit_url = snippet_url("memberauthority", "edit", member.pk)
    html = admin_client.get(edit_url).content.decode()
    for code in ("en", "fr", "de", "it", "es", "pt"):
        assert f'name="description_{code}"' in html

    response = admin_client.post(
        edit_url, member_form_data(member, description_fr="Une ville sur le Rhône.")
    )

    assert response.status_code == 302, response.content.decode()[:3000]
    member.refresh_from_db()
    assert member.description_fr == "Une ville sur le Rhône."
    assert member.description_en == "About Ville de Lyon [en]"


def test_the_members_export_is_a_csv_with_the_import_columns(admin_client, members):
    response = admin_client.get(f"{MEMBERS_URL}?export=csv&country=IT")

    assert response.status_code == 200
    assert response["Content-Type"].startswith("text/csv")
    assert 'filename="members.csv"' in response["Content-Disposition"]
    rows = list(csv.DictReader(io.StringIO(b"".join(response.streaming_content).decode())))
    assert len(rows) == 1
    assert rows[0]["slug"] == members["torino"].slug
    assert rows[0]["country"] == "IT"
    assert rows[0]["national_forum"] == "IT"
    assert rows[0]["committee_role"] == "president"
    assert rows[0]["description_fr"] == "About Città di Torino [fr]"
    assert rows[0]["description_de"] == ""


def test_an_export_imports_back_unchanged(admin_client, members):
    response = admin_client.get(f"{MEMBERS_URL}?export=csv")

    preview = importing.preview(b"".join(response.streaming_content), "members.csv")

    assert preview.errors == preview.new == preview.changed == []
    assert len(preview.unchanged) == 3


def test_the_forum_listing_counts_members(admin_client, members):
    NationalForumFactory(country="ES")

    response = admin_client.get(snippet_url("nationalforum", "list"))

    counts = {forum.country.code: forum.member_count for forum in response.context["object_list"]}
    assert counts == {"IT": 1, "ES": 0}


def test_applications_have_no_add_view(admin_client, db):
    JoinApplicationFactory()

    with pytest.raises(NoReverseMatch):
        snippet_url("joinapplication", "add")
    add_url = "/admin/snippets/members/joinapplication/add/"
    assert admin_client.get(add_url, follow=True).status_code == 404
    html = admin_client.get(snippet_url("joinapplication", "list")).content.decode()
    assert "/joinapplication/add/" not in html


def test_applications_are_listed_newest_first_and_filtered_by_status(admin_client, db):
    older = JoinApplicationFactory(organisation="Older town")
    newer = JoinApplicationFactory(organisation="Newer town", status="review")
    a_year_before = newer.submitted_at.replace(year=newer.submitted_at.year - 1)
    JoinApplication.objects.filter(pk=older.pk).update(submitted_at=a_year_before)
    listing = snippet_url("joinapplication", "list")

    names = [str(item) for item in admin_client.get(listing).context["object_list"]]
    in_review = admin_client.get(f"{listing}?status=review").context["object_list"]

    assert names == ["Newer town", "Older town"]
    assert [str(item) for item in in_review] == ["Newer town"]


def test_staff_change_only_the_status_of_an_application(admin_client, db):
    application = JoinApplicationFactory(organisation="Town of Asti")
    edit_url = snippet_url("joinapplication", "edit", application.pk)

    response = admin_client.post(
        edit_url, {"status": "accepted", "organisation": "Renamed", "email": "x@example.org"}
    )

    assert response.status_code == 302, response.content.decode()[:3000]
    application.refresh_from_db()
    assert application.status == JoinApplication.Status.ACCEPTED
    assert application.organisation == "Town of Asti"
    assert application.email.endswith("@applicant.example.org")


@pytest.fixture
def staff_client(client, db):
    user = get_user_model().objects.create_user("staff", "staff@example.org", "pw", is_staff=True)
    user.user_permissions.add(Permission.objects.get(codename="access_admin"))
    client.force_login(user)
    return client, user


def test_staff_without_member_permissions_cannot_import(staff_client):
    client, _user = staff_client

    forbidden = client.get(IMPORT_URL)
    assert forbidden.status_code == 403
    assert "You do not have permission to import members." in forbidden.content.decode()
    assert client.get(f"{IMPORT_URL}preview/").status_code == 403
    assert client.post(IMPORT_URL, {}).status_code == 403


def test_staff_with_member_permissions_can_import(staff_client):
    client, user = staff_client
    for codename in ("add_memberauthority", "change_memberauthority"):
        user.user_permissions.add(Permission.objects.get(codename=codename))

    assert client.get(IMPORT_URL).status_code == 200
    assert f'href="{IMPORT_URL}"' in client.get(MEMBERS_URL).content.decode()


@pytest.mark.parametrize(
    "path",
    [
        IMPORT_URL,
        f"{IMPORT_URL}preview/",
        MEMBERS_URL,
        "/admin/snippets/members/joinapplication/",
        f"{MEMBERS_URL}?export=csv",
    ],
)
def test_visitors_who_are_not_signed_in_are_sent_to_the_sign_in_page(client, members, path):
    response = client.get(path)
    assert response.status_code == 302
    assert response["Location"].startswith("/admin/login/")
    upload = client.post(IMPORT_URL, {"file": io.BytesIO(b"slug,name\n")})
    assert upload.status_code in (302, 403)
    assert not MemberAuthority.objects.filter(slug="slug").exists()
