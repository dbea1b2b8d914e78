"""The production image: its Dockerfile passes hadolint, and its build and start steps
(deploy/build.sh, deploy/start.sh) work in a fresh virtualenv with production settings."""

import os
import secrets
import shutil
import socket
import subprocess
import sys
import time
import urllib.request
from pathlib import Path

import pytest

BASE_DIR = Path(__file__).resolve().parents[2]
HADOLINT = Path(sys.executable).parent / "hadolint"


def test_dockerfile_passes_hadolint():
    result = subprocess.run(
        [str(HADOLINT), "Dockerfile"], cwd=BASE_DIR, capture_output=True, text=True
    )
    assert result.returncode == 0, result.stdout + result.stderr


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def wait_for(url: str, host: str, seconds: float = 30) -> int:
    deadline = time.monotonic() + seconds
    while True:
        try:
            request = urllib.request.Request(url, headers={"Host": host})
            with urllib.request.urlopen(request, timeout=2) as response:
                return response.status
        except OSError:
            if time.monotonic() > deadline:
                raise
            time.sleep(0.5)


@pytest.mark.slow
def test_image_build_and_start_steps_in_a_fresh_virtualenv(tmp_path, django_db_blocker):
    source = tmp_path / "app"
    shutil.copytree(
        BASE_DIR,
        source,
        ignore=shutil.ignore_patterns(
            ".git", ".venv", "var", "node_modules", "test-results", "*.mo", "__pycache__"
        ),
    )
    environment = {k: v for k, v in os.environ.items() if not k.startswith("DJANGO")}
    environment["VENV"] = str(tmp_path / "venv")
    for step in ("dependencies", "assets"):
        subprocess.run(["sh", "deploy/build.sh", step], cwd=source, env=environment, check=True)
    assert (source / "var" / "static" / "staticfiles.json").exists()
    assert (source / "locale" / "fr" / "LC_MESSAGES" / "django.mo").exists()

    database_url = os.environ.get(
        "IMAGE_TEST_DATABASE_URL", "postgres://postgres@127.0.0.1:5432/postgres"
    )
    port = free_port()
    environment.update(
        PATH=f"{tmp_path / 'venv' / 'bin'}:{environment['PATH']}",
        DJANGO_SETTINGS_MODULE="efus_site.settings.production",
        SECRET_KEY=secrets.token_urlsafe(50),
        DATABASE_URL=database_url,
        ALLOWED_HOSTS="efus.example",
        PORT=str(port),
        BIND_ADDRESS="127.0.0.1",
        WEB_CONCURRENCY="1",
        SECURE_SSL_REDIRECT="false",
    )
    server = subprocess.Popen(["sh", "deploy/start.sh"], cwd=source, env=environment)
    try:
        assert wait_for(f"http://127.0.0.1:{port}/healthz", "efus.example") == 200
        check = subprocess.run(
            [str(tmp_path / "venv" / "bin" / "python"), "deploy/healthcheck.py"],
            cwd=source,
            env=environment,
        )
        assert check.returncode == 0
        assert wait_for(f"http://127.0.0.1:{port}/static/css/site.css", "efus.example") == 200
    finally:
        server.terminate()
        server.wait(timeout=20)
