"""Build (or bring up to date) the demo news: the news page with sixty articles in six
languages over the last two years, and the newsletter page.

Every run plans the same articles from a fixed seed; those whose English slug the news page
has already are left as they are (an editor's changes are kept), the others are added in
bulk (``pages.bulk.add_live_children``) with their themes, member authorities, projects and
publications. The pages are matched by their English slug.
"""

import datetime
import random
from dataclasses import dataclass, field

from django.conf import settings
from django.db import transaction
from django.utils import timezone, translation

from members.models import MemberAuthority
from news.demo import content
from news.models import NewsArticlePage, NewsIndexPage, NewsletterPage
from pages.bulk import add_live_children
from pages.caching import empty_page_cache
from pages.demo.builder import hidden_from_menus, slug_for, translated, upsert_page
from pages.demo.cities import CITIES, of_city
from pages.demo.images import save_image, skyline
from themes.demo.builder import upsert_themes
from themes.demo.content import THEMES

LANGUAGES = content.LANGUAGES
RELATIONS = ("themes", "authorities", "projects", "publications")
# What articles are linked to, built before them (``DEMO_CONTENT_BUILDERS``), reached through
# the articles' own relations.
Publication = NewsArticlePage._meta.get_field("publications").related_model
ProjectPage = NewsArticlePage._meta.get_field("projects").related_model


@dataclass
class Planned:
    """A demo article before it is saved, with the primary keys of what it is linked to."""

    article: NewsArticlePage
    themes: list[int] = field(default_factory=list)
    authorities: list[int] = field(default_factory=list)
    projects: list[int] = field(default_factory=list)
    publications: list[int] = field(default_factory=list)


@dataclass
class Material:
    """What the articles are made of and linked to, read once."""

    topics: list[tuple[dict, dict]]  # (theme, topic) of the library's themes
    themes: dict  # slug → Theme
    publications: list[Publication]
    projects: list[int]
    authorities: dict[str, list[int]]  # English city name → member authorities
    images: list


def material() -> Material:
    themes = upsert_themes()
    cities = [names["en"] for _language, names in CITIES]
    authorities = {}
    for pk, city in (
        MemberAuthority.objects.active()
        .filter(city__in=cities)
        .order_by("slug")
        .values_list("pk", "city")
    ):
        authorities.setdefault(city, []).append(pk)
    return Material(
        topics=[(theme, topic) for theme in THEMES for topic in theme["topics"]],
        themes=themes,
        publications=list(Publication.objects.public().prefetch_related("themes").order_by("slug")),
        projects=list(ProjectPage.objects.live().order_by("path").values_list("pk", flat=True)),
        authorities=authorities,
        images=[
            save_image(f"News picture {number}", skyline(1200, 750, seed=number), content.IMAGE_ALT)
            for number in range(1, content.IMAGE_COUNT + 1)
        ],
    )


def about(publication: Publication, theme_slug: str) -> bool:
    return any(theme.slug == theme_slug for theme in publication.themes.all())


def paragraphs(texts: list[str]) -> list[dict]:
    return [{"type": "paragraph", "value": "".join(f"<p>{text}</p>" for text in texts)}]


@dataclass
class Subject:
    """What an article is about: a theme, a city, maybe a publication, and the words each
    language's frames take (``{topic}``, ``{city}``, ``{of_city}``, ``{number}``…)."""

    theme: dict
    city: dict
    publication: Publication | None
    words: dict[str, dict]


def draw_subject(frames: dict, rng: random.Random, stuff: Material, titles: set) -> Subject:
    """A topic of a theme, a city and a publication on that theme, drawn until the title they
    make is not among ``titles`` yet (which then holds it)."""
    number = rng.randint(*frames["numbers"])
    while True:
        theme, topic = rng.choice(stuff.topics)
        _local, city = rng.choice(CITIES)
        on_theme = [p for p in stuff.publications if about(p, theme["slug"])]
        publication = rng.choice(on_theme or stuff.publications or [None])
        words = {
            code: {
                "topic": topic[code],
                "city": city[code],
                "of_city": of_city(code, city[code]),
                "number": number,
                "publication": getattr(publication, f"title_{code}", "") or topic[code],
            }
            for code in LANGUAGES
        }
        title = frames["title"]["en"].format(**words["en"])
        if title not in titles:
            titles.add(title)
            return Subject(theme, city, publication, words)


def written(frames: dict, subject: Subject) -> dict[str, dict]:
    """The article's title, introduction and body, by field and language."""
    words = subject.words
    return {
        "title": {code: frames["title"][code].format(**words[code]) for code in LANGUAGES},
        "intro": {code: frames["intro"][code].format(**words[code]) for code in LANGUAGES},
        "body": {
            code: paragraphs(
                [
                    frames["before"][code].format(**words[code]),
                    subject.theme["description"][code],
                    frames["after"][code].format(**words[code]),
                ]
            )
            for code in LANGUAGES
        },
    }


def planned_article(number: int, kind: str, rngs, stuff: Material, today, taken) -> Planned:
    """The ``number``th article (the higher, the older), of ``kind``. Its text comes from
    the first random generator, its links from the second: articles keep their titles
    whether projects exist or not. ``taken`` holds the titles and slugs used already."""
    rng, linker = rngs
    frames = content.KINDS[kind]
    age = round(number * content.DAYS / content.ARTICLE_COUNT) + rng.randint(0, 9)
    subject = draw_subject(frames, rng, stuff, taken["titles"])
    text = written(frames, subject)
    slug = {code: slug_for(text["title"][code], taken[code]) for code in LANGUAGES}
    image = stuff.images[number % len(stuff.images)]
    article = NewsArticlePage(
        title=text["title"]["en"],
        slug=slug["en"],
        intro=text["intro"]["en"],
        body=text["body"]["en"],
        date=today - datetime.timedelta(days=age),
        image=image,
        listing_image=image,
        show_in_menus=False,
        **translated("slug", slug),
        **{f"{field}_{code}": text[field][code] for field in text for code in LANGUAGES},
    )
    planned = Planned(article, themes=[stuff.themes[subject.theme["slug"]].pk])
    planned.authorities = stuff.authorities.get(subject.city["en"], [])[:1]
    publication = subject.publication
    if publication is not None and (kind == "publication" or linker.random() < 0.3):
        planned.publications = [publication.pk]
    if kind == "project" and stuff.projects:
        planned.projects = [linker.choice(stuff.projects)]
    return planned


def planned_articles(today: datetime.date, stuff: Material) -> list[Planned]:
    rngs = (random.Random(content.SEED), random.Random(content.SEED + 1))  # noqa: S311
    per_kind = content.ARTICLE_COUNT // len(content.KINDS)
    kinds = [kind for kind in content.KINDS for _number in range(per_kind)]
    rngs[0].shuffle(kinds)
    taken = {key: set() for key in ("titles", *LANGUAGES)}
    return [
        planned_article(number, kind, rngs, stuff, today, taken)
        for number, kind in enumerate(kinds)
    ]


def add_articles(index: NewsIndexPage, planned: list[Planned]) -> None:
    """Add the planned articles the news page does not have yet, and link them."""
    existing = set(NewsArticlePage.objects.child_of(index).values_list("slug_en", flat=True))
    new = [item for item in planned if item.article.slug_en not in existing]
    add_live_children(index, [item.article for item in new])
    for relation in RELATIONS:
        through = getattr(NewsArticlePage, relation).through
        column = through_column(relation)
        through.objects.bulk_create(
            through(newsarticlepage_id=item.article.pk, **{column: pk})
            for item in new
            for pk in getattr(item, relation)
        )


def through_column(relation: str) -> str:
    """The through table's column naming the related row: "theme_id", "memberauthority_id"…"""
    related = getattr(NewsArticlePage, relation).field.related_model
    return f"{related._meta.model_name}_id"


@transaction.atomic
def build_demo_news(home) -> None:
    today = timezone.localdate()
    with translation.override(settings.LANGUAGE_CODE):
        index = upsert_page(home, NewsIndexPage, content.NEWS_PAGE)
        # Reached from the news and the footer, not the main menu.
        hidden_from_menus(upsert_page(home, NewsletterPage, content.NEWSLETTER_PAGE))
        add_articles(index, planned_articles(today, material()))
    empty_page_cache()
