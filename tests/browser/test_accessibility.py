"""Accessibility: axe-core finds no WCAG 2.2 A/AA violation on any page type, in a real browser.

axe-core comes from the npm registry (node_modules/, installed by ``make test`` where npm
exists); without it these tests are skipped.
"""

from pathlib import Path

import pytest
from django.conf import settings
from django.contrib.auth.models import Group
from playwright.sync_api import expect

from members.factories import UserFactory
from tests.browser.demo import demo_pages, demo_paths, not_found_path
from tests.browser.steps import sign_in_to_admin

AXE = Path(__file__).resolve().parents[2] / "node_modules" / "axe-core" / "axe.min.js"
AXE_TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"]

pytestmark = pytest.mark.skipif(
    not AXE.exists(), reason=f"accessibility checks skipped: axe-core is not installed at {AXE}"
)

RUN_AXE = """async (tags) => {
    const results = await axe.run(document, {
        runOnly: {type: "tag", values: tags},
        resultTypes: ["violations"],
    });
    return results.violations.map((violation) => ({
        id: violation.id,
        impact: violation.impact,
        help: violation.help,
        helpUrl: violation.helpUrl,
        nodes: violation.nodes.map((node) => ({
            target: node.target.join(" "),
            summary: node.failureSummary,
        })),
    }));
}"""


def axe_violations(page) -> list[dict]:
    # Evaluated through the DevTools protocol, which the site's Content-Security-Policy
    # (no inline scripts) does not block, unlike page.add_script_tag().
    page.evaluate(AXE.read_text(encoding="utf-8"))
    return page.evaluate(RUN_AXE, AXE_TAGS)


def describe(url: str, violations: list[dict]) -> str:
    lines = [url]
    for violation in violations:
        lines.append(
            f"  [{violation['impact']}] {violation['id']}: {violation['help']}"
            f" ({violation['helpUrl']})"
        )
        for node in violation["nodes"]:
            lines.append(f"    - {node['target']}")
            for summary_line in (node["summary"] or "").splitlines():
                lines.append(f"        {summary_line}")
    return "\n".join(lines)


@pytest.mark.parametrize("language", [code for code, _name in settings.LANGUAGES])
def test_every_page_type_has_no_wcag_violations(page, shared_demo_site, language):
    paths = list(demo_paths(language).values())
    paths.append(not_found_path(language))
    reports = []
    for path in paths:
        response = page.goto(shared_demo_site + path)
        assert response is not None
        assert response.status == (404 if path == not_found_path(language) else 200), path
        violations = axe_violations(page)
        if violations:
            reports.append(describe(path, violations))
    assert not reports, "axe found WCAG violations:\n" + "\n".join(reports)


def contrast_failures(page, selector: str) -> list[str]:
    """axe-core's colour-contrast rule over ``selector``, as the page is styled now."""
    page.evaluate(AXE.read_text(encoding="utf-8"))
    violations = page.evaluate(
        """async (selector) => {
            const results = await axe.run(selector, {
                runOnly: {type: "rule", values: ["color-contrast"]},
                resultTypes: ["violations", "incomplete"],
            });
            return [...results.violations, ...results.incomplete].flatMap((found) =>
                found.nodes.map((node) => node.target.join(" ") + ": " + node.failureSummary));
        }""",
        selector,
    )
    return violations


def test_the_editors_language_buttons_are_readable_in_every_state(page, demo_site):
    staff = UserFactory(email="langues@efus.eu", is_staff=True)
    staff.groups.add(Group.objects.get(name="Editors"))
    sign_in_to_admin(page, demo_site, staff.username, UserFactory.PASSWORD)
    page.goto(demo_site + f"/admin/pages/{demo_pages()['about'].pk}/edit/")
    picker = page.locator(".locale-picker")
    french = picker.get_by_role("button", name="fr", exact=True)
    expect(french).to_have_attribute("aria-pressed", "false")
    states = {"English shown, the others not": lambda: None}
    states["French hovered"] = french.hover
    states["French shown, hovered"] = french.click
    english = picker.get_by_role("button", name="en", exact=True)
    # From the keyboard, as focus rings show.
    states["French focused"] = lambda: (
        page.mouse.move(0, 0),
        english.focus(),
        page.keyboard.press("Tab"),
    )
    failures = []
    for state, reach in states.items():
        reach()
        found = contrast_failures(page, ".locale-picker")
        failures += [f"{state}: {failure}" for failure in found]
    expect(french).to_have_attribute("aria-pressed", "true")
    outline = french.evaluate("(button) => getComputedStyle(button).outlineStyle")
    assert outline != "none", "the focused language button shows no focus ring"
    assert not failures, "\n".join(failures)
