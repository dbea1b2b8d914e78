"""Settings an operator needs are read from the environment."""

import os
import subprocess
import sys

from django.conf import settings


def setting_with_environment(name: str, **environment) -> str:
    """The value of setting ``name`` when the settings load with ``environment``."""
    result = subprocess.run(
        [sys.executable, "-c", f"from django.conf import settings; print(settings.{name})"],
        env={
            **os.environ,
            "DJANGO_SETTINGS_MODULE": "efus_site.settings.base",
            "DATABASE_URL": "postgres://nobody@127.0.0.1:1/unused",
            **environment,
        },
        cwd=settings.BASE_DIR,
        capture_output=True,
        text=True,
        check=True,
    )
    return result.stdout.strip()


def test_the_file_email_backend_writes_where_the_environment_says(tmp_path):
    assert setting_with_environment("EMAIL_FILE_PATH", EMAIL_FILE_PATH=str(tmp_path)) == str(
        tmp_path
    )
    assert setting_with_environment("EMAIL_FILE_PATH") == str(settings.BASE_DIR / "var" / "emails")
