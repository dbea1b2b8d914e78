"""Staff see the newsletter's subscribers in the admin, filter and export them, and may delete
one; nobody adds or changes one there. Visitors and members see nothing of it."""

import csv
import io
import re

import pytest
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.urls import NoReverseMatch, reverse
from django.utils import translation
from wagtail.users.models import UserProfile

from events.models import Registration
from members.factories import MemberAccountFactory
from news.factories import SubscriberFactory
from news.models import Subscriber

LIST_URL = "/admin/snippets/news/subscriber/"


@pytest.fixture
def subscribers(db):
    return [
        SubscriberFactory(email="ana@lisboa.example.org", language="pt", confirmed=True),
        SubscriberFactory(email="jean@lyon.example.org", language="fr", confirmed=True),
        SubscriberFactory(email="pending@example.org", language="fr"),
    ]


@pytest.fixture
def editor(client, db):
    """A member of Wagtail's Editors group, signed in."""
    user = get_user_model().objects.create_user("editor", "editor@efus.eu", "pw")
    user.groups.add(Group.objects.get(name="Editors"))
    client.force_login(user)
    return client


def listed(response) -> set[str]:
    return {str(item) for item in response.context["object_list"]}


def test_staff_list_the_subscribers(editor, subscribers):
    response = editor.get(LIST_URL)
    assert response.status_code == 200
    assert listed(response) == {subscriber.email for subscriber in subscribers}


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        ("confirmed=true", {"ana@lisboa.example.org", "jean@lyon.example.org"}),
        ("confirmed=false", {"pending@example.org"}),
        ("language=fr", {"jean@lyon.example.org", "pending@example.org"}),
        ("language=fr&confirmed=true", {"jean@lyon.example.org"}),
        ("q=lisboa", {"ana@lisboa.example.org"}),
    ],
)
def test_staff_filter_the_subscribers(editor, subscribers, query, expected):
    assert listed(editor.get(f"{LIST_URL}?{query}")) == expected


@pytest.mark.parametrize("query", ["confirmed=maybe", "language=<script>", "q=%00", "p=abc"])
def test_garbage_filters_do_not_break_the_list(editor, subscribers, query):
    assert editor.get(f"{LIST_URL}?{query}").status_code in (200, 400, 404)


def test_in_french_a_subscriber_is_confirme_and_a_registration_confirmee(editor, subscribers):
    profile = UserProfile.get_for_user(get_user_model().objects.get(username="editor"))
    profile.preferred_language = "fr"
    profile.save()

    html = editor.get(LIST_URL).content.decode()

    assert re.search(r'<label [^>]*for="id_confirmed"[^>]*>\s*Confirmé\s*</label>', html)
    with translation.override("fr"):
        assert Registration.Status.CONFIRMED.label == "Confirmée"


def test_staff_export_the_confirmed_subscribers_as_csv(editor, subscribers):
    response = editor.get(f"{LIST_URL}?confirmed=true&export=csv")
    assert response.status_code == 200
    assert response["Content-Type"].startswith("text/csv")
    assert 'filename="newsletter-subscribers.csv"' in response["Content-Disposition"]
    content = b"".join(response.streaming_content).decode()
    rows = list(csv.DictReader(io.StringIO(content)))
    assert list(rows[0]) == ["email", "language", "subscribed_at", "confirmed_at"]
    assert {(row["email"], row["language"]) for row in rows} == {
        ("ana@lisboa.example.org", "pt"),
        ("jean@lyon.example.org", "fr"),
    }


def test_staff_delete_a_subscriber_but_never_add_or_change_one(editor, subscribers):
    subscriber = subscribers[2]
    html = editor.get(LIST_URL).content.decode()
    assert "/admin/snippets/news/subscriber/add/" not in html
    assert f"/admin/snippets/news/subscriber/edit/{subscriber.pk}/" not in html
    assert editor.get(f"{LIST_URL}add/").status_code in (302, 403, 404)
    assert editor.get(f"{LIST_URL}edit/{subscriber.pk}/").status_code in (302, 403, 404)
    delete_url = reverse("wagtailsnippets_news_subscriber:delete", args=[subscriber.pk])
    assert editor.post(delete_url).status_code == 302
    assert not Subscriber.objects.filter(pk=subscriber.pk).exists()


def test_superusers_cannot_add_subscribers_either(admin_client, subscribers):
    assert admin_client.get(LIST_URL).status_code == 200
    assert admin_client.get(f"{LIST_URL}add/").status_code in (302, 403, 404)
    with pytest.raises(NoReverseMatch):
        reverse("wagtailsnippets_news_subscriber:copy", args=[subscribers[0].pk])


@pytest.mark.parametrize("who", ["anonymous", "member"])
def test_visitors_and_members_see_no_subscriber(client, subscribers, who):
    if who == "member":
        client.force_login(MemberAccountFactory().user)
    for url in (LIST_URL, f"{LIST_URL}?export=csv"):
        response = client.get(url)
        assert response.status_code in (302, 403), url
        assert b"lisboa" not in response.content
