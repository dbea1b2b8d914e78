"""Production behaviour: health checks, outage pages, security headers, deploy checks."""

import os
import secrets
import subprocess
import sys
from pathlib import Path

BASE_DIR = Path(__file__).resolve().parents[2]


def test_healthz_reports_database_and_cache(client, db):
    response = client.get("/healthz")
    assert response.status_code == 200
    assert response.json() == {"database": "ok", "cache": "ok"}
    assert "no-cache" in response["Cache-Control"]


def test_healthz_fails_when_the_cache_is_unreachable(client, db, settings):
    settings.CACHES = {
        **settings.CACHES,
        "pages": {
            "BACKEND": "pages.caching.ResilientRedisCache",
            "LOCATION": "redis://127.0.0.1:1/0",
        },
    }
    response = client.get("/healthz")
    assert response.status_code == 503
    assert response.json() == {"database": "ok", "cache": "failing"}


def test_public_pages_send_a_strict_content_security_policy(client, site_tree):
    response = client.get(site_tree.about.url_in("en").removeprefix("http://localhost"))
    policy = response["Content-Security-Policy"]
    assert "script-src 'self'" in policy
    assert "unsafe-inline" not in policy
    assert "object-src 'none'" in policy
    assert response["X-Content-Type-Options"] == "nosniff"
    assert response["Referrer-Policy"] == "strict-origin-when-cross-origin"
    assert "camera=()" in response["Permissions-Policy"]
    assert response["X-Frame-Options"] == "DENY"


def run_manage(*args, **env):
    environment = {**os.environ, "DJANGO_SETTINGS_MODULE": "efus_site.settings.production", **env}
    environment.setdefault("DATABASE_URL", "postgres://postgres@127.0.0.1:5432/postgres")
    return subprocess.run(
        [sys.executable, "manage.py", *args],
        cwd=BASE_DIR,
        env=environment,
        capture_output=True,
        text=True,
        timeout=120,
    )


def test_production_settings_pass_the_deploy_checks():
    result = run_manage(
        "check",
        "--deploy",
        "--fail-level",
        "WARNING",
        SECRET_KEY=secrets.token_urlsafe(50),
    )
    assert result.returncode == 0, result.stderr
    assert "no issues" in result.stdout


def test_production_refuses_to_start_without_a_secret_key():
    environment = {k: v for k, v in os.environ.items() if k != "SECRET_KEY"}
    result = subprocess.run(
        [sys.executable, "manage.py", "check"],
        cwd=BASE_DIR,
        env={**environment, "DJANGO_SETTINGS_MODULE": "efus_site.settings.production"},
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert result.returncode != 0
    assert "SECRET_KEY must be set" in result.stderr
