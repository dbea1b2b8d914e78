"""The release the running code belongs to: a digest of its code, templates and
translations, read once at start-up. The shared page cache keys everything with it, so that
a release never serves fragments drawn by another release's templates, nor objects pickled
by its code, and two releases running side by side during a deploy keep apart."""

import hashlib
from pathlib import Path

BASE_DIR = Path(__file__).resolve().parent.parent
SOURCE_SUFFIXES = {".py", ".html", ".txt", ".po", ".css", ".js", ".svg"}
NOT_SOURCES = {".git", ".venv", "var", "node_modules", "tests", "benchmarks", "test-results"}


def source_files(base: Path = BASE_DIR):
    for path in sorted(base.iterdir()):
        if path.is_dir() and path.name not in NOT_SOURCES and not path.name.startswith("."):
            yield from source_files(path)
        elif path.is_file() and path.suffix in SOURCE_SUFFIXES:
            yield path


def code_version() -> str:
    """Twelve hex digits that change with any source file, template, catalogue or static
    file (a fragment names the static files of its release)."""
    digest = hashlib.sha256()
    for path in source_files():
        digest.update(str(path.relative_to(BASE_DIR)).encode())
        digest.update(path.read_bytes())
    return digest.hexdigest()[:12]
