"""Staff see in the admin only what their role's permissions allow: every report, export,
chooser, listing and API of the admin, asked by a role meant for event registrations and by
an editor of one section of the site, refuses them or answers with their rows alone."""

import pytest
from django.contrib.auth.models import Group, Permission
from django.core.files.base import ContentFile
from wagtail.documents import get_document_model
from wagtail.models import GroupPagePermission

from events.factories import EventIndexPageFactory, EventPageFactory, RegistrationFactory
from members.factories import JoinApplicationFactory, MemberAuthorityFactory, UserFactory
from news.factories import SubscriberFactory
from pages.factories import ContactPageFactory, ImageFactory
from publications.factories import PublicationFactory
from publications.models import Download
from tests.publications.readers import events_group

# What no role below may read: each object's name as the admin would show it.
SECRETS = {
    "draft": "Unannounced merger plan",
    "section draft": "Draft about our statutes",
    "publication": "Confidential audit of Secretville",
    "document": "Secret annex",
    "image": "Secret site visit photo",
    "member": "Secretville-sur-Mer",
    "application": "Town of Hidden Applicants",
    "subscriber": "hidden.reader@example.org",
    "registration": "Hidden Guest",
}
SNIPPETS = [
    "events/registration",
    "members/joinapplication",
    "members/memberauthority",
    "members/nationalforum",
    "news/subscriber",
    "publications/publication",
    "themes/theme",
]
ADMIN_URLS = [
    "/admin/reports/translations/",
    "/admin/reports/translations/results/",
    "/admin/reports/translations/?export=csv",
    "/admin/reports/translations/?export=xlsx",
    "/admin/reports/downloads/",
    "/admin/reports/downloads/?export=csv",
    "/admin/reports/downloads/authority/?export=csv",
    "/admin/reports/downloads/month/",
    "/admin/reports/site-history/",
    "/admin/reports/aging-pages/",
    "/admin/reports/locked/",
    "/admin/reports/page-types-usage/",
    "/admin/reports/workflow/",
    "/admin/searchpicks/",
    "/admin/searchpicks/reports/search-terms/",
    "/admin/api/main/documents/",
    "/admin/api/main/images/",
    "/admin/api/main/pages/",
    "/admin/api/main/pages/?search=Unannounced",
    "/admin/documents/",
    "/admin/documents/chooser/",
    "/admin/documents/chooser/results/?q=Secret",
    "/admin/images/",
    "/admin/images/chooser/",
    "/admin/images/chooser/results/?q=Secret",
    "/admin/pages/",
    "/admin/pages/search/?q=Unannounced",
    "/admin/members/accounts/",
    "/admin/members/import/",
    "/admin/personal-data/",
    "/admin/users/",
    "/admin/groups/",
    "/admin/forms/",
    "/admin/redirects/",
    "/admin/sites/",
    "/admin/collections/",
    *(f"/admin/snippets/{snippet}/" for snippet in SNIPPETS),
    *(f"/admin/snippets/{snippet}/?export=csv" for snippet in SNIPPETS),
    *(f"/admin/snippets/choose/{snippet}/" for snippet in SNIPPETS),
    *(f"/admin/snippets/choose/{snippet}/results/?q=e" for snippet in SNIPPETS),
]


@pytest.fixture
def secrets(site_tree):
    """One of everything the admin holds, named after ``SECRETS``."""
    for parent, name in ((site_tree.home, "draft"), (site_tree.about, "section draft")):
        parent.add_child(instance=ContactPageFactory.build(name=SECRETS[name], live=False))
    publication = PublicationFactory(
        title=SECRETS["publication"], access="members", languages=["en"]
    )
    Download.objects.create(publication=publication, language="en")
    get_document_model().objects.create(
        title=SECRETS["document"], file=ContentFile(b"%PDF-1.4 annex", name="annex.pdf")
    )
    ImageFactory(title=SECRETS["image"])
    MemberAuthorityFactory(name=SECRETS["member"])
    JoinApplicationFactory(organisation=SECRETS["application"])
    SubscriberFactory(email=SECRETS["subscriber"])
    events = EventIndexPageFactory(parent=site_tree.home)
    event = EventPageFactory(parent=events)
    RegistrationFactory(event=event, name=SECRETS["registration"])
    return SECRETS


@pytest.fixture
def events_staff(client, db):
    """A role meant only for event registrations: the admin and the registrations."""
    user = UserFactory(email="registrations@efus.eu")
    user.groups.add(events_group())
    client.force_login(user)
    return user


@pytest.fixture
def section_editor(client, site_tree):
    """An editor of the About section alone: its pages, nothing else of the admin."""
    group = Group.objects.create(name="About section")
    group.permissions.add(Permission.objects.get(codename="access_admin"))
    for codename in ("add_page", "change_page", "publish_page"):
        GroupPagePermission.objects.create(
            group=group, page=site_tree.about, permission=Permission.objects.get(codename=codename)
        )
    user = UserFactory(email="about-editor@efus.eu")
    user.groups.add(group)
    client.force_login(user)
    return user


def body_of(response) -> str:
    content = b"".join(response.streaming_content) if response.streaming else response.content
    return content.decode(errors="replace")


def shown(response, secrets: dict) -> list[str]:
    """The secrets a response gives away: none when it refuses (a redirect, 403 or 404)."""
    if response.status_code in (302, 403, 404):
        return []
    assert response.status_code == 200, response.status_code
    text = body_of(response)
    return [name for name, secret in secrets.items() if secret in text]


@pytest.mark.parametrize("url", ADMIN_URLS)
def test_a_role_for_event_registrations_reads_nothing_else(client, secrets, events_staff, url):
    others = {name: secret for name, secret in secrets.items() if name != "registration"}
    assert shown(client.get(url), others) == []


def test_a_role_for_event_registrations_reads_the_registrations(client, secrets, events_staff):
    for url in (
        "/admin/snippets/events/registration/",
        "/admin/snippets/choose/events/registration/",
    ):
        assert shown(client.get(url), secrets) == ["registration"], url


@pytest.mark.parametrize("url", ADMIN_URLS)
def test_an_editor_of_one_section_reads_that_section_alone(client, secrets, section_editor, url):
    others = {name: secret for name, secret in secrets.items() if name != "section draft"}
    assert shown(client.get(url), others) == []


def test_the_translations_report_lists_what_the_editor_may_edit(client, secrets, section_editor):
    response = client.get("/admin/reports/translations/?export=csv")
    text = body_of(response)
    assert response.status_code == 200
    assert secrets["section draft"] in text and "About EN" in text
    assert "Efus EN" not in text  # the home page, outside the section
    assert "Lyon" not in text and secrets["member"] not in text


def test_the_reports_menu_shows_a_report_only_to_those_who_may_open_it(
    client, secrets, events_staff
):
    dashboard = body_of(client.get("/admin/"))
    assert "/admin/reports/translations/" not in dashboard
    assert "/admin/reports/downloads/" not in dashboard
