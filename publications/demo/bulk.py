"""Synthetic publications in bulk, for scale tests and benchmarks.

They read like the demo's (titles in six languages composed from the same topics and frames,
a one-sentence summary in each language), spread over fifteen years, a third of them
members-only. Each file is a Wagtail document of its own, and all the documents share one small
stored PDF; the covers are one per kind. Rows go in with PostgreSQL's COPY: most of the time
goes to the full-text and title indexes of every language.
"""

import datetime
import hashlib
import random
from dataclasses import dataclass

from django.conf import settings
from django.core.files.base import ContentFile
from django.core.files.storage import default_storage
from django.db import connection, models, transaction
from django.db.models.functions import Cast, Substr
from django.utils import timezone, translation
from psycopg import sql
from wagtail.documents import get_document_model
from wagtail.models import Collection

from pages.bulk import refresh_statistics
from pages.caching import page_cache_emptied_once
from pages.demo.cities import of_city
from pages.demo.images import save_image
from pages.models import TranslationStatus
from pages.translation_status import refresh_statuses
from publications.collections import members_only_collection
from publications.demo import content
from publications.demo.builder import LANGUAGES, PARTNERS, file_languages, title_choices
from publications.demo.files import Printed, cover_image, publication_pdf
from publications.models import Publication, PublicationFile
from search.indexing import reindex
from search.models import SearchEntry
from themes.demo.builder import upsert_themes
from themes.demo.content import THEMES

SLUG_PREFIX = "bulk-"
SHARED_PDF = "documents/bulk-publication.pdf"
MEMBERS_SHARE = 1 / 3
AUTHORS_SHARE = 0.3
MAX_FILE_LANGUAGES = 3
PUBLIC, MEMBERS = Publication.Access.PUBLIC, Publication.Access.MEMBERS
KINDS = list(content.THEMED_KINDS)
KIND_WEIGHTS = list(content.THEMED_KINDS.values())
# The columns a bulk publication fills, the untranslated title and summary in English.
PUBLICATION_FIELDS = [
    "id", "slug", "kind", "published_on", "access", "authors", "cover",
    "title", *(f"title_{code}" for code in LANGUAGES),
    "summary", *(f"summary_{code}" for code in LANGUAGES),
]  # fmt: skip


def next_number() -> int:
    """The number after the highest ``bulk-<n>`` slug, so that reruns add new rows."""
    highest = (
        Publication.objects.filter(slug__regex=rf"^{SLUG_PREFIX}[0-9]+$")
        .annotate(number=Cast(Substr("slug", len(SLUG_PREFIX) + 1), models.IntegerField()))
        .aggregate(highest=models.Max("number"))["highest"]
    )
    return (highest or 0) + 1


def shared_pdf() -> tuple[str, int, str]:
    """The stored PDF every bulk document points at: its name, size and SHA-1."""
    if not default_storage.exists(SHARED_PDF):
        pdf = publication_pdf(Printed("en", "report", "Sample publication", 2020))
        default_storage.save(SHARED_PDF, ContentFile(pdf))
    with default_storage.open(SHARED_PDF, "rb") as stored:
        pdf = stored.read()
    return SHARED_PDF, len(pdf), hashlib.sha1(pdf, usedforsecurity=False).hexdigest()


def kind_covers() -> dict:
    """One cover per kind, drawn once."""
    return {
        kind: save_image(
            f"Bulk cover {kind}",
            cover_image(Printed("en", kind, content.KIND_NAMES[kind]["en"], 2020)),
            {
                code: content.COVER_ALT[code].format(title=content.KIND_NAMES[kind][code])
                for code in LANGUAGES
            },
        )
        for kind in content.KIND_NAMES
    }


def reserve_ids(model, count: int) -> list[int]:
    """``count`` new primary keys from the table's sequence."""
    with connection.cursor() as cursor:
        cursor.execute(
            "SELECT nextval(pg_get_serial_sequence(%s, %s)) FROM generate_series(1, %s)",
            [model._meta.db_table, model._meta.pk.column, count],
        )
        return [number for (number,) in cursor.fetchall()]


def copy_rows(model, fields: list[str], rows) -> None:
    """Write rows (values in the order of ``fields``) with PostgreSQL's COPY."""
    columns = [model._meta.get_field(name).column for name in fields]
    statement = sql.SQL("COPY {} ({}) FROM STDIN").format(
        sql.Identifier(model._meta.db_table), sql.SQL(", ").join(map(sql.Identifier, columns))
    )
    with connection.cursor() as cursor, cursor.cursor.copy(statement) as copy:
        for row in rows:
            copy.write_row(row)


@dataclass
class BulkPublication:
    """One synthetic publication's row, and what its themes and files need."""

    pk: int
    slug: str
    access: str
    row: tuple  # values in the order of PUBLICATION_FIELDS
    themes: list[str]
    languages: list[str]


def bulk_publication(
    pk: int, number: int, rng: random.Random, choices: dict, today, covers: dict
) -> BulkPublication:
    """A publication of a themed kind, with a title from ``choices``."""
    kind = rng.choices(KINDS, weights=KIND_WEIGHTS)[0]
    theme, topic, frame, (local, city) = rng.choice(choices[kind])
    published_on = today - datetime.timedelta(days=rng.randrange(content.YEARS * 365))
    titles, summaries = [], []
    for code in LANGUAGES:
        words = {
            "topic": topic[code],
            "city": city[code] if city else "",
            "of_city": of_city(code, city[code]) if city else "",
            "number": 8 + number % 23,
            "year": published_on.year,
        }
        titles.append(frame[code].format(**words))
        summaries.append(content.KIND_SENTENCES[kind][code].format(**words))
    access = MEMBERS if rng.random() < MEMBERS_SHARE else PUBLIC
    authors = f"Efus, {rng.choice(PARTNERS)}" if rng.random() < AUTHORS_SHARE else ""
    slug = f"{SLUG_PREFIX}{number}"
    row = (
        pk, slug, kind, published_on, access, authors, covers[kind].pk,
        titles[0], *titles, summaries[0], *summaries,
    )  # fmt: skip
    other_themes = [t["slug"] for t in THEMES if t is not theme]
    themes = [theme["slug"], *rng.sample(other_themes, rng.randint(0, 2))]
    languages = file_languages(rng, local)[:MAX_FILE_LANGUAGES]
    return BulkPublication(pk, slug, access, row, themes, languages)


def save_themes(publications: list[BulkPublication], themes: dict) -> None:
    """Each publication's themes, through the many-to-many table."""
    copy_rows(
        Publication.themes.through,
        ["publication", "theme"],
        ((item.pk, themes[slug].pk) for item in publications for slug in item.themes),
    )


def save_files(publications: list[BulkPublication], shared: tuple[str, int, str]) -> None:
    """A document per file, pointing at the shared PDF; members-only ones in the restricted
    collection."""
    name, size, sha1 = shared
    collections = {
        PUBLIC: Collection.get_first_root_node().pk,
        MEMBERS: members_only_collection().pk,
    }
    files = [
        (item, order, language)
        for item in publications
        for order, language in enumerate(item.languages)
    ]
    Document = get_document_model()
    document_ids = reserve_ids(Document, len(files))
    now = timezone.now()
    copy_rows(
        Document,
        ["id", "title", "file", "created_at", "collection", "file_size", "file_hash"],
        (
            (pk, f"{item.slug} ({language})", name, now, collections[item.access], size, sha1)
            for pk, (item, _order, language) in zip(document_ids, files, strict=True)
        ),
    )
    copy_rows(
        PublicationFile,
        ["publication", "language", "sort_order", "document"],
        (
            (item.pk, language, order, pk)
            for pk, (item, order, language) in zip(document_ids, files, strict=True)
        ),
    )


def create_bulk_publications(count: int, seed: int = 0) -> int:
    """Insert ``count`` synthetic publications with slugs ``bulk-<n>``; return how many."""
    if count <= 0:
        return 0
    rng = random.Random(seed)  # noqa: S311 - synthetic data, not security
    today = timezone.localdate()
    choices = {kind: title_choices(kind) for kind in KINDS}
    with (
        translation.override(settings.LANGUAGE_CODE),
        transaction.atomic(),
        page_cache_emptied_once(),
    ):
        themes = upsert_themes()
        covers = kind_covers()
        start = next_number()
        publications = [
            bulk_publication(pk, start + n, rng, choices, today, covers)
            for n, pk in enumerate(reserve_ids(Publication, count))
        ]
        copy_rows(Publication, PUBLICATION_FIELDS, (item.row for item in publications))
        save_themes(publications, themes)
        save_files(publications, shared_pdf())
        added = Publication.objects.filter(pk__range=(publications[0].pk, publications[-1].pk))
        reindex(added)
        refresh_statuses(added)
    # With the old statistics the planner takes a filter that keeps half the library for one
    # that keeps a handful, and sorts thousands of rows to show twenty.
    refresh_statistics(
        Publication,
        Publication.themes.through,
        PublicationFile,
        get_document_model(),
        SearchEntry,
        TranslationStatus,
    )
    return count
