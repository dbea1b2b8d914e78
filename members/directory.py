"""What the member directory shows: its filters, its list and its map.

Filters come from the query string and are never trusted: a value that does not validate
(an unknown country, letters for a number, script text…) is ignored, so a visitor always gets
the directory, filtered by whatever made sense.
"""

import string
import unicodedata
from dataclasses import dataclass
from functools import cache, cached_property

from django import forms
from django.contrib.humanize.templatetags.humanize import intcomma
from django.db.models.functions import Left, Upper
from django.utils import translation
from django.utils.translation import gettext, ngettext
from django.utils.translation import gettext_lazy as _
from django_countries import countries

from members.models import Kind, MemberAuthority, NationalForum
from pages.caching import kept
from pages.folding import alphabetical
from pages.listing import ChosenFilter, ListingFilters
from pages.map import MapMarker, Place, View, draw_places, places_named

LETTERS = list(string.ascii_uppercase)


@cache
def initials_for(letter: str) -> tuple[str, ...]:
    """The capital initials filed under ``letter``: "E" also holds "É", "È", "Ê" and "Ë"."""
    candidates = (chr(code).upper() for code in range(0x41, 0x250))
    return tuple(sorted({c for c in candidates if unicodedata.normalize("NFD", c)[0] == letter}))


class PlacesField(forms.Field):
    """The places chosen on the map: city names as the directory keys them (in English),
    any number of ``city`` parameters; blank, over-long, surplus or NUL-holding values are
    left out."""

    widget = forms.MultipleHiddenInput
    MAX_PLACES = 20
    MAX_LENGTH = 100

    def to_python(self, value) -> list[str]:
        names = (str(name).strip() for name in (value or []))
        chosen = [
            name for name in names if name and len(name) <= self.MAX_LENGTH and "\x00" not in name
        ]
        return list(dict.fromkeys(chosen))[: self.MAX_PLACES]


class DirectoryFilters(ListingFilters):
    q = forms.CharField(label=_("Name"), max_length=100, required=False)
    country = forms.ChoiceField(label=_("Country"), required=False)
    kind = forms.ChoiceField(
        label=_("Kind"), choices=[("", _("All kinds")), *Kind.choices], required=False
    )
    forum = forms.TypedChoiceField(label=_("National forum"), coerce=int, required=False)
    committee = forms.BooleanField(label=_("Executive committee only"), required=False)
    letter = forms.ChoiceField(choices=[(letter, letter) for letter in LETTERS], required=False)
    city = PlacesField(required=False)

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

    def apply(self, members, without=()):
        """``members`` narrowed by every valid filter but those named in ``without``."""
        chosen = {name: value for name, value in self.chosen.items() if name not in without}
        if "q" in chosen:
            members = members.named_like(chosen["q"])
        if "letter" in chosen:
            members = members.starting_with(initials_for(chosen["letter"]))
        if "forum" in chosen:
            members = members.filter(national_forum_id=chosen["forum"])
        if chosen.get("committee"):
            members = members.exclude(committee_role="")
        if "city" in chosen:
            members = members.filter(city_en__in=chosen["city"])
        fields = {"country": "country", "kind": "kind"}
        return members.filter(**{fields[name]: chosen[name] for name in fields if name in chosen})

    @property
    def cities(self) -> list[str]:
        return self.chosen.get("city", [])

    def letters(self) -> list["Letter"]:
        """A–Z, each with the link that keeps every other filter, or none when no member
        under those filters starts with it."""
        if self.is_filtered() and set(self.chosen) != {"letter"}:
            found = initials_in(self.apply(MemberAuthority.objects.active(), without=["letter"]))
        else:
            found = all_initials()
        current = self.chosen.get("letter")
        return [
            Letter(
                letter,
                "?" + self.query_string(letter=letter) if letter in found else "",
                letter == current,
            )
            for letter in LETTERS
        ]

    @cached_property
    def map_places(self) -> list["Place"]:
        """The places of the members every filter but the places chosen leaves: those the
        map shows, so that another place can be chosen."""
        if set(self.chosen) <= {"city"}:
            rows = member_places()
        else:
            rows = self.apply(MemberAuthority.objects.active(), without=["city"]).places()
        return [Place.from_row(row) for row in rows]

    @cached_property
    def member_map(self) -> "MemberMap":
        return draw_map(self)

    def chosen_places(self) -> list[ChosenFilter]:
        """The places chosen on the map, each named in the visitor's language, with the query
        string that leaves it out."""
        names = {place.city: place.name for place in self.map_places}
        return [
            ChosenFilter(
                names.get(city, city),
                self.query_string(city=[other for other in self.cities if other != city]),
            )
            for city in self.cities
        ]


@dataclass(frozen=True)
class Letter:
    letter: str
    href: str
    current: bool


def initials_in(members) -> set[str]:
    """The letters (A–Z) that some of ``members`` start with, accents ignored."""
    initials = members.annotate(initial=Upper(Left("name", 1))).order_by()
    found = initials.values_list("initial", flat=True).distinct()
    return {unicodedata.normalize("NFD", initial)[:1] for initial in found} & set(LETTERS)


def all_initials() -> set[str]:
    return kept(
        "member-initials",
        draw=lambda: initials_in(MemberAuthority.objects.active()),
        by_language=False,
    )


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
    return sorted(named, key=lambda choice: alphabetical(choice[1]))


def directory_filters(data) -> DirectoryFilters:
    country_codes = {place["country"] for place in member_places()}
    return DirectoryFilters(data, country_codes=country_codes, forums=national_forums())


def member_places() -> list[dict]:
    """Where the active members are: a row per city, with its coordinates, its member count
    and its name in each language."""
    return kept(
        "member-places",
        draw=lambda: list(MemberAuthority.objects.active().places()),
        by_language=False,
    )


def national_forums() -> list[NationalForum]:
    return kept("forum-list", draw=lambda: list(NationalForum.objects.all()), by_language=False)


def network_figures() -> dict:
    """How many active authorities the network has, and in how many countries."""
    return figures_of([Place.from_row(row) for row in member_places()])


def figures_of(places: list["Place"]) -> dict:
    return {
        "authorities": sum(place.count for place in places),
        "countries": len({place.country for place in places}),
    }


@dataclass(frozen=True)
class MemberMap:
    """What the directory's map shows: the part of Europe in view and its markers, for the
    members the filters leave, and how many members and countries those are."""

    view: View
    markers: list[MapMarker]
    figures: dict

    @property
    def caption(self) -> str:
        """ "240 member authorities in 16 countries.", in the visitor's language."""
        authorities, countries = self.figures["authorities"], self.figures["countries"]
        return gettext("%(authorities)s in %(countries)s.") % {
            "authorities": ngettext(
                "%(count)s member authority", "%(count)s member authorities", authorities
            )
            % {"count": intcomma(authorities)},
            "countries": ngettext("%(count)s country", "%(count)s countries", countries)
            % {"count": countries},
        }


def draw_map(filters: DirectoryFilters) -> MemberMap:
    """The map of the members the filters leave. It shows the places the filters leave but
    the places chosen, fitted to the places chosen or else, once filtered, to them all."""
    places = filters.map_places
    place_map = draw_places(
        places,
        filters.cities,
        fit_to_all=bool(set(filters.chosen) - {"city"}),
        link=lambda cities: f"?{filters.query_string(city=cities)}#results",
        label=marker_label,
    )
    cities = filters.cities
    shown = [place for place in places if place.city in cities] if cities else places
    return MemberMap(place_map.view, place_map.markers, figures_of(shown))


def marker_label(places: tuple[Place, ...], count: int) -> str:
    """A marker's accessible name: "Lyon: 3 members", "Lyon, Grenoble and 2 other places: 9…"."""
    return ngettext("%(places)s: %(count)d member", "%(places)s: %(count)d members", count) % {
        "places": places_named(places),
        "count": count,
    }
