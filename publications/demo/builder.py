"""Build (or bring up to date) the demo library: 120 publications with their
covers and files, downloads over the last eighteen months, and the library page.

Every run gives the same publications: themes and publications are matched by their slug,
covers by their title, files by publication and language (an existing file is kept), and the
page by its English slug. Downloads are made only while the demo publications have none, so
that a rerun neither doubles them nor erases real ones.
"""

import datetime
import hashlib
import itertools
import random
from dataclasses import dataclass

from django.conf import settings
from django.core.files.base import ContentFile
from django.db import transaction
from django.utils import timezone, translation
from wagtail.documents import get_document_model
from wagtail.models import Collection

from members.demo.bulk import SLUG_PREFIX as BULK_MEMBER_PREFIX
from members.demo.content import OTHER_AUTHORITIES
from members.models import MemberAuthority
from pages.demo.builder import slug_for, translated, upsert_page
from pages.demo.cities import CITIES, of_city
from pages.demo.images import save_image
from pages.translation_status import refresh_statuses
from publications.collections import members_only_collection
from publications.demo import content
from publications.demo.files import Printed, cover_image, publication_pdf
from publications.models import Download, LibraryPage, Publication, PublicationFile
from themes.demo.builder import upsert_themes
from themes.demo.content import THEMES
from themes.models import Theme

LANGUAGES = content.LANGUAGES
Kind = Publication.Kind
# Every column the demo sets; the untranslated ``title`` and ``summary`` hold the English text.
PUBLICATION_FIELDS = [
    "title", "summary", "kind", "published_on", "access", "authors", "cover",
    *(f"{field}_{code}" for field in ("title", "summary") for code in LANGUAGES),
]  # fmt: skip
PARTNERS = [
    name for kind, _country, name, _city in OTHER_AUTHORITIES if kind in {"ngo", "research"}
]
MANIFESTO_THEMES = ["youth", "gender-based-violence", "social-cohesion", "public-spaces"]


@dataclass
class Planned:
    """A demo publication before it is saved, with the themes and file languages it gets."""

    publication: Publication
    themes: list[str]  # theme slugs, the main one first
    languages: list[str]  # the languages of its files

    def printed(self, language: str, themes: dict[str, Theme] | None = None) -> Printed:
        publication = self.publication
        return Printed(
            language=language,
            kind=publication.kind,
            title=getattr(publication, f"title_{language}"),
            year=publication.published_on.year,
            paragraphs=(getattr(publication, f"summary_{language}"),),
            themes=tuple(
                (
                    getattr(themes[slug], f"name_{language}"),
                    getattr(themes[slug], f"description_{language}"),
                )
                for slug in (self.themes if themes else ())
            ),
        )


def new_publication(slug: str, kind: str, published_on, title: dict, summary: dict) -> Publication:
    return Publication(
        slug=slug,
        kind=kind,
        published_on=published_on,
        access=Publication.Access.PUBLIC,
        authors="",
        **translated("title", title),
        **translated("summary", summary),
    )


def listed(language: str, names: list[str]) -> str:
    return f"{', '.join(names[:-1])} {content.AND[language]} {names[-1]}"


def day_in(year: int, rng: random.Random, today: datetime.date) -> datetime.date:
    """A day of ``year``, never after today."""
    start = datetime.date(year, 1, 1)
    return min(start + datetime.timedelta(days=rng.randrange(365)), today)


def file_languages(rng: random.Random, local: str = "") -> list[str]:
    """English (or sometimes French) first, the language of the city a practice sheet is about,
    then others, for one to four languages."""
    counts = content.FILE_LANGUAGE_COUNTS
    count = rng.choices(list(counts), weights=list(counts.values()))[0]
    languages = ["fr" if rng.random() < 0.15 else "en"]
    if local and local not in languages:
        languages.append(local)
    weights = content.FILE_LANGUAGE_WEIGHTS
    while len(languages) < count:
        pool = [code for code in weights if code not in languages]
        languages.append(rng.choices(pool, weights=[weights[code] for code in pool])[0])
    return languages


def manifestos(today: datetime.date, taken: set[str]) -> list[Planned]:
    planned = []
    for manifesto in content.MANIFESTOS:
        taken.add(manifesto["slug"])
        publication = new_publication(
            manifesto["slug"],
            Kind.MANIFESTO,
            datetime.date(today.year - content.MANIFESTO_AGE, 10, 15),
            manifesto["title"],
            manifesto["summary"],
        )
        planned.append(Planned(publication, MANIFESTO_THEMES, list(manifesto["languages"])))
    return planned


def activity_reports(rng: random.Random, today: datetime.date, taken: set[str]) -> list[Planned]:
    """One a year, published the spring after the year it covers."""
    theme_slugs = [theme["slug"] for theme in THEMES]
    planned = []
    for year in range(today.year - content.ACTIVITY_REPORTS, today.year):
        words = {"year": year}
        published_on = datetime.date(year + 1, rng.randint(3, 6), rng.randint(1, 28))
        publication = new_publication(
            slug_for(f"activity-report-{year}", taken),
            Kind.ACTIVITY_REPORT,
            min(published_on, today),
            {code: content.ACTIVITY_REPORT_TITLE[code].format(**words) for code in LANGUAGES},
            {
                code: " ".join(
                    [content.KIND_SENTENCES["activity_report"][code].format(**words)]
                    + [content.ABOUT_EFUS[code]]
                )
                for code in LANGUAGES
            },
        )
        languages = ["en", "fr", *rng.sample(["it", "es", "de", "pt"], rng.randint(0, 2))]
        planned.append(Planned(publication, rng.sample(theme_slugs, 4), languages))
    return planned


def title_choices(kind: str) -> list[tuple]:
    """Every (theme, topic, frame, city) a publication of ``kind`` can be titled with."""
    topics = [(theme, topic) for theme in THEMES for topic in theme["topics"]]
    cities = CITIES if kind in {Kind.PRACTICE_SHEET, Kind.PROCEEDINGS} else [("", None)]
    return [
        (theme, topic, frame, city)
        for (theme, topic), frame, city in itertools.product(
            topics, content.TITLE_FRAMES[kind], cities
        )
    ]


def summary_sentences(kind: str, theme: dict, words: dict, others: list[dict], code: str):
    """What it is, what its main theme is about, then the cities it draws on (reports, guides,
    proceedings) or who Efus is (position papers)."""
    yield content.KIND_SENTENCES[kind][code].format(**words[code])
    yield theme["description"][code]
    if kind == Kind.POSITION_PAPER:
        yield content.ABOUT_EFUS[code]
    elif kind != Kind.PRACTICE_SHEET:
        names = listed(code, [city[code] for city in others])
        yield content.CITIES_SENTENCE[code].format(cities=names)


def themed_publication(
    kind: str, choice: tuple, rng: random.Random, today: datetime.date, taken: set[str]
) -> Planned:
    theme, topic, frame, (local, city) = choice
    year = rng.randint(today.year - content.YEARS + 1, today.year)
    number = rng.randint(8, 30)
    words = {
        code: {
            "topic": topic[code],
            "city": city[code] if city else "",
            "of_city": of_city(code, city[code]) if city else "",
            "number": number,
            "year": year,
        }
        for code in LANGUAGES
    }
    others = [c for _local, c in rng.sample(CITIES, 4) if c is not city][:3]
    title = {code: frame[code].format(**words[code]) for code in LANGUAGES}
    summary = {
        code: " ".join(summary_sentences(kind, theme, words, others, code)) for code in LANGUAGES
    }
    publication = new_publication(
        slug_for(title["en"], taken), kind, day_in(year, rng, today), title, summary
    )
    other_themes = [t["slug"] for t in THEMES if t is not theme]
    themes = [theme["slug"], *rng.sample(other_themes, rng.choice((1, 1, 2)))]
    return Planned(publication, themes, file_languages(rng, local))


def themed_publications(rng: random.Random, today: datetime.date, taken: set[str]) -> list:
    return [
        themed_publication(kind, choice, rng, today, taken)
        for kind, count in content.THEMED_KINDS.items()
        for choice in rng.sample(title_choices(kind), count)
    ]


def give_access_and_authors(planned: list[Planned], rng: random.Random) -> None:
    """About a third members-only, among the publications written on a theme; partner
    organisations credited on some of them."""
    themed = [p for p in planned if p.publication.kind in content.THEMED_KINDS]
    for item in rng.sample(themed, content.MEMBERS_ONLY_COUNT):
        item.publication.access = Publication.Access.MEMBERS
    for item in themed:
        if rng.random() < content.AUTHORS_SHARE:
            partners = rng.sample(PARTNERS, rng.choice((1, 1, 2)))
            item.publication.authors = ", ".join(["Efus", *partners])


def planned_publications(today: datetime.date) -> list[Planned]:
    rng = random.Random(content.SEED)  # noqa: S311 - illustrative data, not security
    taken: set[str] = set()
    planned = [
        *manifestos(today, taken),
        *activity_reports(rng, today, taken),
        *themed_publications(rng, today, taken),
    ]
    give_access_and_authors(planned, rng)
    return planned


def give_covers(planned: list[Planned]) -> None:
    """A cover in the colours of the kind with the English title; its alt text names the
    publication in each language."""
    for item in planned:
        publication = item.publication
        alt = {
            code: content.COVER_ALT[code].format(title=getattr(publication, f"title_{code}"))
            for code in LANGUAGES
        }
        picture = cover_image(item.printed(settings.LANGUAGE_CODE))
        publication.cover = save_image(f"Cover {publication.slug}", picture, alt)


def save_publications(planned: list[Planned], themes: dict[str, Theme]) -> None:
    """Insert the new publications, update the existing ones (matched by slug), and set the
    themes of all of them."""
    publications = [item.publication for item in planned]
    existing = dict(
        Publication.objects.filter(slug__in=[p.slug for p in publications]).values_list(
            "slug", "pk"
        )
    )
    for publication in publications:
        publication.pk = existing.get(publication.slug)
    Publication.objects.bulk_create([p for p in publications if p.pk is None])
    Publication.objects.rewrite(False).bulk_update(
        [p for p in publications if p.slug in existing], PUBLICATION_FIELDS, batch_size=200
    )
    refresh_statuses(Publication.objects.filter(pk__in=[p.pk for p in publications]))
    links = Publication.themes.through
    links.objects.filter(publication__in=publications).delete()
    links.objects.bulk_create(
        links(publication_id=item.publication.pk, theme_id=themes[slug].pk)
        for item in planned
        for slug in item.themes
    )


def stored_document(item: Planned, language: str, themes: dict[str, Theme], collections):
    """A Wagtail document holding the publication's PDF in ``language``."""
    publication = item.publication
    pdf = publication_pdf(item.printed(language, themes))
    document = get_document_model()(
        title=f"{getattr(publication, f'title_{language}')} ({language})",
        file=ContentFile(pdf, name=f"{publication.slug[:60]}-{language}.pdf"),
        collection=collections[publication.access],
        file_size=len(pdf),
        file_hash=hashlib.sha1(pdf, usedforsecurity=False).hexdigest(),
    )
    document.save()
    return document


def save_files(planned: list[Planned], themes: dict[str, Theme]) -> None:
    """A PDF per language, for each publication and language that has none yet; members-only
    ones in the restricted collection."""
    collections = {
        Publication.Access.PUBLIC: Collection.get_first_root_node(),
        Publication.Access.MEMBERS: members_only_collection(),
    }
    existing = set(
        PublicationFile.objects.filter(
            publication__in=[item.publication for item in planned]
        ).values_list("publication_id", "language")
    )
    PublicationFile.objects.bulk_create(
        PublicationFile(
            publication=item.publication,
            language=language,
            sort_order=order,
            document=stored_document(item, language, themes, collections),
        )
        for item in planned
        for order, language in enumerate(item.languages)
        if (item.publication.pk, language) not in existing
    )


def build_downloads(planned: list[Planned], today: datetime.date) -> None:
    """A few hundred downloads over the last eighteen months, some publications much more
    read than others; members-only files always by a member authority, public ones by one
    about half the time. Only while the demo publications have none."""
    publications = [item.publication for item in planned]
    if Download.objects.filter(publication__in=publications).exists():
        return
    authorities = list(
        MemberAuthority.objects.active()
        .exclude(slug__startswith=BULK_MEMBER_PREFIX)
        .order_by("slug")
        .values_list("pk", flat=True)
    )
    rng = random.Random(content.SEED + 1)  # noqa: S311 - illustrative data, not security
    popularity = [rng.paretovariate(1.2) for _item in planned]
    downloads, days = [], []
    for item in rng.choices(planned, weights=popularity, k=content.DOWNLOAD_COUNT):
        publication = item.publication
        members_only = publication.is_members_only
        if members_only and not authorities:
            continue
        age = min(rng.randrange(content.DOWNLOAD_DAYS), (today - publication.published_on).days)
        by_member = authorities and (members_only or rng.random() < 0.45)
        downloads.append(
            Download(
                publication=publication,
                language=rng.choice(item.languages),
                authority_id=rng.choice(authorities) if by_member else None,
            )
        )
        days.append(today - datetime.timedelta(days=age))
    Download.objects.bulk_create(downloads)
    # ``downloaded_on`` is set to today on insert: put the planned days back.
    for download, day in zip(downloads, days, strict=True):
        download.downloaded_on = day
    Download.objects.bulk_update(downloads, ["downloaded_on"], batch_size=500)


@transaction.atomic
def build_demo_publications(home) -> None:
    """The demo library: publications on the demo themes, with covers and files, downloads
    and its page."""
    today = timezone.localdate()
    with translation.override(settings.LANGUAGE_CODE):
        upsert_page(home, LibraryPage, content.LIBRARY_PAGE)
        themes = upsert_themes()
        planned = planned_publications(today)
        give_covers(planned)
        save_publications(planned, themes)
        save_files(planned, themes)
        build_downloads(planned, today)
