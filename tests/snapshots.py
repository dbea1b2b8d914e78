"""Test data built once per run and copied back into each test that needs it: the demo
content (``manage.py load_demo``, a quarter of a minute) and the editorial site tree most
tests start from. Putting a copy back is one ``DELETE`` and one ``INSERT … SELECT`` per
table the data fills, a fraction of building it again.

Each copy lives beside the test tables, in a schema of its own outside the search path:
Django's flush between transactional tests never sees it, and it goes with the test
database. The files the data names (images, documents) stay where they were stored under
MEDIA_ROOT.
"""

import json
from collections.abc import Callable
from typing import Any

from django.apps import apps
from django.core.cache import caches
from django.core.management import call_command
from django.core.management.color import no_style
from django.db import connection, transaction


class Snapshot:
    def __init__(self, schema: str, build: Callable[[], Any]):
        self.schema = schema
        self.build = build
        self.tables: dict[str, str] = {}
        self.built: Any = None

    def take(self) -> None:
        """Build the data on the database as the migrations left it, copy the tables it
        changed, and put the database back as it was. Outside any test's transaction."""
        restore_migrated_data()  # a transactional test may have emptied it
        with connection.cursor() as cursor:
            before = fingerprints(cursor)
        self.built = self.build()
        with transaction.atomic(), connection.cursor() as cursor:
            after = fingerprints(cursor)
            columns = stored_columns(cursor)
            self.tables = {
                table: columns[table] for table in after if after[table] != before[table]
            }
            # A copy left by an earlier run (pytest --reuse-db) may hold older data.
            cursor.execute(f"DROP SCHEMA IF EXISTS {self.schema} CASCADE")
            cursor.execute(f"CREATE SCHEMA {self.schema}")
            for table, names in self.tables.items():
                copy = f'SELECT {names} FROM public."{table}"'  # noqa: S608
                cursor.execute(f'CREATE TABLE {self.schema}."{table}" AS {copy}')
        restore_migrated_data()

    def restore(self) -> Any:
        """Put the copy back over the tables it fills, in one transaction (the test's own,
        when it has one), and return what building it returned. The foreign keys are checked
        once all rows are back."""
        with transaction.atomic(), connection.cursor() as cursor:
            cursor.execute("SET CONSTRAINTS ALL DEFERRED")
            for table, names in self.tables.items():
                cursor.execute(f'DELETE FROM public."{table}"')  # noqa: S608
                copy = f'SELECT {names} FROM {self.schema}."{table}"'  # noqa: S608
                cursor.execute(f'INSERT INTO public."{table}" ({names}) {copy}')
            filled = [
                model
                for model in apps.get_models(include_auto_created=True)
                if model._meta.db_table in self.tables
            ]
            for statement in connection.ops.sequence_reset_sql(no_style(), filled):
                cursor.execute(statement)
            cursor.execute("SET CONSTRAINTS ALL IMMEDIATE")
            cursor.execute("SET CONSTRAINTS ALL DEFERRED")
        # What the caches hold (Wagtail's site root paths, the page cache) came from other rows.
        for cache in caches.all():
            cache.clear()
        return self.built


def keep_migrated_data() -> None:
    """Keep what the migrations created, as pytest-django does for serialized rollbacks, if
    no test of this run asked it to."""
    if getattr(connection, "_test_serialized_contents", None) is None:
        connection._test_serialized_contents = connection.creation.serialize_db_to_string()


def restore_migrated_data() -> None:
    """Empty the test database and put back what the migrations created (``keep_migrated_data``)."""
    call_command(
        "flush", interactive=False, verbosity=0, inhibit_post_migrate=True, reset_sequences=False
    )
    put_back_migrated_data()


def put_back_migrated_data() -> None:
    """What the migrations created, into an emptied test database."""
    data = content_types_first(connection._test_serialized_contents)
    connection.creation.deserialize_db_from_string(data)


def content_types_first(data: str) -> str:
    """The serialised rows with the content types first. A Wagtail task (the practices'
    review task) takes its content type when it is made, creating the row when it is
    missing: put back before the content types, it would create one under another id, and
    the content type put back after it would collide with it."""
    rows = json.loads(data)
    rows.sort(key=lambda row: row["model"] != "contenttypes.contenttype")
    return json.dumps(rows)


def stored_columns(cursor) -> dict[str, str]:
    """The project's tables and, for each, its stored (not generated) columns, quoted: the
    names the SQL here is built from come from the database's own catalogue."""
    tables = set(connection.introspection.django_table_names(only_existing=True))
    cursor.execute(
        "SELECT table_name, string_agg(quote_ident(column_name), ', ' ORDER BY ordinal_position) "
        "FROM information_schema.columns "
        "WHERE table_schema = 'public' AND is_generated = 'NEVER' GROUP BY table_name"
    )
    return {table: columns for table, columns in cursor.fetchall() if table in tables}


def fingerprints(cursor) -> dict[str, str]:
    """A digest of each table's rows, to tell the tables a build changed."""
    digests = {}
    for table in connection.introspection.django_table_names(only_existing=True):
        rows = "coalesce(string_agg(t::text, '|' ORDER BY t::text), '')"
        cursor.execute(f'SELECT md5({rows}) FROM public."{table}" t')  # noqa: S608
        digests[table] = cursor.fetchone()[0]
    return digests
