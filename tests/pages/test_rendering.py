import re

import pytest
from django.conf import settings

LANGUAGE_CODES = [code for code, _name in settings.LANGUAGES]


def page_url(page, language):
    return page.url_in(language).replace("http://localhost", "")


@pytest.mark.django_db
@pytest.mark.parametrize("language", LANGUAGE_CODES)
def test_every_page_type_renders_in_every_language(client, site_tree, language):
    for page in site_tree.all_pages():
        response = client.get(page_url(page, language))
        html = response.content.decode()
        assert response.status_code == 200, page
        assert f'<html lang="{language}">' in html
        assert f"{page.title_en.removesuffix(' EN')} {language.upper()} – Efus</title>" in html
        for other in LANGUAGE_CODES:
            assert f'hreflang="{other}" href="{page.url_in(other)}"' in html
        assert re.search(r'hreflang="x-default" href="[^"]+/en/', html)
