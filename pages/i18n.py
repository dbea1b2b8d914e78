"""Where the current page lives in each language: the switcher, hreflang and canonical URLs."""

from dataclasses import dataclass

from django.conf import settings
from django.urls import translate_url
from django.utils import translation
from django.utils.html import strip_tags


@dataclass(frozen=True)
class LanguageLink:
    code: str
    name: str
    url: str
    is_current: bool


def language_links(request, page=None, urls=None) -> list[LanguageLink]:
    """The same page in every language: ``urls`` when a view knows them (a routable page's
    sub-page), else a Wagtail page by its translated slugs, else the view's URL pattern."""
    current = translation.get_language()
    links = []
    for code, _name in settings.LANGUAGES:
        if urls:
            url = urls[code]
        elif page is not None:
            url = page.url_in(code, request)
        else:
            url = request.build_absolute_uri(translate_url(request.path, code))
        info = translation.get_language_info(code)
        links.append(LanguageLink(code, info["name_local"], url, code == current))
    return links


def has_text(value) -> bool:
    """Whether a translated field's value holds anything to show."""
    if value is None:
        return False
    if hasattr(value, "raw_data"):  # a StreamField's value
        return len(value) > 0
    text = str(value)
    return bool(strip_tags(text).strip()) or "<embed" in text  # rich text: an image is content


def shows_english_for(obj, field: str, language: str) -> bool:
    """True when ``obj.<field>`` shows the English text for ``language``'s missing translation."""
    default = settings.LANGUAGE_CODE
    if language == default:
        return False
    translated = getattr(obj, f"{field}_{language}", None)
    return not has_text(translated) and has_text(getattr(obj, f"{field}_{default}", None))
