"""Staff translate one language at a time, and see what is left to translate."""

import re

from django.contrib.auth.models import Group
from playwright.sync_api import expect

from members.factories import UserFactory
from tests.browser.demo import demo_pages, path_in
from tests.browser.steps import sign_in_to_admin

OTHER_LANGUAGES = ("de", "it", "es", "pt")


def staff_member(username: str, group: str):
    """A member of one of Wagtail's staff groups (Editors write, Moderators also publish)."""
    user = UserFactory(email=username, is_staff=True)
    user.groups.add(Group.objects.get(name=group))
    return user


def test_a_french_editor_fills_the_french_fields_of_who_we_are(page, demo_site):
    french_editor = staff_member("traduction@efus.eu", "Moderators")
    pages = demo_pages()
    about = pages["about"]
    sign_in_to_admin(page, demo_site, french_editor.username, UserFactory.PASSWORD)

    page.goto(demo_site + f"/admin/pages/{about.pk}/edit/")
    picker = page.locator(".locale-picker")
    expect(picker).to_contain_text("View / edit fields for")
    picker.get_by_role("button", name="fr", exact=True).click()
    # English stays as the reference beside French; the other languages are out of the way.
    form = page.get_by_role("tabpanel", name="Content")
    for label in ("Introduction", "Mission", "Values"):
        expect(form.get_by_text(f"{label} [en]", exact=True)).to_be_visible()
        expect(form.get_by_text(f"{label} [fr]", exact=True)).to_be_visible()
        for code in OTHER_LANGUAGES:
            expect(form.get_by_text(f"{label} [{code}]", exact=True)).to_be_hidden()
    intro = "L’Efus réunit les villes d’Europe autour d’une sécurité urbaine démocratique."
    page.locator("#id_intro_fr").fill(intro)
    page.get_by_role("button", name="More actions").click()
    page.get_by_role("button", name="Publish", exact=True).click()
    expect(page.locator(".messages")).to_contain_text("has been published")

    page.goto(demo_site + path_in(about, "fr"))
    expect(page.locator("main")).to_contain_text(intro)

    # The choice follows the editor to the next page's editor.
    governance = pages["governance"]
    page.goto(demo_site + f"/admin/pages/{governance.pk}/edit/")
    expect(page.locator(".locale-picker button.showing-locale")).to_have_text(["en", "fr"])
    expect(page.locator("#id_intro_fr")).to_be_visible()
    for code in OTHER_LANGUAGES:
        expect(page.locator(f"#id_intro_{code}")).to_be_hidden()


def test_staff_open_the_translations_report_from_the_menu(page, demo_site):
    staff = staff_member("equipe@efus.eu", "Editors")
    sign_in_to_admin(page, demo_site, staff.username, UserFactory.PASSWORD)

    page.get_by_role("button", name="Reports", exact=True).click()
    page.get_by_role("list", name="Reports").get_by_role("link", name="Translations").click()
    expect(page).to_have_url(re.compile(r"/admin/reports/translations/$"))
    expect(page.get_by_role("heading", level=1)).to_have_text("Translations")
    # It opens on what is incomplete (in the demo, practices read in their authors' languages
    # only), under a summary per language that leads to the French objects that are complete.
    summary = page.locator("table[data-translation-summary]")
    for language in ("English", "French", "German", "Italian", "Spanish", "Portuguese"):
        expect(summary.get_by_role("rowheader", name=language)).to_be_visible()
    french = summary.get_by_role("row").filter(has=page.get_by_role("rowheader", name="French"))
    french.locator('[data-status="complete"] a').click()
    expect(page).to_have_url(re.compile(r"[?&]status=complete(&|$)"))
    results = page.locator("table:not([data-translation-summary])")
    expect(results.get_by_role("columnheader", name="French")).to_be_visible()
    about = demo_pages()["about"]
    results.get_by_role("link", name=about.title, exact=True).click()
    expect(page).to_have_url(re.compile(rf"/admin/pages/{about.pk}/edit/$"))


def test_with_french_only_the_french_fields_of_orderables_and_grouped_panels_stay(page, demo_site):
    editor = staff_member("redaction@efus.eu", "Editors")
    pages = demo_pages()
    sign_in_to_admin(page, demo_site, editor.username, UserFactory.PASSWORD)

    page.goto(demo_site + f"/admin/pages/{pages['about'].pk}/edit/")
    picker = page.locator(".locale-picker")
    picker.get_by_role("button", name="en", exact=True).click()
    picker.get_by_role("button", name="fr", exact=True).click()
    expect(picker.locator("button.showing-locale")).to_have_text(["fr"])
    form = page.get_by_role("tabpanel", name="Content")
    # The About page's objectives (an inline panel) and its quality label (a group of fields).
    for label, count in (("Objective", 3), ("Quality label", 1)):
        expect(form.get_by_text(f"{label} [fr]", exact=True)).to_have_count(count)
        for field in form.get_by_text(f"{label} [fr]", exact=True).all():
            expect(field).to_be_visible()
        for code in ("en", *OTHER_LANGUAGES):
            for field in form.get_by_text(f"{label} [{code}]", exact=True).all():
                expect(field).to_be_hidden()
    # What has no language (the label's logo) stays.
    expect(form.get_by_text("Quality label logo", exact=True)).to_be_visible()

    # The international page's statuses, on the next editor: still French only.
    page.goto(demo_site + f"/admin/pages/{pages['international'].pk}/edit/")
    statuses = page.locator("[id^='inline_child_statuses-']:not([id$='__prefix__'])")
    expect(statuses.first.get_by_text("Title [fr]", exact=True)).to_be_visible()
    expect(statuses.first.get_by_text("Title [de]", exact=True)).to_be_hidden()
    expect(statuses.first.get_by_text("Title [en]", exact=True)).to_be_hidden()
