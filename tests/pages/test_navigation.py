"""What leads a visitor on: the main menu's groups, the themes (from the menu, the home page
and every theme tag), and pages that keep their word (the home page's figures, the sign-in
page's "write to us")."""

import re

import pytest
from django.conf import settings
from django.urls import reverse
from django.utils import translation
from django.utils.html import strip_tags

from members.directory import network_figures
from members.factories import UserFactory
from pages.models import ContactPage, HomePage
from tests.browser.demo import demo_paths, path_in
from themes.models import Theme, ThemeIndexPage

LANGUAGE_CODES = [code for code, _name in settings.LANGUAGES]
# The demo's pages that show themes as tags: cards of lists, and the facts of an item.
PAGES_WITH_THEME_TAGS = [
    "home",
    "news",
    "news article",
    "library",
    "public publication",
    "events",
    "event",
    "projects",
    "project",
]


def main_of(client, path: str) -> str:
    response = client.get(path)
    assert response.status_code == 200, path
    return response.content.decode().partition("<main")[2]


def main_menu_of(html: str) -> str:
    return re.search(r'<nav class="main-menu".*?</nav>', html, flags=re.DOTALL)[0]


@pytest.mark.parametrize("language", ["en", "fr", "de"])
def test_every_theme_tag_links_to_its_theme_page(demo_content, client, language):
    themes_page = path_in(ThemeIndexPage.objects.get(), language)
    with translation.override(language):
        names = {theme.name for theme in Theme.objects.all()}
    slugs = set(Theme.objects.values_list("slug", flat=True))
    paths = demo_paths(language)
    for name in PAGES_WITH_THEME_TAGS:
        main = main_of(client, paths[name])
        links = re.findall(r'<a class="tag" href="([^"]*)"[^>]*>([^<]+)</a>', main)
        assert links, f"{name}: no theme tag"
        for href, text in links:
            assert href.removeprefix(themes_page).removesuffix("/") in slugs, (name, href)
            assert text in names, (name, text)
        plain = re.findall(r'<span class="tag"[^>]*>([^<]+)</span>', main)
        assert not names & set(plain), f"{name}: a theme's tag is not a link"


@pytest.mark.parametrize("language", LANGUAGE_CODES)
def test_the_menu_and_the_home_page_lead_to_the_themes(demo_content, client, language):
    themes_page = path_in(ThemeIndexPage.objects.get(), language)
    html = client.get(path_in(HomePage.objects.get(), language)).content.decode()

    assert f'href="{themes_page}"' in main_menu_of(html)
    themes = re.search(r'<section class="themes".*?</section>', html, flags=re.DOTALL)[0]
    for slug in Theme.objects.values_list("slug", flat=True):
        assert f'href="{themes_page}{slug}/"' in themes, slug


def test_the_main_menu_groups_the_sections_and_marks_the_page_shown(demo_content, client):
    governance = demo_paths("fr")["governance"]
    menu = main_menu_of(client.get(governance).content.decode())

    groups = re.findall(r"<summary([^>]*)>([^<]+)</summary>", menu)
    current = ' class="is-current-section"'
    assert groups == [(current, "L’Efus"), ("", "Notre action"), ("", "Le réseau")]
    about_group = menu.partition("L’Efus</summary>")[2].partition("</details>")[0]
    assert f'<a href="{governance}" aria-current="page">Gouvernance</a>' in about_group
    assert ">Le Manifeste des villes</a>" in about_group and ">Contact</a>" in about_group
    assert menu.count('aria-current="page"') == 1


@pytest.mark.parametrize("language", LANGUAGE_CODES)
def test_the_home_page_text_gives_no_other_count_of_members_than_its_figure(
    demo_content, client, language
):
    home = HomePage.objects.get()
    authorities = network_figures()["authorities"]
    with translation.override(language):
        text = " ".join([home.intro, home.search_description, strip_tags(str(home.body))]).replace(
            "\u202f", ""
        )
    main = main_of(client, path_in(home, language))

    assert f"<strong>{authorities}</strong>" in main
    counts = {int(number) for number in re.findall(r"\b\d{3,4}\b", text)}
    assert counts <= {authorities, home.founded_year}, counts


def test_the_sign_in_page_links_write_to_us_to_the_contact_page(demo_content, client):
    with translation.override("fr"):
        html = client.get(reverse("account_login")).content.decode()

    contact = path_in(ContactPage.objects.get(), "fr")
    assert f'<a href="{contact}">écrivez-nous</a>.' in html


def test_an_account_without_authority_links_write_to_us_to_the_contact_page(demo_content, client):
    user = UserFactory()
    client.force_login(user)
    with translation.override("de"):
        html = client.get(reverse("account_home")).content.decode()

    contact = path_in(ContactPage.objects.get(), "de")
    assert f'<a href="{contact}">Schreiben Sie uns</a>, wenn es sich um einen Irrtum' in html
