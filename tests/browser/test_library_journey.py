"""Visitors and members use the library, in a real browser: filtering, downloading, the lock
on members-only files and the sign-in it leads to, on a computer and on a phone."""

import re
from pathlib import Path

import pytest
from django.conf import settings
from django.urls import reverse
from django.utils import timezone, translation
from playwright.sync_api import expect

from members.factories import MemberAccountFactory, UserFactory
from members.models import MemberAuthority
from publications.factories import PublicationFactory
from publications.models import Download, LibraryPage, Publication
from tests.browser.demo import members_only_publication, path_in, publication_path
from tests.browser.steps import sign_in_as_member
from tests.browser.test_accessibility import AXE, axe_violations, describe
from themes.models import Theme

LANGUAGE_CODES = [code for code, _name in settings.LANGUAGES]
PHONE = {"width": 375, "height": 812}
MEMBER_EMAIL = "ana.silva@lisboa.example.org"
PUBLICATION_PATH = re.compile(r"/en/publications/([a-z0-9-]+)/$")


def library_path(language: str = "en") -> str:
    return path_in(LibraryPage.objects.get(), language)


def download_bytes(page, link) -> tuple[str, bytes]:
    """Click ``link``, which must start a download; its suggested file name and bytes."""
    with page.expect_download() as download_info:
        link.click()
    download = download_info.value
    return download.suggested_filename, Path(download.path()).read_bytes()


def member_of(authority: MemberAuthority):
    """A person of ``authority`` with an account, who signs in with ``MEMBER_EMAIL``."""
    return MemberAccountFactory(user=UserFactory(email=MEMBER_EMAIL), authority=authority)


def test_visitor_filters_by_theme_and_language_and_downloads_a_public_file(page, demo_site):
    nightlife = Theme.objects.get(slug="nightlife")
    matching = Publication.objects.about_any([nightlife]).available_in(["fr"])
    page.goto(demo_site + "/en/publications/")
    expect(page.get_by_role("heading", level=1)).to_have_text("Publications")

    filters = page.get_by_role("search", name="Find a publication")
    filters.get_by_role("group", name="Theme").get_by_role(
        "checkbox", name=re.compile(r"^Nightlife \(\d+\)$")
    ).check()
    filters.get_by_role("group", name="Language").get_by_role(
        "checkbox", name=re.compile(r"^French \(\d+\)$")
    ).check()
    filters.get_by_role("button", name="Show publications").click()

    expect(page).to_have_url(re.compile(r"\?(?=.*theme=nightlife)(?=.*language=fr)"))
    expect(page.get_by_role("heading", level=2, name=re.compile("publications?$"))).to_have_text(
        f"{matching.count()} publications"
    )
    chosen = page.get_by_role("navigation", name="Chosen filters")
    expect(chosen).to_contain_text("Theme: Nightlife")
    expect(chosen).to_contain_text("Language: French")
    cards = page.locator(".publication-card")
    expect(cards).to_have_count(min(matching.count(), 20))
    for card in cards.all():
        expect(card).to_contain_text("Nightlife")
        expect(card.locator(".publication-card__languages")).to_contain_text("French")

    public_card = cards.filter(has_not=page.locator(".badge")).first
    title = public_card.get_by_role("heading", level=3).inner_text()
    public_card.get_by_role("heading", level=3).get_by_role("link").click()
    expect(page).to_have_url(PUBLICATION_PATH)
    expect(page.get_by_role("heading", level=1)).to_have_text(title)
    publication = Publication.objects.get(slug=PUBLICATION_PATH.search(page.url)[1])
    assert not publication.is_members_only
    downloads_before = Download.objects.count()

    name, content = download_bytes(page, page.get_by_role("link", name="Download in French"))

    assert name == publication.files.get(language="fr").document.filename
    assert content.startswith(b"%PDF")
    assert Download.objects.count() == downloads_before + 1
    recorded = Download.objects.latest("pk")
    assert (recorded.publication, recorded.language, recorded.authority) == (
        publication,
        "fr",
        None,
    )


def test_anonymous_visitor_meets_the_lock_signs_in_and_downloads_the_members_file(page, demo_site):
    authority = MemberAuthority.objects.active().order_by("slug").first()
    member_of(authority)
    report = Publication.objects.members_only().available_in(["en"]).order_by("slug").first()
    report_path = publication_path(LibraryPage.objects.get(), report, "en")

    page.goto(demo_site + report_path)
    expect(page.get_by_role("heading", level=1)).to_have_text(report.title_en)
    downloads = page.get_by_role("region", name="Download")
    expect(downloads).to_contain_text("This publication is for members of Efus only.")
    expect(downloads.get_by_role("link", name=re.compile("^Download in"))).to_have_count(0)

    downloads.get_by_role("link", name="Sign in to download it").click()
    expect(page).to_have_url(re.compile(r"/en/account/login/\?next="))
    expect(page.get_by_role("heading", level=1)).to_have_text("Members' sign-in")
    sign_in_as_member(page, MEMBER_EMAIL, UserFactory.PASSWORD)

    expect(page).to_have_url(demo_site + report_path)
    expect(page.get_by_role("link", name="My account")).to_be_visible()
    downloads_before = Download.objects.count()
    name, content = download_bytes(page, downloads.get_by_role("link", name="Download in English"))

    assert name == report.files.get(language="en").document.filename
    assert content.startswith(b"%PDF")
    assert Download.objects.count() == downloads_before + 1
    recorded = Download.objects.latest("pk")
    assert (recorded.publication, recorded.language, recorded.authority) == (
        report,
        "en",
        authority,
    )


# The library's controls (its search box, sort, filter boxes and button) that are hidden or
# stick out of the window.
OUT_OF_REACH = """() => {
    const problems = [];
    const controls = document.querySelectorAll(".library__filters :is(input, select, button)");
    for (const control of controls) {
        const box = control.getBoundingClientRect();
        const name = `${control.name || control.textContent.trim()} ${control.value}`;
        if (!control.checkVisibility()) problems.push(`${name} is hidden`);
        else if (box.left < 0 || box.right > window.innerWidth) {
            problems.push(`${name} sticks out (${box.left}–${box.right})`);
        }
    }
    return problems;
}"""


def page_width(page) -> int:
    return page.evaluate("document.documentElement.scrollWidth")


def test_the_library_is_usable_on_a_phone(page, shared_demo_site):
    page.set_viewport_size(PHONE)
    page.goto(shared_demo_site + library_path())
    # The facets are folded: the first publication comes within the second screen.
    assert page.locator(".publication-card").first.bounding_box()["y"] < 2 * PHONE["height"]
    assert page_width(page) <= PHONE["width"]

    filters = page.get_by_role("search", name="Find a publication")
    filters.get_by_text("More filters", exact=True).click()
    assert page.evaluate(OUT_OF_REACH) == []
    guides = filters.get_by_role("group", name="Kind").get_by_role(
        "checkbox", name=re.compile(r"^Guide \(\d+\)$")
    )
    guides.scroll_into_view_if_needed()
    expect(guides).to_be_in_viewport()
    guides.check()
    show = filters.get_by_role("button", name="Show publications")
    show.scroll_into_view_if_needed()
    expect(show).to_be_in_viewport()
    show.click()

    expect(page).to_have_url(re.compile(r"[?&]kind=guide(&|$)"))
    expect(filters.get_by_text("More filters (1 chosen)", exact=True)).to_be_visible()
    assert page_width(page) <= PHONE["width"]
    guides_count = Publication.objects.filter(kind=Publication.Kind.GUIDE).count()
    expect(page.get_by_role("heading", level=2, name=re.compile("publications?$"))).to_have_text(
        f"{guides_count} publications"
    )
    cards = page.locator(".publication-card")
    expect(cards).to_have_count(min(guides_count, 20))
    first = cards.first
    expect(first).to_contain_text("Guide")
    first.get_by_role("heading", level=3).get_by_role("link").click()
    expect(page).to_have_url(PUBLICATION_PATH)
    assert page_width(page) <= PHONE["width"]


def test_long_words_fit_a_phone_in_every_language(page, demo_site):
    """German compounds (theme names, "Autorinnen und Autoren") are the longest words: a
    publication with authors and every theme, and the library listing it first."""
    crowded = PublicationFactory(
        published_on=timezone.localdate(),
        authors="Efus, Universität Hamburg, Università di Bologna",
        themes=list(Theme.objects.all()),
        languages=["en", "de"],
    )
    library = LibraryPage.objects.get()
    page.set_viewport_size(PHONE)
    too_wide = []
    for language in LANGUAGE_CODES:
        for path in (path_in(library, language), publication_path(library, crowded, language)):
            page.goto(demo_site + path)
            expect(page.locator("main")).to_contain_text(crowded.slug)
            if page_width(page) > PHONE["width"]:
                too_wide.append(f"{path} is {page_width(page)}px wide")
    assert not too_wide, "\n".join(too_wide)


@pytest.mark.skipif(
    not AXE.exists(), reason=f"accessibility checks skipped: axe-core is not installed at {AXE}"
)
def test_the_members_pages_have_no_wcag_violations_for_a_signed_in_member(page, demo_site):
    """The anonymous pages are checked in test_accessibility; these only show to members."""
    member_of(MemberAuthority.objects.active().order_by("slug").first())
    report = members_only_publication()
    page.goto(demo_site + "/en/account/login/")
    sign_in_as_member(page, MEMBER_EMAIL, UserFactory.PASSWORD)
    expect(page).to_have_url(demo_site + "/en/account/")

    reports = []
    for language in ("en", "fr"):
        with translation.override(language):
            members_area = reverse("account_home")
        paths = [members_area, publication_path(LibraryPage.objects.get(), report, language)]
        for path in paths:
            response = page.goto(demo_site + path)
            assert response is not None
            assert response.status == 200, path
            expect(page.locator("html")).to_have_attribute("lang", language)
            expect(page.locator(".downloads__list, .account-publications").first).to_be_visible()
            violations = axe_violations(page)
            if violations:
                reports.append(describe(path, violations))
    assert not reports, "axe found WCAG violations:\n" + "\n".join(reports)
