"""Visitors read the news and subscribe to the newsletter, in a real browser: filtering by
theme, opening an article, subscribing on a phone and confirming with the emailed link; and
the news pages have no WCAG violation in any language."""

import re
from urllib.parse import urlsplit

import pytest
from django.conf import settings
from django.db.models import Count
from playwright.sync_api import expect

from news.models import NewsArticlePage, NewsIndexPage, NewsletterPage, Subscriber
from tests.browser.demo import path_in
from tests.browser.steps import emails_received
from tests.browser.test_accessibility import AXE, axe_violations, describe
from themes.models import Theme

LANGUAGE_CODES = [code for code, _name in settings.LANGUAGES]
PHONE = {"width": 375, "height": 740}
HORIZONTAL_OVERFLOW = "document.documentElement.scrollWidth - window.innerWidth"
CONFIRM_LINK = re.compile(r"https?://\S+/confirm/[\w-]+/")


def busiest_theme() -> tuple[Theme, int]:
    """The theme with the most demo articles, and how many it has."""
    index = NewsIndexPage.objects.get()
    counts = {theme: index.articles().about(theme).count() for theme in Theme.objects.all()}
    return max(counts.items(), key=lambda item: (item[1], item[0].slug))


def most_linked_article() -> NewsArticlePage:
    """The demo article that links to the most members, projects and publications: its page
    shows the most."""
    links = Count("authorities", distinct=True) + Count("publications", distinct=True)
    links += Count("projects", distinct=True)
    return NewsArticlePage.objects.live().annotate(links=links).order_by("-links", "pk").first()


def test_a_visitor_filters_the_news_by_theme_and_opens_an_article(page, shared_demo_site):
    theme, count = busiest_theme()
    page.goto(shared_demo_site + path_in(NewsIndexPage.objects.get(), "en"))
    expect(page.get_by_role("heading", level=1)).to_have_text("News")

    filters = page.get_by_role("search", name="Filter the news")
    filters.get_by_label("Theme").select_option(label=theme.name_en)
    filters.get_by_role("button", name="Show the news").click()

    expect(page).to_have_url(re.compile(rf"[?&]theme={theme.slug}(&|$)"))
    results = page.get_by_role("heading", level=2, name=re.compile(r"articles? on"))
    expect(results).to_have_text(f"{count} article{'s' if count > 1 else ''} on {theme.name_en}")
    cards = page.locator(".news-card")
    expect(cards).to_have_count(min(count, 12))
    for card in cards.all():
        expect(card.locator(".news-card__themes")).to_contain_text(theme.name_en)

    first = cards.first
    title = first.get_by_role("heading", level=3).inner_text()
    first.get_by_role("link", name=title).click()
    expect(page.get_by_role("heading", level=1)).to_have_text(title)
    article = NewsArticlePage.objects.get(title_en=title)
    expect(page.locator("time").first).to_have_attribute("datetime", article.date.isoformat())

    # The article's theme tag leads to the theme's page, with everything on that theme.
    page.get_by_role("main").get_by_role("link", name=theme.name_en, exact=True).click()
    expect(page).to_have_url(re.compile(rf"/en/themes/{theme.slug}/$"))
    expect(page.get_by_role("heading", level=1)).to_have_text(theme.name_en)


def test_a_visitor_subscribes_on_a_phone_and_confirms(page, demo_site, mailoutbox):
    newsletter = NewsletterPage.objects.get()
    page.set_viewport_size(PHONE)
    page.goto(demo_site + path_in(newsletter, "en"))
    assert page.evaluate(HORIZONTAL_OVERFLOW) <= 0
    language = page.get_by_label("Language of the newsletter")
    expect(language).to_have_value("en")  # the page's language

    page.get_by_label("Email address", exact=True).fill("giulia@torino.example.org")
    language.select_option("it")
    consent = page.get_by_role("checkbox")
    consent.scroll_into_view_if_needed()
    consent.check()
    button = page.get_by_role("button", name="Subscribe")
    button.scroll_into_view_if_needed()
    expect(button).to_be_in_viewport()
    button.click()

    expect(page).to_have_url(re.compile(r"\?sent=1(#signup)?$"))
    expect(page.get_by_role("status")).to_be_in_viewport()
    assert page.evaluate(HORIZONTAL_OVERFLOW) <= 0
    assert page.context.cookies() == []
    [message] = emails_received(mailoutbox, 1)
    assert message.to == ["giulia@torino.example.org"]
    assert message.extra_headers["Content-Language"] == "it"
    assert "List-Unsubscribe" in message.extra_headers

    page.goto(demo_site + urlsplit(CONFIRM_LINK.search(message.body)[0]).path)
    expect(page.locator("html")).to_have_attribute("lang", "it")
    assert not Subscriber.objects.get().is_confirmed  # opening the link is not enough
    page.locator("main").get_by_role("button").click()  # "Confirm my subscription"
    expect(page.get_by_role("status")).to_be_visible()
    assert page.evaluate(HORIZONTAL_OVERFLOW) <= 0
    assert page.context.cookies() == []
    assert Subscriber.objects.get().is_confirmed


@pytest.mark.skipif(
    not AXE.exists(), reason=f"accessibility checks skipped: axe-core is not installed at {AXE}"
)
@pytest.mark.parametrize("language", LANGUAGE_CODES)
def test_the_news_pages_have_no_wcag_violations(page, shared_demo_site, language):
    news = path_in(NewsIndexPage.objects.get(), language)
    article = most_linked_article()
    paths = [
        news,
        f"{news}?theme={busiest_theme()[0].slug}&page=1",
        path_in(article, language),
        path_in(NewsletterPage.objects.get(), language),
    ]
    reports = []
    for path in paths:
        response = page.goto(shared_demo_site + path)
        assert response is not None and response.status == 200, path
        violations = axe_violations(page)
        if violations:
            reports.append(describe(path, violations))
    assert not reports, "axe found WCAG violations:\n" + "\n".join(reports)


def test_the_news_pages_fit_a_phone_in_every_language(page, shared_demo_site):
    """German compounds (themes, "Mitgliedskommunen") are the longest words."""
    article = most_linked_article()
    page.set_viewport_size(PHONE)
    too_wide = []
    for language in LANGUAGE_CODES:
        news = path_in(NewsIndexPage.objects.get(), language)
        for path in (
            news,
            path_in(article, language),
            path_in(NewsletterPage.objects.get(), language),
        ):
            page.goto(shared_demo_site + path)
            if page.evaluate(HORIZONTAL_OVERFLOW) > 0:
                too_wide.append(f"{path} overflows by {page.evaluate(HORIZONTAL_OVERFLOW)}px")
    assert not too_wide, "\n".join(too_wide)
