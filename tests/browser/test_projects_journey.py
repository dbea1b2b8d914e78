"""Visitors explore the European projects and the themes, in a real browser: they filter the
projects on a phone, open a project, a partner's profile and a theme's page; axe-core and the
Nu Html Checker find nothing to fix on these pages, in six languages."""

import pytest
from django.conf import settings
from playwright.sync_api import expect

from projects.models import ProjectIndexPage, ProjectPage
from tests.browser.demo import path_in
from tests.browser.test_accessibility import AXE, axe_violations, describe
from tests.browser.test_html_validity import JAVA, VNU, is_error, run_vnu, save
from tests.browser.test_html_validity import describe as describe_message
from themes.models import ThemeIndexPage

LANGUAGE_CODES = [code for code, _name in settings.LANGUAGES]
PHONE = {"width": 375, "height": 812}


def project_paths(language: str) -> dict[str, str]:
    """The address in ``language`` of each page this journey checks, by short name."""
    projects = path_in(ProjectIndexPage.objects.get(), language)
    themes = path_in(ThemeIndexPage.objects.get(), language)
    project = ProjectPage.objects.get(acronym="SAFE-NIGHTS")
    return {
        "projects": projects,
        "projects filtered": f"{projects}?status=closed&theme=drugs-and-addictions",
        "project": path_in(project, language),
        "themes": themes,
        "theme": f"{themes}nightlife/",
    }


def has_no_horizontal_scroll(page) -> bool:
    return page.evaluate("document.documentElement.scrollWidth <= window.innerWidth")


def test_visitor_filters_projects_on_a_phone_and_follows_one_to_a_partner_and_a_theme(
    page, shared_demo_site
):
    page.set_viewport_size(PHONE)
    page.goto(shared_demo_site + "/en/projects/")
    expect(page.get_by_role("heading", level=1)).to_have_text("European projects")
    assert has_no_horizontal_scroll(page)

    filters = page.get_by_role("search", name="Find a project")
    filters.get_by_label("Status").select_option(label="Closed")
    filters.get_by_role("button", name="Show projects").click()

    expect(page).to_have_url(shared_demo_site + "/en/projects/?status=closed&theme=&programme=")
    cards = page.locator("article.card")
    expect(cards).to_have_count(ProjectPage.objects.closed().count())
    for card in cards.all():
        expect(card.locator(".tag").first).to_have_text("Closed")

    page.goto(shared_demo_site + "/en/projects/?status=ongoing")
    page.get_by_role("link", name="SAFE-NIGHTS – Safer nights in European cities").click()
    expect(page.get_by_role("heading", level=1)).to_have_text(
        "SAFE-NIGHTS – Safer nights in European cities"
    )
    assert has_no_horizontal_scroll(page)
    expect(page.locator(".facts")).to_contain_text("€1,850,000")

    page.get_by_role("link", name="Barcelona", exact=True).click()
    expect(page.get_by_role("heading", level=1)).to_have_text("Barcelona")

    page.go_back()
    page.locator(".facts").get_by_role("link", name="Nightlife").click()
    expect(page.get_by_role("heading", level=1)).to_have_text("Nightlife")
    expect(page.get_by_role("heading", level=2, name="European projects")).to_be_visible()
    expect(page.get_by_role("link", name="SAFE-NIGHTS – Safer nights in European cities"))
    assert has_no_horizontal_scroll(page)


@pytest.mark.skipif(not AXE.exists(), reason=f"axe-core is not installed at {AXE}")
@pytest.mark.parametrize("language", LANGUAGE_CODES)
def test_projects_and_themes_pages_have_no_wcag_violations(page, shared_demo_site, language):
    reports = []
    for path in project_paths(language).values():
        response = page.goto(shared_demo_site + path)
        assert response is not None and response.status == 200, path
        violations = axe_violations(page)
        if violations:
            reports.append(describe(path, violations))
    assert not reports, "axe found WCAG violations:\n" + "\n".join(reports)


@pytest.mark.skipif(JAVA is None or not VNU.exists(), reason="vnu.jar or java is missing")
def test_projects_and_themes_pages_are_valid_html(client, tmp_path, demo_content):
    files = []
    for language in LANGUAGE_CODES:
        for name, path in project_paths(language).items():
            response = client.get(path)
            assert response.status_code == 200, path
            files.append(save(tmp_path, f"{name}-{language}".replace(" ", "-"), response.content))

    errors = [message for message in run_vnu(files) if is_error(message)]

    assert not errors, "vnu found HTML errors:\n" + "\n".join(map(describe_message, errors))
