"""The projects page and a few projects under the site tree's home page: one ongoing and
coordinated by a member authority, one closed; partners that are members, a former member
and other organisations; themes and outcomes."""

import datetime
from dataclasses import dataclass

import pytest
from django.utils import timezone

from members.factories import MemberAuthorityFactory
from members.models import MemberAuthority
from pages.bulk import add_live_children
from projects.factories import ProjectIndexPageFactory, ProjectPageFactory, ProjectPartnerFactory
from projects.models import ProjectPage, ProjectPartner
from publications.factories import PublicationFactory
from themes.factories import ThemeFactory, ThemeIndexPageFactory

Role = ProjectPartner.Role


@dataclass
class Projects:
    index: object
    themes_page: object
    ongoing: ProjectPage
    closed: ProjectPage
    nightlife: object
    drugs: object
    lyon: MemberAuthority
    former: MemberAuthority
    outcome: object


@pytest.fixture
def projects(site_tree) -> Projects:
    return build_projects(site_tree)


def build_projects(site_tree) -> Projects:
    index = ProjectIndexPageFactory(parent=site_tree.home)
    themes_page = ThemeIndexPageFactory(parent=site_tree.home)
    nightlife, drugs = ThemeFactory(slug="nightlife"), ThemeFactory(slug="drugs")
    outcome = PublicationFactory(slug="safer-nights-guide", themes=[nightlife])
    today = timezone.localdate()
    ongoing = ProjectPageFactory(
        parent=index,
        name="Safer nights",
        acronym="NIGHTS",
        budget=1_250_000,
        eu_contribution=1_000_000,
        website="https://nights.example.org",
        themes=[nightlife],
        outcomes=[outcome],
    )
    closed = ProjectPageFactory(
        parent=index,
        name="Drug prevention",
        acronym="PREVDRUG",
        programme=ProjectPage.Programme.HORIZON_2020,
        start_date=today - datetime.timedelta(days=1500),
        end_date=today - datetime.timedelta(days=400),
        themes=[drugs],
    )
    lyon = MemberAuthority.objects.get(slug="lyon")
    former = MemberAuthorityFactory(name="Oldtown", status=MemberAuthority.Status.FORMER)
    ProjectPartnerFactory(project=ongoing, authority=lyon, name="", role=Role.COORDINATOR)
    ProjectPartnerFactory(project=ongoing, authority=former, name="")
    ProjectPartnerFactory(project=ongoing, name="Université de Liège", country="BE")
    ProjectPartnerFactory(project=closed, name="Efus", country="FR", role=Role.COORDINATOR)
    return Projects(index, themes_page, ongoing, closed, nightlife, drugs, lyon, former, outcome)


def path_of(page, language: str = "en") -> str:
    """The page's address in ``language``, without the host."""
    return page.url_in(language).removeprefix("http://localhost")


def add_bulk_projects(index, count: int, themes: list, authority: MemberAuthority) -> None:
    """``count`` live projects under ``index`` in a few statements, half of them closed, each
    on one of ``themes``, coordinated by ``authority`` with one other partner."""
    today = timezone.localdate()
    first = ProjectPage.objects.count()
    programmes = list(ProjectPage.Programme.values)
    pages = []
    for number in range(first, first + count):
        ends = today + datetime.timedelta(days=number % 1000 - 500)
        pages.append(
            ProjectPage(
                title=f"Bulk project {number}",
                slug=f"bulk-project-{number}",
                title_en=f"Bulk project {number}",
                slug_en=f"bulk-project-{number}",
                title_fr=f"Projet en nombre {number}",
                slug_fr=f"projet-en-nombre-{number}",
                acronym=f"BULK{number}",
                programme=programmes[number % len(programmes)],
                start_date=ends - datetime.timedelta(days=900),
                end_date=ends,
                budget=2_000_000,
                eu_contribution=1_500_000,
            )
        )
    add_live_children(index, pages)
    ProjectPartner.objects.bulk_create(
        partner
        for page in pages
        for partner in (
            ProjectPartner(project=page, authority=authority, role=Role.COORDINATOR, sort_order=0),
            ProjectPartner(project=page, name="Bulk partner", country="PT", sort_order=1),
        )
    )
    links = ProjectPage.themes.through
    links.objects.bulk_create(
        links(projectpage_id=page.pk, theme_id=themes[number % len(themes)].pk)
        for number, page in enumerate(pages)
    )
