"""Where the current page lives in each language: the switcher, hreflang and canonical URLs."""

from dataclasses import dataclass

from django.conf import settings
from django.urls import translate_url
from django.utils import translation


@dataclass(frozen=True)
class LanguageLink:
    code: str
    name: str
    url: str
    is_current: bool


def language_links(request, page=None) -> list[LanguageLink]:
    """The same page in every language: a Wagtail page by its translated slugs, any other
    view by its URL pattern."""
    current = translation.get_language()
    links = []
    for code, _name in settings.LANGUAGES:
        if page is not None:
            url = page.url_in(code, request)
        else:
            url = request.build_absolute_uri(translate_url(request.path, code))
        info = translation.get_language_info(code)
        links.append(LanguageLink(code, info["name_local"], url, code == current))
    return links
