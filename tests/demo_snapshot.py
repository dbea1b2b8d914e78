"""The demo content, built once per test run by ``manage.py load_demo`` and kept in a schema of
the test database; a test that needs it gets it back with one ``INSERT … SELECT`` per table
instead of building it again (a quarter of a minute each time).

The copy lives beside the test tables, in a schema outside the search path: Django's flush
between transactional tests never sees it, and it goes with the test database. The demo's
files stay where load_demo stored them under MEDIA_ROOT, which the rows name.
"""

import io

from django.apps import apps
from django.core.cache import caches
from django.core.management import call_command
from django.core.management.color import no_style
from django.db import connection, transaction

SCHEMA = "demo_snapshot"


def take_copy() -> None:
    """Load the demo, copy it, and put the database back to what the migrations created."""
    if getattr(connection, "_test_serialized_contents", None) is None:
        connection._test_serialized_contents = connection.creation.serialize_db_to_string()
    call_command("load_demo", stdout=io.StringIO())
    with transaction.atomic(), connection.cursor() as cursor:
        # A copy left by an earlier run (pytest --reuse-db) may hold an older demo.
        cursor.execute(f"DROP SCHEMA IF EXISTS {SCHEMA} CASCADE")
        cursor.execute(f"CREATE SCHEMA {SCHEMA}")
        for table, columns in stored_columns(cursor).items():
            cursor.execute(
                f'CREATE TABLE {SCHEMA}."{table}" AS SELECT {columns} FROM public."{table}"'  # noqa: S608
            )
    restore_migrated_data()


def restore_copy() -> None:
    """Every table emptied and refilled from the copy, in one transaction (the test's own,
    when it has one): the foreign keys are checked once all rows are back."""
    with transaction.atomic(), connection.cursor() as cursor:
        tables = stored_columns(cursor)
        names = ", ".join(f'public."{table}"' for table in tables)
        # No table is emptied with checks still pending on it.
        cursor.execute("SET CONSTRAINTS ALL IMMEDIATE")
        cursor.execute(f"TRUNCATE {names}")
        cursor.execute("SET CONSTRAINTS ALL DEFERRED")
        for table, columns in tables.items():
            cursor.execute(
                f'INSERT INTO public."{table}" ({columns}) SELECT {columns} FROM {SCHEMA}."{table}"'  # noqa: S608
            )
        models = apps.get_models(include_auto_created=True)
        for statement in connection.ops.sequence_reset_sql(no_style(), models):
            cursor.execute(statement)
        cursor.execute("SET CONSTRAINTS ALL IMMEDIATE")
        cursor.execute("SET CONSTRAINTS ALL DEFERRED")
    # What the caches hold (Wagtail's site root paths, the page cache) came from other rows.
    for cache in caches.all():
        cache.clear()


def restore_migrated_data() -> None:
    """Empty the test database and put back what the migrations created, from the copy
    pytest-django keeps for serialized rollbacks."""
    call_command(
        "flush", interactive=False, verbosity=0, inhibit_post_migrate=True, reset_sequences=False
    )
    connection.creation.deserialize_db_from_string(connection._test_serialized_contents)


def stored_columns(cursor) -> dict[str, str]:
    """The project's tables and, for each, its stored (not generated) columns, quoted: the
    names the SQL above is built from come from the database's own catalogue."""
    tables = set(connection.introspection.django_table_names(only_existing=True))
    cursor.execute(
        "SELECT table_name, string_agg(quote_ident(column_name), ', ' ORDER BY ordinal_position) "
        "FROM information_schema.columns "
        "WHERE table_schema = 'public' AND is_generated = 'NEVER' GROUP BY table_name"
    )
    return {table: columns for table, columns in cursor.fetchall() if table in tables}
