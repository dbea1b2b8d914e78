"""What the practice exchange's list shows: its filters, the chips of those chosen, the cards
and the map of the practices' places.

Filters come from the query string and are never trusted: a value that does not validate (an
unknown theme or country, letters for a year, script text…) is ignored, so a visitor always
gets the list, filtered by whatever made sense. Every filter's values are keys the same in
every language (a theme's slug, a country's code, a band's key), which the language switcher
carries as they are.

What a visitor sees depends on whether they read members-only content (``audience``): the
choices, the map and the counts of members are kept apart from the public's.
"""

from dataclasses import dataclass
from functools import cached_property

from babel.numbers import format_decimal
from django import forms
from django.contrib.humanize.templatetags.humanize import intcomma
from django.db import models
from django.template.loader import render_to_string
from django.utils import translation
from django.utils.text import capfirst
from django.utils.translation import gettext, ngettext
from django.utils.translation import gettext_lazy as _

from members.directory import PlacesField, country_choices
from pages.caching import kept, kept_each
from pages.i18n import babel_locale, language_names
from pages.listing import ChosenFilter, ListingFilters
from pages.map import Place, PlaceMap, draw_places, places_named
from pages.models.base import LANGUAGE_CODES
from practices.models import EVIDENCE, Practice
from themes.listing import listed_themes, themes_by_name

PER_PAGE = 20
MEMBERS, PUBLIC = "members", "public"


@dataclass(frozen=True)
class Band:
    """A range of population, from ``low`` (included) to ``high`` (excluded)."""

    key: str
    low: int | None
    high: int | None

    @property
    def label(self) -> str:
        if self.low is None:
            return gettext("Under %(number)s inhabitants") % {"number": population(self.high)}
        if self.high is None:
            return gettext("Over %(number)s inhabitants") % {"number": population(self.low)}
        return gettext("%(low)s to %(high)s inhabitants") % {
            "low": population(self.low),
            "high": population(self.high),
        }

    def holds(self) -> models.Q:
        """The practices whose authority's population is in the band."""
        bounds = models.Q()
        if self.low is not None:
            bounds &= models.Q(authority__population__gte=self.low)
        if self.high is not None:
            bounds &= models.Q(authority__population__lt=self.high)
        return bounds


POPULATION_BANDS = (
    Band("under-50k", None, 50_000),
    Band("50k-250k", 50_000, 250_000),
    Band("250k-1m", 250_000, 1_000_000),
    Band("over-1m", 1_000_000, None),
)


def population(number: int) -> str:
    """A number of inhabitants as the visitor's language writes it: "50,000", "1 million"."""
    if number == 1_000_000:
        return gettext("1 million")
    return format_decimal(number, locale=babel_locale())


def audience_of(reads_members_only: bool) -> str:
    return MEMBERS if reads_members_only else PUBLIC


class PracticeFilters(ListingFilters):
    theme = forms.MultipleChoiceField(
        label=_("Themes"), widget=forms.CheckboxSelectMultiple, required=False
    )
    country = forms.ChoiceField(label=_("Country"), required=False)
    population = forms.ChoiceField(label=_("Population"), required=False)
    evidence = forms.ChoiceField(label=_("Evidence, at least"), required=False)
    language = forms.ChoiceField(label=_("Available in"), required=False)
    status = forms.ChoiceField(label=_("Status"), required=False)
    year = forms.TypedChoiceField(label=_("Started in"), coerce=int, required=False)
    city = PlacesField(required=False)

    def __init__(self, data, *, audience: str, themes, choices: dict):
        super().__init__(data, label_suffix="")
        self.audience = audience
        self.themes = themes
        fields = self.fields
        fields["theme"].choices = [(theme.slug, theme.name) for theme in themes]
        fields["country"].choices = [
            ("", _("All countries")),
            *country_choices(choices["countries"]),
        ]
        fields["population"].choices = [
            ("", _("Any population")),
            *((band.key, band.label) for band in POPULATION_BANDS),
        ]
        fields["evidence"].choices = [
            ("", _("Any evidence")),
            *((criterion.field, criterion.name) for criterion in EVIDENCE),
        ]
        fields["language"].choices = [
            ("", _("Any language")),
            *((code, capfirst(language_names([code]))) for code in LANGUAGE_CODES),
        ]
        fields["status"].choices = [("", _("Any status")), *Practice.Status.choices]
        fields["year"].choices = [("", _("Any year")), *((y, y) for y in choices["years"])]

    @property
    def cities(self) -> list[str]:
        return self.chosen.get("city", [])

    def apply(self, practices, without=()):
        """``practices`` narrowed by every valid filter but those named in ``without``."""
        chosen = {name: value for name, value in self.chosen.items() if name not in without}
        if "theme" in chosen:
            slugs = chosen["theme"]
            practices = practices.about_any([t for t in self.themes if t.slug in slugs])
        if "population" in chosen:
            band = next(band for band in POPULATION_BANDS if band.key == chosen["population"])
            practices = practices.filter(band.holds())
        if "evidence" in chosen:
            practices = practices.filter(**criteria_up_to(chosen["evidence"]))
        if "language" in chosen:
            practices = practices.available_in(chosen["language"])
        if "city" in chosen:
            practices = practices.filter(authority__city_en__in=chosen["city"])
        fields = {"country": "authority__country", "status": "status", "year": "started_in"}
        return practices.filter(**{fields[name]: chosen[name] for name in fields if name in chosen})

    def removable(self) -> list[ChosenFilter]:
        """Each chosen filter, named in the visitor's language, with the query string of the
        list without it."""
        removable = []
        for name, value in self.chosen.items():
            if name == "city":
                continue
            if isinstance(value, list):
                labels = dict(self.fields[name].choices)
                for one in value:
                    rest = [other for other in value if other != one]
                    query = self.query_string(**{name: rest})
                    removable.append(ChosenFilter(labels[one], query, self[name].label))
            else:
                label = dict(self.fields[name].choices)[value]
                query = self.query_string(**{name: None})
                removable.append(ChosenFilter(label, query, self[name].label))
        names = {place.city: place.name for place in self.map_places} if self.cities else {}
        for city in self.cities:
            rest = [other for other in self.cities if other != city]
            query = self.query_string(city=rest)
            removable.append(ChosenFilter(names.get(city, city), query, gettext("Place")))
        return removable

    @cached_property
    def place_rows(self) -> list[dict]:
        """Where the practices every filter but the places chosen leaves come from, a row
        per city (``PracticeQuerySet.places``): those the map shows, so that another place
        can be chosen. Kept in the page cache, by the filters when there are some."""
        if set(self.chosen) <= {"city"}:
            return practice_places(self.audience)
        return kept(
            "practice-places-filtered",
            self.audience,
            self.query_string(city=None),
            draw=lambda: list(
                self.apply(shown_practices(self.audience), without=["city"]).places()
            ),
            per_query=True,
            by_language=False,
        )

    @property
    def count(self) -> int:
        """How many practices the filters leave: those of the places chosen, or of them all
        (every practice has a place, its authority's city)."""
        cities = self.cities
        return sum(
            row["count"] for row in self.place_rows if not cities or row["city_en"] in cities
        )

    @cached_property
    def map_places(self) -> list[Place]:
        return [Place.from_row(row) for row in self.place_rows]

    @cached_property
    def practice_map(self) -> "PracticeMap":
        places = self.map_places
        place_map = draw_places(
            places,
            self.cities,
            fit_to_all=bool(set(self.chosen) - {"city"}),
            link=lambda cities: f"?{self.query_string(city=cities)}#results",
            label=marker_label,
        )
        cities = self.cities
        shown = [place for place in places if place.city in cities] if cities else places
        return PracticeMap(place_map, shown)


@dataclass(frozen=True)
class PracticeMap:
    """The map of the practices the filters leave, and the places it counts them in."""

    drawn: PlaceMap
    places: list[Place]

    @property
    def view(self):
        return self.drawn.view

    @property
    def markers(self):
        return self.drawn.markers

    @property
    def caption(self) -> str:
        """ "12 practices in 5 countries.", in the visitor's language."""
        practices = sum(place.count for place in self.places)
        countries = len({place.country for place in self.places})
        return gettext("%(practices)s in %(countries)s.") % {
            "practices": ngettext("%(count)s practice", "%(count)s practices", practices)
            % {"count": intcomma(practices)},
            "countries": ngettext("%(count)s country", "%(count)s countries", countries)
            % {"count": countries},
        }


def marker_label(places: tuple[Place, ...], count: int) -> str:
    """A marker's accessible name: "Lyon: 3 practices"."""
    return ngettext("%(places)s: %(count)d practice", "%(places)s: %(count)d practices", count) % {
        "places": places_named(places),
        "count": count,
    }


def criteria_up_to(field: str) -> dict:
    """The filter of the practices that meet the criterion ``field`` and every one before."""
    fields = [criterion.field for criterion in EVIDENCE]
    return dict.fromkeys(fields[: fields.index(field) + 1], True)


def shown_practices(audience: str):
    return Practice.objects.shown_to(audience == MEMBERS)


def practice_places(audience: str) -> list[dict]:
    """Where the practices the audience sees come from: a row per city, kept in the page
    cache (a change to a practice or an authority empties it)."""
    return kept(
        "practice-places",
        audience,
        draw=lambda: list(shown_practices(audience).places()),
        by_language=False,
    )


def filter_choices(audience: str) -> dict:
    """The countries and the years the audience's practices have, for the filters' choices;
    kept in the page cache."""

    def draw():
        rows = shown_practices(audience).order_by().values_list("authority__country", "started_in")
        found = set(rows.distinct())
        return {
            "countries": sorted({country for country, _year in found}),
            "years": sorted({year for _country, year in found if year}, reverse=True),
        }

    return kept("practice-choices", audience, draw=draw, by_language=False)


def practice_filters(data, reads_members_only: bool) -> PracticeFilters:
    audience = audience_of(reads_members_only)
    return PracticeFilters(
        data, audience=audience, themes=themes_by_name(), choices=filter_choices(audience)
    )


def practice_cards(listing, page, request, themes) -> list[str]:
    """Each listed practice's card, as HTML, in the listing's order, kept in the page cache by
    practices page, language and practice; the practices come with what their cards show
    (``PracticeQuerySet.for_listing``), so drawing the missing ones costs no query."""
    language = translation.get_language()

    def draw(missing: list[Practice]) -> dict[int, str]:
        return {
            practice.pk: render_to_string(
                "practices/practice_card.html",
                {
                    "practice": practice,
                    "text": practice.shown_text(),
                    "themes": listed_themes(practice, themes),
                    "page": page,
                    "language": language,
                },
                request,
            )
            for practice in missing
        }

    return kept_each("practice-card", listing, draw, page.pk)
