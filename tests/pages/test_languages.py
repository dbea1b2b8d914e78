import pytest
from django.conf import settings
from django.utils import translation
from django.utils.translation import gettext
from wagtail.admin.widgets import AdminDateTimeInput

LANGUAGE_CODES = [code for code, _name in settings.LANGUAGES]


def path_of(page, language):
    return page.url_in(language).removeprefix("http://localhost")


@pytest.mark.django_db
@pytest.mark.parametrize(
    ("accept_language", "expected"),
    [
        ("fr-FR,fr;q=0.9,en;q=0.8", "/fr/"),
        ("de", "/de/"),
        ("pt-PT", "/pt/"),
        ("it;q=0.2, es;q=0.9", "/es/"),
        ("ja", "/en/"),
        ("", "/en/"),
        ("*;q=abc,,,;;;", "/en/"),
        ("x" * 5000, "/en/"),
    ],
)
def test_root_redirects_to_the_browsers_language(client, accept_language, expected):
    response = client.get("/", headers={"accept-language": accept_language})
    assert response.status_code == 302
    assert response["Location"] == expected
    assert "Accept-Language" in response["Vary"]


def test_language_switcher_links_to_the_same_page_in_each_language(client, site_tree):
    response = client.get(path_of(site_tree.governance, "fr"))
    html = response.content.decode()
    for code in LANGUAGE_CODES:
        translated_path = path_of(site_tree.governance, code)
        assert f"Governance {code.upper()}" in client.get(translated_path).content.decode()
        assert f'href="{site_tree.governance.url_in(code)}" lang="{code}"' in html
    assert 'lang="fr" hreflang="fr" aria-current="true"' in html


def test_french_page_is_in_french(client, site_tree):
    html = client.get(path_of(site_tree.about, "fr")).content.decode()
    with translation.override("fr"):
        skip_link = gettext("Skip to main content")
    assert skip_link != "Skip to main content"
    assert skip_link in html
    assert "Introduction to About [fr]" in html
    assert "Mission [fr]" in html


def test_missing_translation_falls_back_to_english_and_says_so(client, site_tree):
    german = client.get(path_of(site_tree.about, "de")).content.decode()
    assert "About DE" in german
    assert "Introduction to About [en]" in german
    assert 'class="notice"' in german
    french = client.get(path_of(site_tree.about, "fr")).content.decode()
    assert 'class="notice"' not in french


def test_emptied_rich_text_translation_falls_back_to_english(client, site_tree):
    about = site_tree.about
    about.mission_fr = "<p></p>"
    about.save_revision().publish()
    about.refresh_from_db()
    assert about.mission_fr is None
    html = client.get(path_of(about, "fr")).content.decode()
    assert "Mission [en]" in html
    assert 'class="notice"' in html


def test_unknown_language_prefix_is_not_found(client, site_tree):
    response = client.get("/xx/about-en/", follow=True)
    assert response.status_code == 404


def test_page_not_found_speaks_the_visitors_language(client, site_tree):
    response = client.get("/fr/no-such-page/")
    assert response.status_code == 404
    html = response.content.decode()
    assert '<html lang="fr">' in html
    with translation.override("fr"):
        assert gettext("Page not found") != "Page not found"
        assert gettext("Page not found") in html


@pytest.mark.parametrize(
    "query",
    [
        "?" + "a=" + "x" * 20000,
        "?%ff%fe=%c3%28",
        "?q=<script>alert(1)</script>",
        "?page=99999999999",
    ],
)
def test_garbage_query_strings_do_not_break_pages(client, site_tree, query):
    response = client.get(path_of(site_tree.home, "en") + query)
    assert response.status_code == 200


def test_invalid_utf8_in_path_is_not_found(client, site_tree):
    response = client.get("/en/%ff%fe/")
    assert response.status_code in (400, 404)


@pytest.mark.parametrize("language", [code for code, _name in settings.LANGUAGES])
def test_the_admin_calendars_start_the_week_on_monday_in_every_language(language):
    with translation.override(language):
        config = AdminDateTimeInput().get_config()

    assert config["dayOfWeekStart"] == 1
