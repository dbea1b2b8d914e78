"""The demo projects: eight projects in six languages, four ongoing and four closed, with
partners, themes and outcomes, and the projects page; building twice changes nothing."""

import datetime

import pytest
from django.conf import settings
from django.utils import timezone

from members.factories import MemberAuthorityFactory
from members.models import MemberAuthority
from projects.demo import build_demo_projects
from projects.demo.builder import member_slugs
from projects.models import ProjectIndexPage, ProjectPage, ProjectPartner
from publications.factories import PublicationFactory
from tests.projects.conftest import path_of
from themes.demo.builder import upsert_themes

LANGUAGE_CODES = [code for code, _name in settings.LANGUAGES]


def snapshot() -> dict:
    return {
        "projects": dict(ProjectPage.objects.values_list("acronym", "pk")),
        "partners": ProjectPartner.objects.count(),
        "themes": ProjectPage.themes.through.objects.count(),
        "outcomes": ProjectPage.outcomes.through.objects.count(),
    }


@pytest.fixture
def demo(site_tree):
    """The demo projects on the site tree, with the demo themes, the members they name and
    one report on nightlife published while SAFE-NIGHTS runs."""
    themes = upsert_themes()
    existing = set(MemberAuthority.objects.values_list("slug", flat=True))
    for slug in member_slugs() - existing:
        MemberAuthorityFactory(name=slug.replace("-", " ").title(), slug=slug)
    last_year = timezone.localdate().year - 1
    PublicationFactory(
        slug="nightlife-report",
        themes=[themes["nightlife"]],
        published_on=datetime.date(last_year, 6, 1),
    )
    build_demo_projects(site_tree.home)
    return site_tree


def test_the_demo_has_eight_projects_in_six_languages(demo, client):
    projects = ProjectPage.objects.live().order_by("acronym")

    assert projects.count() == 8
    assert sorted(project.status for project in projects).count("ongoing") == 4
    for project in projects:
        for code in LANGUAGE_CODES:
            assert getattr(project, f"title_{code}"), (project.acronym, code)
            assert getattr(project, f"body_{code}"), (project.acronym, code)
        assert project.eu_contribution <= project.budget
        assert project.start_date < project.end_date
        assert project.themes.exists()
        assert project.coordinator is not None
    for code in ("en", "fr"):
        for page in (*projects, ProjectIndexPage.objects.get()):
            assert client.get(path_of(page, code)).status_code == 200, (page, code)


def test_the_demo_projects_page_has_translated_addresses_and_is_in_the_menu(demo):
    index = ProjectIndexPage.objects.get()

    assert (index.slug_en, index.slug_fr, index.slug_de) == ("projects", "projets", "projekte")
    assert index.show_in_menus


def test_demo_partners_are_members_when_the_demo_has_them(demo, client):
    safe_nights = ProjectPage.objects.get(acronym="SAFE-NIGHTS")
    partners = {partner.shown_name: partner for partner in safe_nights.partner_list}

    assert partners["European Forum for Urban Security (Efus)"].is_coordinator
    assert partners["Lyon"].authority is not None  # the site tree's Lyon
    assert partners["Nightlife Safety Institute"].country == "NL"
    assert [publication.slug for publication in safe_nights.outcomes.all()] == ["nightlife-report"]
    html = client.get(path_of(safe_nights)).content.decode()
    assert f'<a href="{path_of(demo.members)}lyon/">Lyon</a>' in html


@pytest.mark.parametrize(
    ("language", "coordinator"),
    [
        ("en", "European Forum for Urban Security (Efus)"),
        ("fr", "Forum européen pour la sécurité urbaine (Efus)"),
        ("de", "Europäisches Forum für urbane Sicherheit (Efus)"),
    ],
)
def test_efus_as_coordinator_is_named_in_the_visitors_language(demo, client, language, coordinator):
    safe_nights = ProjectPage.objects.get(acronym="SAFE-NIGHTS")
    html = client.get(path_of(safe_nights, language)).content.decode()
    facts = html[html.index("<dl") : html.index("</dl>")]
    assert f"<span>{coordinator}</span>" in facts, facts
    # a partner named in one language only is shown in it, marked as English where it stands in
    assert '<span lang="en">Nightlife Safety Institute</span>' in html or language == "en"


def test_building_the_demo_again_changes_nothing(demo):
    before = snapshot()

    build_demo_projects(demo.home)

    assert snapshot() == before
