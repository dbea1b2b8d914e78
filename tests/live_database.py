"""The test database, as another process (an app instance, a worker) reaches it."""

from django.db import connection


def database_url() -> str:
    """The test database, for the app instances started here."""
    database = connection.settings_dict
    host = database["HOST"] or database.get("OPTIONS", {}).get("host", "")
    if host.startswith("/"):
        return f"postgres://{database['USER']}@/{database['NAME']}?host={host}"
    return f"postgres://{database['USER']}@{host}:{database['PORT'] or 5432}/{database['NAME']}"
