"""Writing the search index: what each kind of content contributes, in every language.

A source turns objects into rows of ``documents.COLUMNS``, one per language they have text in.
Publications and members are many (50,000 and 20,000 at scale) and their text is in plain
columns, so the database writes their rows itself (``INSERT … SELECT``, every language in one
statement); pages are few, and their text lies in StreamFields and orderables that only Python
reads. Reindexing objects deletes their rows and writes them again in one transaction (the
caller's, when there is one): the index changes with the content or not at all, and a
search never sees the rows deleted and not yet written again.
"""

from dataclasses import dataclass

from django.contrib.contenttypes.models import ContentType
from django.db import connection, models, transaction
from psycopg import sql
from wagtail.models import Page

from pages.bulk import refresh_statistics
from pages.models.base import LANGUAGE_CODES, BasePage
from search.documents import COLUMNS, alias
from search.models import SearchEntry
from search.pages import page_document

BATCH_SIZE = 2000


def entries_of(content_type_id: int, objects: models.QuerySet) -> models.QuerySet:
    return SearchEntry.objects.filter(
        content_type_id=content_type_id, object_id__in=objects.order_by().values("pk")
    )


@dataclass(frozen=True)
class QuerySource:
    """Objects whose queryset has ``search_documents(language)``: rows written by the
    database. ``shown_under`` is the page every document's address starts with: publishing,
    moving or unpublishing it reindexes the whole source. ``parts`` are the models whose rows
    hold some of an object's text (a practice's texts), each with the field naming the
    object: saving or deleting one reindexes its object."""

    kind: str
    model: type[models.Model]
    shown_under: type[Page] | None = None
    parts: tuple[tuple[type[models.Model], str], ...] = ()

    @property
    def content_type_id(self) -> int:
        return ContentType.objects.get_for_model(self.model).pk

    def objects(self) -> models.QuerySet:
        return self.model._default_manager.all()

    def claims(self, obj) -> bool:
        return isinstance(obj, self.model)

    def reindex(self, objects: models.QuerySet) -> None:
        content_type_id = self.content_type_id
        entries_of(content_type_id, objects).delete()
        selects, params = [], []
        for language in LANGUAGE_CODES:
            rows = objects.search_documents(language)
            if rows.query.is_empty():
                continue
            rows_sql, rows_params = rows.query.sql_with_params()
            selects.append(select_documents(rows_sql))
            params += [self.kind, content_type_id, language, *rows_params]
        if selects:
            insert_selected(sql.SQL(" UNION ALL ").join(selects), params)


def select_documents(rows_sql: str) -> sql.Composed:
    """One language's rows of a source, with the kind, content type and language in front."""
    columns = sql.SQL(", ").join(sql.Identifier("documents", alias(name)) for name in COLUMNS)
    return sql.SQL("SELECT %s, %s, %s, {} FROM ({}) AS documents").format(
        columns, sql.SQL(rows_sql)
    )


def insert_selected(select: sql.Composable, params: list) -> None:
    columns = ("kind", "content_type_id", "language", *COLUMNS)
    statement = sql.SQL("INSERT INTO {} ({}) {}").format(
        table(), sql.SQL(", ").join(map(sql.Identifier, columns)), select
    )
    with connection.cursor() as cursor:
        cursor.execute(statement.as_string(cursor.connection), params)


@dataclass(frozen=True)
class PageSource:
    """Pages of type ``model`` (and its subclasses that no source listed before this one
    claims), read in Python."""

    kind: str
    model: type[Page] = BasePage

    def claims(self, obj) -> bool:
        return isinstance(obj, self.model)


def reindex_pages(pages: models.QuerySet) -> None:
    """Index the live and public ones among ``pages`` again, and forget the others."""
    from search.registry import source_of

    for content_type_id, ids in ids_by_content_type(pages).items():
        SearchEntry.objects.filter(content_type_id=content_type_id, object_id__in=ids).delete()
    entries = [
        SearchEntry(
            kind=source.kind,
            content_type_id=page.content_type_id,
            language=language,
            **dict(zip(COLUMNS, row, strict=True)),
        )
        for page in pages.live().public().specific()
        if (source := source_of(page)) is not None
        for language in LANGUAGE_CODES
        if (row := page_document(page, language))
    ]
    SearchEntry.objects.bulk_create(entries, batch_size=BATCH_SIZE)


def ids_by_content_type(pages: models.QuerySet) -> dict[int, list[int]]:
    grouped = {}
    for content_type_id, pk in pages.values_list("content_type_id", "pk"):
        grouped.setdefault(content_type_id, []).append(pk)
    return grouped


@transaction.atomic
def reindex(objects: models.QuerySet) -> None:
    """Index ``objects`` (pages, or the objects of one source) again, in every language."""
    from search.registry import query_sources

    if issubclass(objects.model, Page):
        reindex_pages(objects)
        return
    for source in query_sources():
        if issubclass(objects.model, source.model):
            source.reindex(objects)


def forget(obj: models.Model) -> None:
    """Remove a deleted object's entries."""
    if isinstance(obj, Page):
        content_type_id = obj.content_type_id
    else:
        content_type_id = ContentType.objects.get_for_model(obj).pk
    SearchEntry.objects.filter(content_type_id=content_type_id, object_id=obj.pk).delete()


@transaction.atomic
def reindex_shown_under(page_class: type[Page]) -> None:
    """Index again every source whose addresses start with a page of ``page_class``'s, which
    may have changed (the library's slug starts every publication's address)."""
    from search.registry import query_sources

    for source in query_sources():
        if source.shown_under is not None and issubclass(page_class, source.shown_under):
            source.reindex(source.objects())


def rebuild() -> int:
    """Empty the index and index everything again; returns how many entries it holds."""
    from search.registry import query_sources

    with transaction.atomic():
        SearchEntry.objects.all().delete()
        reindex_pages(Page.objects.all())
        for source in query_sources():
            source.reindex(source.objects())
    refresh_statistics(SearchEntry)  # how many entries each language and kind has now
    return SearchEntry.objects.count()


def table() -> sql.Identifier:
    return sql.Identifier(SearchEntry._meta.db_table)
