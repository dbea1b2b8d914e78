"""The demo site's pages as the quality gates visit them: one page of every type."""

from urllib.parse import urlencode, urlsplit

from django.urls import reverse
from django.utils import translation

from events.models import EventIndexPage, EventPage
from groups.models import GroupIndexPage, WorkingGroup
from members.models import JoinPage, MemberAuthority, MemberDirectoryPage
from news.models import NewsArticlePage, NewsIndexPage, NewsletterPage
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
from practices.models import PracticeLibraryPage
from privacy.models import PrivacyPage
from projects.models import ProjectIndexPage, ProjectPage
from publications.models import LibraryPage, Publication
from themes.models import Theme, ThemeIndexPage

# A search that no demo publication matches, in any language.
NOTHING_FOUND = "zyxwvut"
# A word of the demo's own text in every language: the site search finds pages with it.
FOUND_EVERYWHERE = "Efus"

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
    "library": LibraryPage,
    "news": NewsIndexPage,
    "newsletter": NewsletterPage,
    "events": EventIndexPage,
    "projects": ProjectIndexPage,
    "themes": ThemeIndexPage,
    "practices": PracticeLibraryPage,
    "privacy": PrivacyPage,
    "groups": GroupIndexPage,
}
# A demo practice written in Italian and translated into English only: in the other languages
# its page shows the original text with a notice.
DEMO_PRACTICE = "night-mediation-turin"


def demo_pages() -> dict:
    """The page of each type that ``manage.py load_demo`` built, by short name."""
    return {name: model.objects.get() for name, model in PAGE_TYPES.items()}


def demo_paths(language: str) -> dict:
    """The address in ``language`` of every page type, of the sub-pages the member directory,
    the library, the events and the themes route (a member's profile and the directory with a
    place chosen on its map; the library filtered and searched, a public and a members-only
    publication; past events; a theme; the practices filtered and a practice whose text is
    in Italian and English only), of a news article, an event taking registrations and a
    project, of the site search (with results and without) and of the sign-in and password
    reset pages, by short name."""
    pages = demo_pages()
    paths = {name: path_in(page, language) for name, page in pages.items()}
    member = MemberAuthority.objects.active().order_by("slug").first()
    paths["member profile"] = f"{paths['members']}{member.slug}/"
    paths["members, a place chosen"] = (
        f"{paths['members']}?{urlencode({'country': 'IT', 'city': 'Florence'})}"
    )
    library = paths["library"]
    theme = Theme.objects.order_by("slug").first()
    paths["library filtered"] = (
        f"{library}?{urlencode({'theme': theme.slug, 'language': language})}"
    )
    paths["library, nothing found"] = f"{library}?{urlencode({'q': NOTHING_FOUND})}"
    paths["public publication"] = publication_path(pages["library"], public_publication(), language)
    paths["members-only publication"] = publication_path(
        pages["library"], members_only_publication(), language
    )
    paths["news article"] = path_in(latest_news_article(), language)
    paths["event"] = path_in(event_with_registration_open(), language)
    paths["past events"] = paths["events"] + pages["events"].reverse_subpage("past")
    paths["project"] = path_in(ProjectPage.objects.live().order_by("path").first(), language)
    paths["theme"] = paths["themes"] + pages["themes"].reverse_subpage("theme", args=[theme.slug])
    paths["practices filtered"] = (
        f"{paths['practices']}?{urlencode({'theme': theme.slug, 'evidence': 'evaluated'})}"
    )
    paths["practice"] = practice_path(pages["practices"], DEMO_PRACTICE, language)
    group = WorkingGroup.objects.order_by("slug").first()
    paths["group"] = paths["groups"] + pages["groups"].reverse_subpage("group", args=[group.slug])
    with translation.override(language):
        search = reverse("search")
        paths["search"] = f"{search}?{urlencode({'q': FOUND_EVERYWHERE})}"
        paths["search, nothing found"] = f"{search}?{urlencode({'q': NOTHING_FOUND})}"
        paths["sign-in"] = reverse("account_login")
        paths["password reset"] = reverse("account_password_reset")
    return paths


def latest_news_article() -> NewsArticlePage:
    return NewsArticlePage.objects.live().order_by("-date", "-pk").first()


def event_with_registration_open() -> EventPage:
    """The next demo event that takes registrations: its page shows the form."""
    return EventPage.objects.live().upcoming().filter(registration_open=True).first()


def public_publication() -> Publication:
    """The first public demo publication (by slug) with a file."""
    return Publication.objects.public().filter(files__isnull=False).order_by("slug").first()


def members_only_publication() -> Publication:
    """The first members-only demo publication (by slug) with a file."""
    return Publication.objects.members_only().filter(files__isnull=False).order_by("slug").first()


def publication_path(library: LibraryPage, publication: Publication, language: str) -> str:
    return path_in(library, language) + library.reverse_subpage("detail", args=[publication.slug])


def practice_path(practices: PracticeLibraryPage, slug: str, language: str) -> str:
    return path_in(practices, language) + practices.reverse_subpage("detail", args=[slug])


def path_in(page, language: str) -> str:
    """The page's address in ``language``, without the host: for the live server as for the
    test client."""
    return urlsplit(page.url_in(language)).path


def not_found_path(language: str) -> str:
    return f"/{language}/no-such-page-here/"
