"""The site's maps of Europe: where a city falls, and the markers drawn on it.

A map is drawn on the server as inline SVG: a fixed base map of Europe
(``static/img/europe.svg``, written by ``pages.map_build``) with one marker per place, or per
group of places too close to tell apart (``draw_places``). The member directory maps its
members this way, the practice exchange its practices (``components/place_map.html``), and a
member's profile its city. Both the base map and the markers go through :func:`project`, so a
city always lands on its own coastline.

The projection is Lambert azimuthal equal-area on a sphere, centred on 10°E 52°N, which keeps
areas true and shapes close to familiar across the whole continent. It is scaled and shifted
so that the frame runs from Iceland and Portugal in the west to the Caspian in the east, and
from the North Cape down to Crete and Cyprus.
"""

import math
from collections.abc import Callable
from dataclasses import dataclass, field

from django.conf import settings
from django.utils import translation
from django.utils.text import get_text_list
from django.utils.translation import gettext, ngettext

VIEWBOX_WIDTH = 1000
VIEWBOX_HEIGHT = 800
BASE_MAP = "img/europe.svg"

CENTRE_LONGITUDE = 10.0
CENTRE_LATITUDE = 52.0

# ViewBox units per Earth radius, and where the projection's centre sits in the viewBox.
SCALE = 1200.0
CENTRE_X = 360.0
CENTRE_Y = 438.0

_SIN_LAT0 = math.sin(math.radians(CENTRE_LATITUDE))
_COS_LAT0 = math.cos(math.radians(CENTRE_LATITUDE))


def project(latitude: float, longitude: float) -> tuple[float, float]:
    """Return the (x, y) position of a point in the map's viewBox, rounded to 0.1 unit.

    x grows eastwards and y southwards, as in SVG. Points outside Europe still get a
    position, which may lie outside the viewBox (see :func:`is_on_map`).
    """
    phi = math.radians(latitude)
    delta = math.radians(longitude - CENTRE_LONGITUDE)
    sin_phi, cos_phi = math.sin(phi), math.cos(phi)
    cos_delta = math.cos(delta)
    denominator = 1 + _SIN_LAT0 * sin_phi + _COS_LAT0 * cos_phi * cos_delta
    k = math.sqrt(2 / max(denominator, 1e-12))
    east = k * cos_phi * math.sin(delta)
    north = k * (_COS_LAT0 * sin_phi - _SIN_LAT0 * cos_phi * cos_delta)
    return round(CENTRE_X + SCALE * east, 1), round(CENTRE_Y - SCALE * north, 1)


def is_on_map(x: float, y: float) -> bool:
    """Whether a projected point falls inside the viewBox, so that its dot can be drawn."""
    return 0 <= x <= VIEWBOX_WIDTH and 0 <= y <= VIEWBOX_HEIGHT


# Markers are drawn for the narrowest map a visitor sees (a 320 px phone, less the page's
# margins), big enough to tap there and never on top of one another: places closer than a
# marker's width are grouped into one marker, which adds up what they hold.
NARROWEST_MAP_PX = 288
MARKER_DIAMETER_PX = 28
MARKER_GAP_PX = 4
# The smallest part of the frame a fitted view shows (a country with one city), in units.
MIN_VIEW_WIDTH = 240.0


@dataclass(frozen=True)
class View:
    """The part of the frame the map shows: its viewBox, always in the frame's proportions."""

    x: float
    y: float
    width: float

    @property
    def height(self) -> float:
        return self.width * VIEWBOX_HEIGHT / VIEWBOX_WIDTH

    @property
    def view_box(self) -> str:
        return " ".join(f"{value:g}" for value in (self.x, self.y, self.width, self.height))

    @property
    def marker_radius(self) -> float:
        """A marker's radius in viewBox units, MARKER_DIAMETER_PX wide on the narrowest map."""
        return round(self.width * MARKER_DIAMETER_PX / NARROWEST_MAP_PX / 2, 1)

    @property
    def marker_spacing(self) -> float:
        """How far apart two markers' centres must be so that they neither touch nor overlap."""
        return self.width * (MARKER_DIAMETER_PX + MARKER_GAP_PX) / NARROWEST_MAP_PX

    def shows(self, x: float, y: float) -> bool:
        return self.x <= x <= self.x + self.width and self.y <= y <= self.y + self.height

    def holds(self, x: float, y: float) -> tuple[float, float]:
        """The point, moved inside the view by a marker's radius when it lies nearer an edge."""
        margin = self.marker_radius
        return (
            min(max(x, self.x + margin), self.x + self.width - margin),
            min(max(y, self.y + margin), self.y + self.height - margin),
        )


WHOLE_FRAME = View(0.0, 0.0, float(VIEWBOX_WIDTH))


def fitted_view(points: list[tuple[float, float]], width: float = MIN_VIEW_WIDTH) -> View:
    """The smallest view (no narrower than ``width``) that holds every point with room for
    its marker, inside the frame; the whole frame without points."""
    if not points:
        return WHOLE_FRAME
    xs, ys = [x for x, _y in points], [y for _x, y in points]
    # A marker's radius is a share of the view's width: leave that share on each side.
    margin_share = 2 * (MARKER_DIAMETER_PX / 2 + MARKER_GAP_PX) / NARROWEST_MAP_PX
    needed = max(max(xs) - min(xs), (max(ys) - min(ys)) * VIEWBOX_WIDTH / VIEWBOX_HEIGHT)
    width = min(max(needed / (1 - margin_share), width), float(VIEWBOX_WIDTH))
    height = width * VIEWBOX_HEIGHT / VIEWBOX_WIDTH
    x = min(max((min(xs) + max(xs) - width) / 2, 0.0), VIEWBOX_WIDTH - width)
    y = min(max((min(ys) + max(ys) - height) / 2, 0.0), VIEWBOX_HEIGHT - height)
    return View(round(x, 1), round(y, 1), round(width, 1))


@dataclass
class Group:
    """Places drawn as one marker, at the centre of what they hold."""

    x: float
    y: float
    count: int
    places: list = field(default_factory=list)

    def take(self, other: "Group") -> None:
        total = self.count + other.count
        self.x = (self.x * self.count + other.x * other.count) / total
        self.y = (self.y * self.count + other.y * other.count) / total
        self.count = total
        self.places.extend(other.places)


def grouped(groups: list[Group], spacing: float) -> list[Group]:
    """``groups`` merged until no two are closer than ``spacing``: the biggest first, each
    joining the first kept group within reach (a grid of ``spacing`` cells finds it). A
    merge moves a group, so passes repeat until one merges nothing."""
    while True:
        kept: list[Group] = []
        cells: dict[tuple[int, int], list[Group]] = {}
        for group in sorted(groups, key=lambda group: -group.count):
            cell = (int(group.x // spacing), int(group.y // spacing))
            near = [
                other
                for dx in (-1, 0, 1)
                for dy in (-1, 0, 1)
                for other in cells.get((cell[0] + dx, cell[1] + dy), ())
                if math.dist((group.x, group.y), (other.x, other.y)) < spacing
            ]
            if near:
                near[0].take(group)
            else:
                kept.append(group)
                cells.setdefault(cell, []).append(group)
        if len(kept) == len(groups):
            return kept
        groups = kept


@dataclass(frozen=True)
class Place:
    """A city on a map: its English name (the key filters use), its country, where it lies,
    how many of what the map shows it holds (members, practices) and its name in each
    language."""

    city: str
    country: str
    count: int
    position: tuple[float, float] | None
    names: dict

    @classmethod
    def from_row(cls, row: dict) -> "Place":
        """A place from a row of an app's ``places()``: ``city_en``, ``country``, ``latitude``,
        ``longitude``, ``count`` and ``city_in_<code>`` for each language."""
        on_earth = row["latitude"] is not None and row["longitude"] is not None
        position = project(float(row["latitude"]), float(row["longitude"])) if on_earth else None
        names = {code: row[f"city_in_{code}"] for code, _name in settings.LANGUAGES}
        return cls(row["city_en"], row["country"], row["count"], position, names)

    @property
    def name(self) -> str:
        """The city's name in the active language, or in English when it has none."""
        return self.names.get(translation.get_language()) or self.city


@dataclass(frozen=True)
class MapMarker:
    """One or more nearby places, drawn as one circle that counts what they hold; ``label``
    is its accessible name, ``href`` the list of what it holds."""

    x: float
    y: float
    radius: float
    places: tuple[Place, ...]
    href: str
    current: bool
    label: str

    @property
    def count(self) -> int:
        return sum(place.count for place in self.places)


@dataclass(frozen=True)
class PlaceMap:
    """The part of Europe a map shows and its markers."""

    view: View
    markers: list[MapMarker]


def places_named(places) -> str:
    """The places' names as a marker says them: "Lyon", "Lyon and Grenoble", "Lyon, Grenoble
    and 2 other places"."""
    names = [place.name for place in places]
    if len(names) > 3:
        return ngettext(
            "%(names)s and %(count)d other place",
            "%(names)s and %(count)d other places",
            len(names) - 2,
        ) % {"names": ", ".join(names[:2]), "count": len(names) - 2}
    return get_text_list(names, gettext("and"))


def draw_places(
    places: list[Place],
    chosen: list[str],
    *,
    fit_to_all: bool,
    link: Callable[[list[str]], str],
    label: Callable[[tuple[Place, ...], int], str],
) -> PlaceMap:
    """The map of ``places``: fitted to the places ``chosen`` (English city names), or else,
    with ``fit_to_all`` (a filtered list), to them all; the whole frame otherwise. Nearby
    places are grouped so that every marker can be tapped and none hides another. A
    marker's link is ``link(cities)`` and its name ``label(places, count)``."""
    drawn = [place for place in places if place.position and is_on_map(*place.position)]
    focus = [place.position for place in drawn if place.city in chosen]
    if not focus and fit_to_all:
        focus = [place.position for place in drawn]
    view = fitted_view(focus)
    groups = grouped(
        [
            Group(*view.holds(*place.position), place.count, [place])
            for place in drawn
            if view.shows(*place.position)
        ],
        view.marker_spacing,
    )
    markers = []
    for group in sorted(groups, key=lambda group: (group.y, group.x)):
        held = tuple(sorted(group.places, key=lambda place: (-place.count, place.name)))
        cities = [place.city for place in held]
        markers.append(
            MapMarker(
                x=round(group.x, 1),
                y=round(group.y, 1),
                radius=view.marker_radius,
                places=held,
                href=link(cities),
                current=set(cities) <= set(chosen),
                label=label(held, group.count),
            )
        )
    return PlaceMap(view, markers)
