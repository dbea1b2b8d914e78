"""The demo privacy notice: six languages, out of the main menu, built again without change."""

from django.conf import settings

from privacy.demo import build_demo_privacy
from privacy.models import PrivacyPage

LANGUAGE_CODES = [code for code, _name in settings.LANGUAGES]


def test_the_demo_privacy_notice_is_written_in_six_languages(client, site_tree):
    build_demo_privacy(site_tree.home)
    build_demo_privacy(site_tree.home)

    page = PrivacyPage.objects.get()
    assert page.live and not page.show_in_menus
    for code in LANGUAGE_CODES:
        assert getattr(page, f"intro_{code}")
        assert "CNIL" in getattr(page, f"rights_{code}")
        response = client.get(page.url_in(code).removeprefix("http://localhost"))
        assert response.status_code == 200
        assert getattr(page, f"title_{code}") in response.content.decode()
    assert page.url_in("fr").endswith("/fr/confidentialite/")
    assert "Paris\u00a0: nous répondons" in page.rights_fr
