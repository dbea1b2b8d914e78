"""Pages in bulk, for scale tests, benchmarks and large demo sets.

Wagtail adds a page with a handful of queries and a revision; thousands of pages that way
take minutes. ``add_live_children`` inserts the base rows in one statement and the specific
rows in another, with the tree paths, translated URL paths and publication dates Wagtail
would have written, and measures their translations. It writes no revisions and sends no
signals: the caller empties the page cache and indexes the pages for search when it needs
to.

``reserve_ids`` and ``copy_rows`` serve any model's rows in bulk: primary keys known before the
rows go in (so that rows pointing at each other are written in any order, the foreign keys
being checked at the commit), and PostgreSQL's COPY, several times faster than an INSERT for
long texts.
"""

from django.contrib.contenttypes.models import ContentType
from django.db import connection, models, transaction
from django.utils import timezone
from psycopg import sql
from wagtail.models import Page

from pages.translation_status import refresh_statuses


@transaction.atomic
def add_live_children(parent: Page, pages: list[Page]) -> list[Page]:
    """Add ``pages`` (unsaved, all of one specific class, with their titles and slugs in
    every language they have) under ``parent``, live and published now."""
    if not pages:
        return pages
    parent = Page.objects.select_for_update().get(pk=parent.pk)
    model = type(pages[0])
    content_type = ContentType.objects.get_for_model(model)
    last_child = parent.get_last_child()
    next_step = (parent._str2int(last_child.path[-Page.steplen :]) + 1) if last_child else 1
    now = timezone.now()
    for number, page in enumerate(pages, start=next_step):
        place_in_tree(page, parent, number, content_type, now)
    base_fields = [field.attname for field in Page._meta.concrete_fields if field.attname != "id"]
    bases = Page.objects.bulk_create(
        [Page(**{name: getattr(page, name) for name in base_fields}) for page in pages]
    )
    for page, base in zip(pages, bases, strict=True):
        page.pk = page.page_ptr_id = base.pk
    model._base_manager._insert(pages, fields=model._meta.local_concrete_fields, raw=True)
    Page.objects.filter(pk=parent.pk).update(numchild=parent.numchild + len(pages))
    refresh_statuses(model.objects.filter(pk__in=[page.pk for page in pages]))
    return pages


def place_in_tree(page: Page, parent: Page, number: int, content_type, now) -> None:
    page.depth = parent.depth + 1
    page.path = parent._get_path(parent.path, page.depth, number)
    page.numchild = 0
    page.content_type = content_type
    page.locale_id = parent.locale_id
    page.live = True
    page.has_unpublished_changes = False
    page.first_published_at = page.first_published_at or now
    page.last_published_at = page.last_published_at or now
    page.draft_title = page.title
    page.set_url_path(parent)


def reserve_ids(model: type[models.Model], count: int) -> list[int]:
    """``count`` new primary keys from the table's sequence."""
    with connection.cursor() as cursor:
        cursor.execute(
            "SELECT nextval(pg_get_serial_sequence(%s, %s)) FROM generate_series(1, %s)",
            [model._meta.db_table, model._meta.pk.column, count],
        )
        return [number for (number,) in cursor.fetchall()]


def copy_rows(model: type[models.Model], fields: list[str], rows) -> None:
    """Write rows (tuples of the values of ``fields``, in their order) with COPY."""
    columns = [model._meta.get_field(name).column for name in fields]
    statement = sql.SQL("COPY {} ({}) FROM STDIN").format(
        sql.Identifier(model._meta.db_table), sql.SQL(", ").join(map(sql.Identifier, columns))
    )
    with connection.cursor() as cursor, cursor.cursor.copy(statement) as copy:
        for row in rows:
            copy.write_row(row)


def refresh_statistics(*tables: type[models.Model]) -> None:
    """Let the query planner see rows written in bulk at once rather than at autovacuum's next
    pass: with statistics taken when the tables were nearly empty it joins thousands of rows
    as if they were a handful."""
    with connection.cursor() as cursor:
        for model in tables:
            cursor.execute(sql.SQL("ANALYZE {}").format(sql.Identifier(model._meta.db_table)))
