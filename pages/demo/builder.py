"""Build (or bring up to date) the demo page tree from ``pages.demo.content``."""

from urllib.parse import urlsplit

from django.conf import settings
from django.db import transaction
from django.utils.text import slugify
from wagtail.models import Page, Site

from pages.demo import content
from pages.demo.images import badge, portrait, save_image, skyline
from pages.models import (
    AboutPage,
    ActivitiesPage,
    Commitment,
    ContactPage,
    GovernancePage,
    HomePage,
    InternationalPage,
    InternationalStatus,
    ManifestoPage,
    Objective,
    Service,
    SiteSettings,
    TeamMember,
    TeamPage,
)

PAGE_FIELDS = ("title", "slug", "intro", "search_description")
SLUG_LENGTH = 90


def translated(field: str, values: dict[str, str]) -> dict[str, str]:
    """``{"en": "x", "fr": "y"}`` → ``{"field_en": "x", "field_fr": "y"}``."""
    return {f"{field}_{language}": value for language, value in values.items()}


def slug_for(title: str, taken: set[str]) -> str:
    """``title`` as a slug, cut between words, made unique among ``taken`` with a number."""
    slug = slugify(title)
    if len(slug) > SLUG_LENGTH:
        slug = slug[:SLUG_LENGTH].rsplit("-", 1)[0]
    unique, number = slug, 2
    while unique in taken:
        unique, number = f"{slug}-{number}", number + 1
    taken.add(unique)
    return unique


def paragraphs(html_by_language: dict[str, str]) -> dict[str, list]:
    return {
        language: [{"type": "paragraph", "value": html}]
        for language, html in html_by_language.items()
    }


def upsert_page(parent: Page, page_class, data: dict, **fields) -> Page:
    """Create the page under ``parent``, or update the one with the same English slug."""
    existing = parent.get_children().filter(slug_en=data["slug"]["en"]).first()
    page = existing.specific if existing else page_class()
    for name in PAGE_FIELDS:
        for attribute, value in translated(name, data[name]).items():
            setattr(page, attribute, value)
    for attribute, value in fields.items():
        setattr(page, attribute, value)
    page.show_in_menus = page_class is not HomePage
    if existing is None:
        parent.add_child(instance=page)
    page.save_revision().publish()
    return page


def hidden_from_menus(page) -> None:
    """A page reached from elsewhere (the footer, a form), not the main menu."""
    if page.show_in_menus:
        page.show_in_menus = False
        page.save_revision().publish()


def body_fields(html_by_language: dict[str, str]) -> dict:
    return translated("body", paragraphs(html_by_language))


def build_home(root: Page) -> HomePage:
    data = content.HOME
    hero = save_image("City skyline at dusk", skyline(1600, 1000, seed=1987), data["hero_alt"])
    home = upsert_page(
        root,
        HomePage,
        data,
        hero_image=hero,
        listing_image=hero,
        founded_year=1987,
        **body_fields(data["body"]),
    )
    site = Site.objects.filter(is_default_site=True).first() or Site(is_default_site=True)
    address = urlsplit(settings.WAGTAILADMIN_BASE_URL)
    site.hostname = address.hostname or "localhost"
    site.port = address.port or (443 if address.scheme == "https" else 80)
    site.root_page = home
    site.site_name = "Efus"
    site.save()
    return home


def build_about(home: HomePage) -> AboutPage:
    data = content.ABOUT
    label = save_image("IDEAS label", badge(480, 240, "IDEAS"), data["label_alt"])
    poster = save_image("Video poster", skyline(1280, 720, seed=2012), data["poster_alt"])
    video = {
        language: [
            {
                "type": "video",
                "value": {
                    "title": title,
                    "embed_url": "https://www.youtube-nocookie.com/embed/efus-who-we-are",
                    "poster": poster.pk,
                    "host_name": "YouTube",
                },
            }
        ]
        for language, title in data["video_title"].items()
    }
    about = upsert_page(
        home,
        AboutPage,
        data,
        label_image=label,
        **translated("mission", data["mission"]),
        **translated("values", data["values"]),
        **translated("label_text", data["label_text"]),
        objectives=[Objective(**translated("text", item)) for item in data["objectives"]],
        **translated("body", video),
    )
    return about


def build_governance(about: AboutPage) -> None:
    data = content.GOVERNANCE
    upsert_page(
        about,
        GovernancePage,
        data,
        **translated("general_assembly", data["general_assembly"]),
        **translated("executive_committee", data["executive_committee"]),
    )


def build_international(about: AboutPage) -> None:
    data = content.INTERNATIONAL
    statuses = [
        InternationalStatus(
            kind=status["kind"],
            partner=status["partner"],
            year=status["year"],
            **translated("title", status["title"]),
        )
        for status in data["statuses"]
    ]
    upsert_page(about, InternationalPage, data, statuses=statuses)


def build_team(about: AboutPage) -> None:
    data = content.TEAM
    people = []
    for number, person in enumerate(data["people"]):
        initials = "".join(part[0] for part in person["name"].split()[:2])
        photo = save_image(
            f"Portrait {person['name']}",
            portrait(480, initials, seed=number),
            dict.fromkeys(content.LANGUAGES, person["name"]),
        )
        people.append(
            TeamMember(
                name=person["name"],
                photo=photo,
                languages=person["languages"],
                **translated("role", person["role"]),
            )
        )
    upsert_page(about, TeamPage, data, people=people)


def build_activities(home: HomePage) -> None:
    data = content.ACTIVITIES
    services = [
        Service(
            **translated("title", item["title"]), **translated("description", item["description"])
        )
        for item in data["services"]
    ]
    upsert_page(home, ActivitiesPage, data, services=services, **body_fields(data["body"]))


def build_manifesto(home: HomePage) -> None:
    data = content.MANIFESTO
    commitments = [
        Commitment(**translated("title", item["title"]), **translated("text", item["text"]))
        for item in data["commitments"]
    ]
    upsert_page(
        home,
        ManifestoPage,
        data,
        commitments=commitments,
        **translated("preamble", data["preamble"]),
    )


def build_contact(home: HomePage) -> None:
    data = content.CONTACT
    upsert_page(home, ContactPage, data, **translated("how_to_reach", data["how_to_reach"]))


def build_site_settings(site: Site) -> None:
    data = content.SITE_SETTINGS
    site_settings = SiteSettings.for_site(site)
    site_settings.email = data["email"]
    site_settings.map_url = data["map_url"]
    for field in ("organisation_name", "address", "footer_text"):
        for attribute, value in translated(field, data[field]).items():
            setattr(site_settings, attribute, value)
    site_settings.social_links = [
        ("link", {"network": "linkedin", "url": "https://www.linkedin.com/company/efus"}),
        ("link", {"network": "youtube", "url": "https://www.youtube.com/@efus"}),
    ]
    label = save_image("IDEAS label", badge(480, 240, "IDEAS"), content.ABOUT["label_alt"])
    site_settings.labels = [
        ("label", {"name": "IDEAS", "logo": label, "url": "https://ideas.asso.fr"})
    ]
    site_settings.save()


def remove_wagtail_welcome_page(root: Page, home: HomePage) -> None:
    root.get_children().exclude(pk=home.pk).filter(depth=2, numchild=0).exclude(
        content_type__model="homepage"
    ).delete()


@transaction.atomic
def build_demo_site() -> HomePage:
    root = Page.get_first_root_node()
    home = build_home(root)
    remove_wagtail_welcome_page(root, home)
    about = build_about(home)
    build_governance(about)
    build_international(about)
    build_team(about)
    build_activities(home)
    build_manifesto(home)
    build_contact(home)
    build_site_settings(Site.objects.get(root_page=home))
    return home
