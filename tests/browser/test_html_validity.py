"""HTML validity: the Nu Html Checker (vnu) finds no error in any page type nor error page,
and every page is in the language it declares.

The pages are rendered with Django's test client from the demo content, written to files and
checked in one run of vnu.jar. vnu comes from the npm registry (node_modules/, installed by
``make test`` where npm exists) and needs Java; without either these tests are skipped.
"""

import json
import shutil
import subprocess
from pathlib import Path

import pytest
from django.conf import settings
from django.template import loader
from django.utils import translation

from tests.browser.demo import demo_paths, not_found_path

NODE_MODULES = Path(__file__).resolve().parents[2] / "node_modules"
VNU = NODE_MODULES / "vnu-jar" / "build" / "dist" / "vnu.jar"
JAVA = shutil.which("java")
# Every page type and the 404 page in English and French, the fully translated languages.
LANGUAGES = ["en", "fr"]
# The demo leaves most German, Italian, Spanish and Portuguese texts untranslated: their pages
# show the English texts, which must be marked as English (WCAG 3.1.2, language of parts).
PARTLY_TRANSLATED = [code for code, _name in settings.LANGUAGES if code not in LANGUAGES]
ERROR_TEMPLATES = ["500", "503"]
# vnu's warning when a document's text is not in the language of its <html lang>.
WRONG_LANGUAGE = "This document appears to be written in"

pytestmark = [
    pytest.mark.skipif(JAVA is None, reason="HTML validity checks skipped: java is not installed"),
    pytest.mark.skipif(
        not VNU.exists(), reason=f"HTML validity checks skipped: vnu.jar is not installed at {VNU}"
    ),
]


def run_vnu(files: list[Path]) -> list[dict]:
    """vnu's errors and warnings about ``files``: it reports them as JSON on stderr."""
    completed = subprocess.run(  # noqa: S603 - our own files
        [JAVA, "-jar", str(VNU), "--format", "json", *map(str, files)],
        capture_output=True,
        text=True,
        timeout=300,
        check=False,
    )
    try:
        report = json.loads(completed.stderr)
    except json.JSONDecodeError:
        pytest.fail(f"vnu did not report JSON (exit {completed.returncode}):\n{completed.stderr}")
    return report["messages"]


def is_error(message: dict) -> bool:
    return message["type"] == "error" or message.get("subType") == "fatal"


def describe(message: dict) -> str:
    name = Path(message.get("url", "")).name
    line = message.get("lastLine", "?")
    extract = (message.get("extract") or "").strip().replace("\n", " ")
    return f"{name}:{line}: {message['message']}\n    {extract}"


def save(tmp_path: Path, name: str, html: bytes) -> Path:
    html_file = tmp_path / f"{name}.html"
    html_file.write_bytes(html)
    return html_file


def test_every_page_type_and_the_error_pages_are_valid_html_in_their_language(
    client, tmp_path, demo_content
):
    files = []
    for language in LANGUAGES + PARTLY_TRANSLATED:
        addresses = demo_paths(language)
        if language in LANGUAGES:
            addresses["404"] = not_found_path(language)
        for name, address in addresses.items():
            response = client.get(address)
            assert response.status_code == (404 if name == "404" else 200), address
            files.append(save(tmp_path, f"{name}-{language}", response.content))
    for name in ERROR_TEMPLATES:  # rendered by pages.views.server_error, without a database
        for language in LANGUAGES:
            with translation.override(language):
                html = loader.get_template(f"{name}.html").render({"LANGUAGE_CODE": language})
            files.append(save(tmp_path, f"{name}-{language}", html.encode()))

    messages = run_vnu(files)
    errors = [message for message in messages if is_error(message)]
    assert not errors, "vnu found HTML errors:\n" + "\n".join(map(describe, errors))
    wrong_language = [m for m in messages if m["message"].startswith(WRONG_LANGUAGE)]
    assert not wrong_language, "pages not in their declared language:\n" + "\n".join(
        map(describe, wrong_language)
    )
