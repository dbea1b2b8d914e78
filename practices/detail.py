"""What a practice's page shows, read in one query and kept in the page cache.

A practice's page shows its text, its themes, files and the authorities that adapted it, each
from a table of its own, and still keeps the site's query budget with an empty page cache:
the practice's query reads them too, each as an array of JSON objects (``packed``), from
which the page's objects are made again without a query. Building that query costs more than
the rest of the page, so the practice read with it is kept in the page cache (a change to the
practice, its texts, files, adaptations, pictures or authority empties it). Its pictures are
read only when it has some, and their HTML is kept in the page cache; its contact person,
shown to members only, is read for them alone and never kept.
"""

import os
from dataclasses import dataclass

from django.contrib.postgres.expressions import ArraySubquery
from django.db import models
from django.db.models.functions import JSONObject
from django.shortcuts import get_object_or_404
from django.utils.html import format_html

from members.models import MemberAccount, MemberAuthority
from pages.caching import kept
from pages.models.base import LANGUAGE_CODES
from practices.models import (
    EVIDENCE,
    SECTIONS,
    Adaptation,
    Practice,
    PracticeFile,
    PracticeImage,
)
from themes.listing import by_name

TEXT_FIELDS = (
    "title",
    *(section.field for section in SECTIONS),
    *(f"{criterion.field}_because" for criterion in EVIDENCE),
)
Theme = Practice.themes.field.related_model


def packed(rows, **columns) -> ArraySubquery:
    """``columns`` of each of ``rows`` (a queryset on the practice's ``OuterRef("pk")``), as
    an array of JSON objects read in the practice's own query."""
    return ArraySubquery(rows.values(row=JSONObject(**columns)))


def for_page(practices, language: str):
    """``practices`` with everything a practice's page shows but its pictures, its contact
    person and what it is related to: its authority, text in ``language`` (or the original),
    languages, themes (``theme_rows``), files (``file_rows``), the authorities that adapted
    it (``adaptation_rows``) and its pictures' keys (``image_ids``)."""
    practice = models.OuterRef("pk")
    names = {f"name_{code}": f"theme__name_{code}" for code in LANGUAGE_CODES}
    links = Practice.themes.through.objects.filter(practice=practice)
    files = PracticeFile.objects.filter(practice=practice).order_by("sort_order", "pk")
    adaptations = Adaptation.objects.filter(practice=practice).order_by("sort_order", "pk")
    images = PracticeImage.objects.filter(practice=practice).order_by("sort_order", "pk")
    return (
        practices.select_related("authority")
        .with_facts()
        .with_text_in(language, TEXT_FIELDS)
        .annotate(
            theme_rows=packed(links, id="theme_id", slug="theme__slug", **names),
            file_rows=packed(
                files,
                id="pk",
                language="language",
                title="document__title",
                file="document__file",
                size="document__file_size",
            ),
            adaptation_rows=packed(
                adaptations,
                name="authority__name",
                slug="authority__slug",
                status="authority__status",
            ),
            image_ids=ArraySubquery(images.values("image_id")),
        )
    )


def practice_for_page(slug: str, language: str) -> Practice:
    """The live practice ``slug`` with what its page shows (``for_page``), kept in the page
    cache; or a 404."""

    def draw() -> Practice:
        return get_object_or_404(for_page(Practice.objects.live(), language), slug=slug)

    return kept("practice-page", slug, language, draw=draw, by_language=False)


def contact_of(practice: Practice) -> MemberAccount | None:
    """Its contact person, with their name and address: read on its own, as a member's
    account is never kept in the page cache."""
    if practice.contact_id is None:
        return None
    return MemberAccount.objects.select_related("user").filter(pk=practice.contact_id).first()


@dataclass(frozen=True)
class ListedFile:
    """One of a practice's files, as its page lists it."""

    pk: int
    language: str
    title: str
    extension: str
    size: int | None


def themes_of(practice: Practice) -> list:
    """Its themes (read by ``for_page``), sorted by their names in the visitor's language."""
    themes = [Theme(pk=row.pop("id"), **row) for row in practice.theme_rows]
    return by_name(themes)


def files_of(practice: Practice) -> list[ListedFile]:
    return [
        ListedFile(
            row["id"],
            row["language"],
            row["title"],
            os.path.splitext(row["file"])[1][1:].upper(),
            row["size"],
        )
        for row in practice.file_rows
    ]


def adapters_of(practice: Practice) -> list[MemberAuthority]:
    """The authorities that adapted it: a name, a key and whether it is a member still."""
    return [MemberAuthority(**row) for row in practice.adaptation_rows]


def lang_attribute(text, language: str) -> str:
    """`` lang="it"`` for what shows ``text`` when it is not in the page's ``language``."""
    return format_html(' lang="{}"', text.language) if text.language != language else ""
