"""The apps' layers: the content apps (publications, projects, news, events, practices,
groups) import no sibling but what lies below them (``pages``, ``themes``, ``members``) and
the services they use (``search``, ``background``, ``privacy``); ``themes`` imports
``pages`` only. What a page gathers from another content app comes through that app's
template tags or the page cache, so that no two content apps import each other. ``people``
(profiles and the people directory) stands on the same layer: it imports what lies below and
the services.

Every module of an app is read, its demo content and migrations too."""

import ast

from django.conf import settings

BELOW = {"pages", "themes", "members"}
SERVICES = {"search", "background", "privacy"}
MAY_IMPORT = {
    "publications": BELOW | SERVICES,
    "projects": BELOW | SERVICES,
    "news": BELOW | SERVICES,
    "events": BELOW | SERVICES,
    "practices": BELOW | SERVICES,
    "groups": BELOW | SERVICES,
    "people": BELOW | SERVICES,
    "themes": {"pages"},
}


def project_apps() -> set[str]:
    """The installed apps that are the project's own: a folder of the repository."""
    return {app for app in settings.INSTALLED_APPS if (settings.BASE_DIR / app).is_dir()}


def imported_apps(source: str, apps: set[str]) -> list[tuple[int, str]]:
    """``(line, app)`` for each import of one of ``apps`` in ``source``."""
    found = []
    for node in ast.walk(ast.parse(source)):
        if isinstance(node, ast.Import):
            names = [alias.name for alias in node.names]
        elif isinstance(node, ast.ImportFrom) and node.level == 0 and node.module:
            names = [node.module]
        else:
            continue
        found += [(node.lineno, name.split(".")[0]) for name in names if name.split(".")[0] in apps]
    return found


def forbidden_imports(app: str, source: str) -> list[tuple[int, str]]:
    siblings = project_apps() - {app}
    imported = imported_apps(source, siblings)
    return sorted((line, name) for line, name in imported if name not in MAY_IMPORT[app])


def test_each_app_imports_only_what_lies_below_it():
    found = []
    for app in MAY_IMPORT:
        for path in sorted((settings.BASE_DIR / app).rglob("*.py")):
            for line, name in forbidden_imports(app, path.read_text()):
                found.append(f"{path.relative_to(settings.BASE_DIR)}:{line} imports {name}")

    assert found == [], "Imports across the layers:\n" + "\n".join(found)


def test_every_app_the_rule_names_is_installed():
    assert set(MAY_IMPORT) | BELOW | SERVICES <= project_apps()


def test_an_import_of_a_sibling_content_app_is_found_wherever_it_is():
    source = (
        "import projects.models\n"
        "from pages.routing import live_page\n"
        "def theme_page():\n"
        "    from publications.models import Publication\n"
    )

    assert forbidden_imports("news", source) == [(1, "projects"), (4, "publications")]
    assert forbidden_imports("themes", "from members.models import MemberAuthority\n") == [
        (1, "members")
    ]
