"""Where the current page lives in each language: the switcher, hreflang and canonical URLs."""

import datetime
import re
from dataclasses import dataclass
from urllib.parse import urlencode

from babel import Locale
from babel.dates import format_date, format_skeleton, get_timezone_name
from babel.lists import format_list
from django.conf import settings
from django.urls import translate_url
from django.utils import translation
from django.utils.html import strip_tags

from pages.caching import QUERY_PARAMETERS
from pages.folding import alphabetical

# The query parameters the language switcher leaves out: the page of a list, whose length
# may differ in another language.
NOT_CARRIED = frozenset({"page"})


@dataclass(frozen=True)
class LanguageLink:
    code: str
    name: str
    url: str
    is_current: bool
    # The switcher's link: ``url`` with what the visitor chose (a search, a list's filters).
    switch_url: str


def language_links(request, page=None, urls=None) -> list[LanguageLink]:
    """The same page in every language: ``urls`` when a view knows them (a routable page's
    sub-page), else a Wagtail page by its translated slugs, else the view's URL pattern."""
    current = translation.get_language()
    query = carried_query(request)
    links = []
    for code, _name in settings.LANGUAGES:
        if urls:
            url = urls[code]
        elif page is not None:
            url = page.url_in(code, request)
        else:
            url = request.build_absolute_uri(translate_url(request.path, code))
        info = translation.get_language_info(code)
        switch_url = f"{url}?{query}" if query else url
        links.append(LanguageLink(code, info["name_local"], url, code == current, switch_url))
    return links


def carried_query(request) -> str:
    """The query string that keeps what the visitor chose on this page: the parameters pages
    read (``pages.caching.QUERY_PARAMETERS``: the search, the filters), never the page
    number, never a parameter no page reads. Every filter's values are keys the same in
    every language (a theme's, a kind's, a country's code, a place's English name), so they
    are carried as they are; a filter with values per language would translate them here."""
    return urlencode(
        [
            (name, value)
            for name, values in request.GET.lists()
            if name in QUERY_PARAMETERS and name not in NOT_CARRIED
            for value in values
        ]
    )


def sitemap_entries(locations: dict[str, str], lastmod=None) -> list[dict]:
    """The sitemap entries of one piece of content found at ``locations`` (language → URL):
    one entry per language, each naming every language's URL as an alternate and the default
    language's as ``x-default``."""
    alternates = [{"lang_code": code, "location": url} for code, url in locations.items()]
    alternates.append({"lang_code": "x-default", "location": locations[settings.LANGUAGE_CODE]})
    return [
        {"location": alternate["location"], "lastmod": lastmod, "alternates": alternates}
        for alternate in alternates[:-1]
    ]


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


# Languages a person can be said to speak: the European Union's official languages, then a
# few others common among Efus's members and partners.
SPOKEN_LANGUAGE_CODES = (
    "bg", "cs", "da", "de", "el", "en", "es", "et", "fi", "fr", "ga", "hr", "hu", "it",
    "lt", "lv", "mt", "nl", "pl", "pt", "ro", "sk", "sl", "sv",
    "ar", "bs", "ca", "eu", "gl", "lb", "mk", "no", "ru", "sq", "sr", "tr", "uk", "zh",
)  # fmt: skip

# The regional variant whose conventions a site language follows (British English lists
# without a serial comma, European Portuguese).
BABEL_LOCALES = {"en": "en_GB", "pt": "pt_PT"}


# How a language writes the first day of a month, where it differs from the others (a Babel
# pattern's day, ``d``, and what follows it): French writes "1er janvier".
FIRST_OF_MONTH = {"fr": "d'er'"}
# Languages that write a time zone's name in lower case within a sentence ("heure d’Europe
# centrale", "ora dell’Europa centrale"), where Babel's names may begin with a capital.
LOWER_CASE_ZONE_NAMES = {"fr", "it", "es", "pt"}
# A time zone's name that only gives its offset: "GMT+03:00", "UTC+03:00".
OFFSET_NAME = re.compile(r"^(?:GMT|UTC)(?=[+\-\u2212])")


def babel_locale(language: str | None = None) -> Locale:
    language = language or translation.get_language() or settings.LANGUAGE_CODE
    language = translation.get_supported_language_variant(language)
    return Locale.parse(BABEL_LOCALES.get(language, language.replace("-", "_")))


def long_date(value, language: str | None = None) -> str:
    """A date (or a moment, on its day in its own time zone) as ``language`` (by default the
    active one) writes it in a sentence: "1 January 2027", "1er janvier 2027", "1. Januar
    2027", "1 de janeiro de 2027". The one way the site writes a date (``long_date`` in
    templates)."""
    if isinstance(value, datetime.datetime):
        value = value.date()
    locale = babel_locale(language)
    pattern = locale.date_formats["long"].pattern
    if value.day == 1 and locale.language in FIRST_OF_MONTH:
        pattern = re.sub(r"(?<![d'])d(?![d'])", FIRST_OF_MONTH[locale.language], pattern, count=1)
    return format_date(value, pattern, locale=locale)


def month_and_year(value, language: str | None = None) -> str:
    """A month as ``language`` writes it with its year: "January 2027", "janeiro de 2027"."""
    return format_skeleton("yMMMM", value, locale=babel_locale(language))


def time_zone_name(moment: datetime.datetime, language: str | None = None) -> str:
    """The time zone of ``moment`` (aware) named in words in ``language``: by its name summer
    and winter alike where it has one ("Central European Time", "heure d’Europe centrale",
    "Mitteleuropäische Zeit"), else by that of its time of year ("Greenwich Mean Time"),
    else by its offset from UTC ("UTC+03:00")."""
    locale = babel_locale(language)
    name = get_timezone_name(moment, "long", locale=locale, zone_variant="generic")
    if OFFSET_NAME.match(name):
        name = get_timezone_name(moment, "long", locale=locale)
    name = OFFSET_NAME.sub("UTC", name)
    if locale.language in LOWER_CASE_ZONE_NAMES and name[1:2].islower():
        name = name[0].lower() + name[1:]
    return name


def spoken_language_choices() -> list[tuple[str, str]]:
    """The spoken languages, named and sorted in the active language (the admin's)."""
    locale = babel_locale()
    names = [(code, locale.languages.get(code, code)) for code in SPOKEN_LANGUAGE_CODES]
    return sorted(names, key=lambda choice: alphabetical(choice[1]))


def language_names(codes, language: str | None = None) -> str:
    """``["fr", "en", "de"]`` as a list in words in ``language`` (by default the active one):
    "French, English and German", "francés, inglés y alemán"."""
    locale = babel_locale(language)
    names = [locale.languages.get(code, code) for code in codes]
    return format_list(names, locale=locale) if names else ""
