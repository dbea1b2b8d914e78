"""What the member directory shows: its filters, its list and its map.

Filters come from the query string and are never trusted: a value that does not validate
(an unknown country, letters for a number, script text…) is ignored, so a visitor always gets
the directory, filtered by whatever made sense.
"""

import math
import string
import unicodedata
from dataclasses import dataclass
from functools import cache
from urllib.parse import urlencode

from django import forms
from django.core.paginator import Page, Paginator
from django.db.models import Count, Window
from django.http import Http404
from django.utils import translation
from django.utils.translation import gettext_lazy as _
from django_countries import countries

from members.map import is_on_map, project
from members.models import Kind, MemberAuthority, NationalForum
from pages.caching import kept

LETTERS = list(string.ascii_uppercase)
MAX_PAGE_NUMBER = 100_000


@cache
def initials_for(letter: str) -> tuple[str, ...]:
    """The capital initials filed under ``letter``: "E" also holds "É", "È", "Ê" and "Ë"."""
    candidates = (chr(code).upper() for code in range(0x41, 0x250))
    return tuple(sorted({c for c in candidates if unicodedata.normalize("NFD", c)[0] == letter}))


class DirectoryFilters(forms.Form):
    q = forms.CharField(label=_("Name"), max_length=100, required=False)
    country = forms.ChoiceField(label=_("Country"), required=False)
    kind = forms.ChoiceField(
        label=_("Kind"), choices=[("", _("All kinds")), *Kind.choices], required=False
    )
    forum = forms.TypedChoiceField(label=_("National forum"), coerce=int, required=False)
    committee = forms.BooleanField(label=_("Executive committee only"), required=False)
    letter = forms.ChoiceField(choices=[(letter, letter) for letter in LETTERS], required=False)
    city = forms.CharField(max_length=100, required=False, widget=forms.HiddenInput)

    def __init__(self, data, *, country_codes, forums):
        super().__init__(data, label_suffix="")
        self.fields["country"].choices = [
            ("", _("All countries")),
            *country_choices(country_codes),
        ]
        self.fields["forum"].choices = [
            ("", _("All forums")),
            *((forum.pk, forum.name) for forum in forums),
        ]

    @property
    def valid_filters(self) -> dict:
        """The filters that validated, without the empty ones."""
        self.is_valid()
        return {name: value for name, value in self.cleaned_data.items() if value}

    def apply(self, members):
        chosen = self.valid_filters
        if "q" in chosen:
            members = members.named_like(chosen["q"])
        if "letter" in chosen:
            members = members.starting_with(initials_for(chosen["letter"]))
        if "forum" in chosen:
            members = members.filter(national_forum_id=chosen["forum"])
        if chosen.get("committee"):
            members = members.exclude(committee_role="")
        fields = {"country": "country", "kind": "kind", "city": "city"}
        return members.filter(**{fields[name]: chosen[name] for name in fields if name in chosen})

    def is_filtered(self) -> bool:
        return bool(self.valid_filters)

    def query_string(self) -> str:
        """The valid filters as a query string, for the pagination links."""
        return urlencode(self.valid_filters)


@cache
def country_names(language: str) -> dict[str, str]:
    """Every country's name in ``language``, worked out once: django-countries names one
    country at a time at a cost that shows on a list of thirty members."""
    with translation.override(language):
        return {code: str(name) for code, name in countries}


def country_name(code: str) -> str:
    """The country's name in the active language."""
    return country_names(translation.get_language()).get(str(code), str(code))


def country_choices(codes) -> list[tuple[str, str]]:
    """``(code, name)`` for each country code, named and sorted in the active language
    (accents ignored: "Émirats" sorts among the E)."""
    named = [(code, country_name(code)) for code in codes]
    return sorted(named, key=lambda choice: unicodedata.normalize("NFD", choice[1]).casefold())


def directory_filters(data) -> DirectoryFilters:
    country_codes = {place["country"] for place in member_places()}
    return DirectoryFilters(data, country_codes=country_codes, forums=national_forums())


def member_places() -> list[dict]:
    """Where the active members are: a row per city, with its coordinates and member count."""
    return kept(
        "member-places", draw=lambda: list(MemberAuthority.objects.places()), by_language=False
    )


def national_forums() -> list[NationalForum]:
    return kept("forum-list", draw=lambda: list(NationalForum.objects.all()), by_language=False)


def network_figures() -> dict:
    """How many active authorities the network has, and in how many countries."""
    places = member_places()
    return {
        "authorities": sum(place["count"] for place in places),
        "countries": len({place["country"] for place in places}),
    }


@dataclass(frozen=True)
class MapDot:
    x: float
    y: float
    radius: float
    city: str
    country: str
    count: int

    @property
    def country_name(self) -> str:
        return country_name(self.country)


def map_dots() -> list[MapDot]:
    """A dot per city with active members, sized by how many members it has."""
    dots = []
    for place in member_places():
        if place["latitude"] is None:
            continue
        x, y = project(float(place["latitude"]), float(place["longitude"]))
        if is_on_map(x, y):
            radius = round(min(4 + 1.5 * math.sqrt(place["count"] - 1), 12), 1)
            dots.append(MapDot(x, y, radius, place["city"], place["country"], place["count"]))
    return dots


def paginate(members, requested, per_page: int, total: int | None = None) -> Page:
    """The requested page of ``members``. Unless ``total`` is known, the rows are counted in the
    same query (``COUNT(*) OVER ()``), which costs a scan of every row: give ``total`` when it
    is known already (the whole directory's count is cached).

    A page number that is not a number gives the first page; one past the end is not found.
    """
    number = _page_number(requested)
    if total is None:
        members = members.annotate(total=Window(Count("pk")))
    rows = list(members[(number - 1) * per_page :][:per_page])
    if not rows and number > 1:
        raise Http404
    paginator = Paginator(members, per_page)
    paginator.count = total if total is not None else (rows[0].total if rows else 0)
    return Page(rows, number, paginator)


def _page_number(requested) -> int:
    try:
        return min(max(int(requested), 1), MAX_PAGE_NUMBER)
    except (TypeError, ValueError):
        return 1
