"""Build (or bring up to date) the demo's European projects: the projects page, eight
projects in six languages with partners among the demo members and a few other
organisations, themes and outcomes among the demo publications.

Every run gives the same pages, matched by their English slug; partners, themes and outcomes
are set anew on each run. A member or theme the demo does not have is left out."""

import datetime
from decimal import Decimal

from django.conf import settings
from django.db import transaction
from django.utils import timezone, translation
from django.utils.text import slugify

from members.models import MemberAuthority
from pages.demo.builder import body_fields, upsert_page
from projects.demo import content
from projects.models import ProjectIndexPage, ProjectPage, ProjectPartner
from themes.models import Theme

# A project's outcomes, built before it (``DEMO_CONTENT_BUILDERS``), reached through its own
# relation.
Publication = ProjectPage._meta.get_field("outcomes").related_model
OUTCOME_COUNT = 2
OUTCOME_KINDS = [
    Publication.Kind.REPORT,
    Publication.Kind.GUIDE,
    Publication.Kind.PRACTICE_SHEET,
    Publication.Kind.PROCEEDINGS,
]
Role = ProjectPartner.Role


def day(today: datetime.date, years: int, month: int, number: int) -> datetime.date:
    return datetime.date(today.year + years, month, number)


def partners(project: dict, members: dict[str, MemberAuthority]) -> list[ProjectPartner]:
    """The coordinator first, then the member authorities, then the other organisations."""
    listed = []
    for role, partner in [
        (Role.COORDINATOR, project["coordinator"]),
        *((Role.PARTNER, slug) for slug in project["members"]),
        *((Role.PARTNER, other) for other in project["others"]),
    ]:
        if isinstance(partner, tuple):
            name, country = partner
            names = name if isinstance(name, dict) else {"en": name}
            in_each_language = {f"name_{code}": text for code, text in names.items()}
            listed.append(ProjectPartner(role=role, country=country, **in_each_language))
        elif partner in members:
            listed.append(ProjectPartner(role=role, authority=members[partner]))
    return listed


def outcomes(theme: Theme | None, start: datetime.date, end: datetime.date) -> list:
    """The newest demo publications on the project's main theme published while it ran."""
    if theme is None:
        return []
    publications = Publication.objects.about_any([theme]).filter(
        kind__in=OUTCOME_KINDS, published_on__range=(start, end)
    )
    return list(publications.newest_first()[:OUTCOME_COUNT])


def build_project(index, project: dict, themes: dict, members: dict, today) -> ProjectPage:
    start = day(today, *project["start"])
    end = day(today, *project["end"])
    slug = slugify(project["acronym"])
    data = {
        "title": project["title"],
        "slug": dict.fromkeys(content.LANGUAGES, slug),
        "intro": project["intro"],
        "search_description": project["intro"],
    }
    project_themes = [themes[slug] for slug in project["themes"] if slug in themes]
    main_theme = themes.get(project["themes"][0])
    return upsert_page(
        index,
        ProjectPage,
        data,
        acronym=project["acronym"],
        programme=project["programme"],
        start_date=start,
        end_date=end,
        budget=Decimal(project["budget"]),
        eu_contribution=Decimal(project["eu_contribution"]),
        website=f"https://www.example.org/{slug}",
        themes=project_themes,
        outcomes=outcomes(main_theme, start, min(end, today)),
        partners=partners(project, members),
        **body_fields(project["body"]),
    )


def member_slugs() -> set[str]:
    """The demo members the projects name, as coordinators or partners."""
    slugs = set()
    for project in content.PROJECTS:
        slugs.update(project["members"])
        if isinstance(project["coordinator"], str):
            slugs.add(project["coordinator"])
    return slugs


@transaction.atomic
def build_demo_projects(home) -> None:
    """The projects page with its eight projects."""
    today = timezone.localdate()
    with translation.override(settings.LANGUAGE_CODE):
        members = {m.slug: m for m in MemberAuthority.objects.filter(slug__in=member_slugs())}
        themes = {theme.slug: theme for theme in Theme.objects.all()}
        index = upsert_page(home, ProjectIndexPage, content.PROJECTS_PAGE)
        for project in content.PROJECTS:
            build_project(index, project, themes, members, today)
