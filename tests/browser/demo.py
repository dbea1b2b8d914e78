"""The demo site's pages as the quality gates visit them: one page of every type."""

from urllib.parse import urlsplit

from members.models import JoinPage, MemberAuthority, MemberDirectoryPage
from pages.models import (
    AboutPage,
    ActivitiesPage,
    ContactPage,
    GovernancePage,
    HomePage,
    InternationalPage,
    ManifestoPage,
    TeamPage,
)

PAGE_TYPES = {
    "home": HomePage,
    "about": AboutPage,
    "governance": GovernancePage,
    "international": InternationalPage,
    "team": TeamPage,
    "activities": ActivitiesPage,
    "manifesto": ManifestoPage,
    "contact": ContactPage,
    "members": MemberDirectoryPage,
    "join": JoinPage,
}


def demo_pages() -> dict:
    """The page of each type that ``manage.py load_demo`` built, by short name."""
    return {name: model.objects.get() for name, model in PAGE_TYPES.items()}


def demo_paths(language: str) -> dict:
    """The address in ``language`` of every page type, and of a member's profile (a sub-page
    the member directory routes), by short name."""
    paths = {name: path_in(page, language) for name, page in demo_pages().items()}
    member = MemberAuthority.objects.active().order_by("slug").first()
    paths["member profile"] = f"{paths['members']}{member.slug}/"
    return paths


def path_in(page, language: str) -> str:
    """The page's address in ``language``, without the host: for the live server as for the
    test client."""
    return urlsplit(page.url_in(language)).path


def not_found_path(language: str) -> str:
    return f"/{language}/no-such-page-here/"
