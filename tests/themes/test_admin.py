"""The themes in the admin: listed, edited and added in every language."""

from django.urls import reverse

from pages.models.base import LANGUAGE_CODES
from themes.factories import ThemeFactory
from themes.models import Theme


def theme_url(view: str, *args) -> str:
    return reverse(f"wagtailsnippets_themes_theme:{view}", args=args)


def test_the_theme_listing_and_edit_form_speak_every_language(admin_client, db):
    ThemeFactory(slug="prevention", name_en="Prevention", name_fr="Prévention")
    nightlife = ThemeFactory(slug="nightlife", name_en="Nightlife", name_fr="Vie nocturne")
    listing = admin_client.get(theme_url("list")).content.decode()
    edit_url = theme_url("edit", nightlife.pk)
    form = admin_client.get(edit_url).content.decode()
    data = {"slug": "nightlife"}
    for code in LANGUAGE_CODES:
        assert f'name="name_{code}"' in form
        assert f'name="description_{code}"' in form
        data[f"name_{code}"] = getattr(nightlife, f"name_{code}") or ""
        data[f"description_{code}"] = getattr(nightlife, f"description_{code}") or ""
    data["description_de"] = "Sicherheit im Nachtleben."

    response = admin_client.post(edit_url, data)

    assert "Nightlife" in listing and "Prevention" in listing
    assert response.status_code == 302, response.content.decode()[:3000]
    nightlife.refresh_from_db()
    assert nightlife.description_de == "Sicherheit im Nachtleben."


def test_staff_create_a_theme(admin_client, db):
    data = {"slug": "drugs", "name_en": "Drugs", "name_fr": "Drogues"}
    for code in LANGUAGE_CODES:
        data.setdefault(f"name_{code}", "")
        data[f"description_{code}"] = ""

    response = admin_client.post(theme_url("add"), data)

    assert response.status_code == 302, response.content.decode()[:3000]
    assert Theme.objects.get(slug="drugs").name_fr == "Drogues"
